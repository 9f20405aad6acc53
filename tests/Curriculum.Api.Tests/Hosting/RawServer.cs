using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Curriculum.Api.Tests.Hosting;

/// <summary>
/// The app on real Kestrel at 127.0.0.1 (framing faults need a real socket: the in-memory test server never parses
/// HTTP), with every log entry kept so a test can check what reached the log and at what level.
/// </summary>
public sealed class RawServer : IAsyncLifetime
{
    private WebApplication? _app;

    public CapturedLogs Logs { get; } = new();

    public int Port { get; private set; }

    public async Task InitializeAsync()
    {
        _app = CurriculumApi.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Limits:RequestsPerWindow", "100000000"],
            builder =>
            {
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(Logs);
            });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Port = new Uri(address).Port;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    /// <summary>
    /// Sends <paramref name="request"/> as raw bytes and reads the answer until the server closes or
    /// <paramref name="timeout"/> passes; with <paramref name="hangUp"/>, closes the sending side first (a truncated
    /// body then ends, and the server may not answer at all). Empty when the server answered nothing.
    /// </summary>
    public async Task<RawAnswer> SendAsync(byte[] request, TimeSpan timeout, bool hangUp = false)
    {
        using var client = new TcpClient();
        using var cancel = new CancellationTokenSource(timeout);
        await client.ConnectAsync("127.0.0.1", Port, cancel.Token);
        var stream = client.GetStream();
        var answer = new MemoryStream();
        try
        {
            await stream.WriteAsync(request, cancel.Token);
            if (hangUp)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }

            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancel.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
        {
            // A reset or a timeout: what arrived so far is the answer.
        }

        return new RawAnswer(answer.ToArray());
    }
}

/// <summary>An HTTP/1.1 answer as bytes: its status and its text (headers and body).</summary>
public sealed record RawAnswer(byte[] Bytes)
{
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>The status code, or 0 when nothing (or no status line) came back.</summary>
    public int Status =>
        Text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(Text.AsSpan(9, 3), out var status) ? status : 0;
}

/// <summary>Keeps every log entry: level, category, message and whether an exception (a stack trace) came with it.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
    }
}
