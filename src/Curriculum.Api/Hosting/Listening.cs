using System.Globalization;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Curriculum.Api.Hosting;

/// <summary>
/// Where the server may listen, checked before Kestrel tries (it would fail deep inside with a stack trace), and the
/// one line a person reads when it cannot listen there.
/// </summary>
public static partial class Listening
{
    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>\[[^\]]*\]|[^:/\[\]]+)(?::(?<port>[^/]*))?(?<path>/.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPattern();

    /// <summary>What is wrong with one address of <c>--urls</c>, or null when Kestrel can be given it.</summary>
    public static string? Problem(string url)
    {
        var m = UrlPattern().Match(url);
        if (!m.Success)
        {
            return $"'{url}' is not an address to listen on; write it like {CurriculumApi.DefaultUrl} (http:// or https://, a host, a port).";
        }

        var port = m.Groups["port"];
        if (port.Success && (!int.TryParse(port.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > 65535))
        {
            return $"'{url}' has the port '{port.Value}'; a port is a whole number from 0 to 65535, e.g. {CurriculumApi.DefaultUrl}.";
        }

        return null;
    }

    /// <summary>One line for a failure to start listening (address in use, not allowed, not on this machine), or null if it is not one.</summary>
    public static string? Describe(Exception exception, string urls)
    {
        var socket = Inner<SocketException>(exception);
        if (exception is not IOException && socket is null && Inner<Microsoft.AspNetCore.Connections.AddressInUseException>(exception) is null)
        {
            return exception is ArgumentOutOfRangeException or FormatException or UriFormatException
                ? $"cannot listen on {urls}: it is not an address Kestrel can listen on; write it like {CurriculumApi.DefaultUrl}."
                : null;
        }

        var why = (socket?.SocketErrorCode, exception) switch
        {
            (SocketError.AddressAlreadyInUse, _) or (_, IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException }) =>
                "the address is already in use (is another server running there?); choose another port with --urls",
            (SocketError.AccessDenied, _) => "this user may not listen there (ports below 1024 need privileges); choose a port above 1024 with --urls",
            (SocketError.AddressNotAvailable, _) => "that address is not one of this machine's; use 127.0.0.1 or another address of this machine",
            _ => "the address cannot be used; choose another with --urls",
        };
        return $"cannot listen on {urls}: {why}.";
    }

    private static T? Inner<T>(Exception? e)
        where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
