using System.Globalization;

namespace Curriculum.Api.Hosting;

/// <summary>
/// The garbage-collected heap limit a host declares for serving. The CLI's runtimeconfig declares one
/// (<see cref="HeapLimitSetting"/> in <c>Curriculum.Cli.csproj</c>), applied here when the server starts rendering, so
/// <c>serve</c> runs in a bounded heap while <c>course</c> and every other command keep the server GC unbounded
/// (measured faster). With a new request every few milliseconds and no limit, dead PDFs and documents waited for the
/// oldest generation's collections and the process grew to 450–800 MB; bounded, it stays near the limit plus the
/// runtime's own (docs/MEASUREMENTS.md, "Session 5"). A stricter limit already in force (<c>DOTNET_GCHeapHardLimit</c>,
/// a container's) is kept.
/// </summary>
public static class ServerMemory
{
    /// <summary>The runtimeconfig property (bytes) that declares the heap limit for serving.</summary>
    public const string HeapLimitSetting = "Curriculum.Serve.GCHeapHardLimit";

    private static readonly Lock Gate = new();
    private static bool _applied;

    /// <summary>Applies the declared limit once per process; the limit in force afterwards if one was applied, else null.</summary>
    public static ulong? ApplyDeclaredHeapLimit()
    {
        lock (Gate)
        {
            if (_applied)
            {
                return null;
            }

            _applied = true;
            var limit = Limit(AppContext.GetData(HeapLimitSetting), (ulong)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes);
            if (limit is not { } bytes)
            {
                return null;
            }

            // The GC reads its hard limit from AppContext when asked to refresh it (GC.RefreshMemoryLimit).
            AppContext.SetData("GCHeapHardLimit", bytes);
            GC.RefreshMemoryLimit();
            return bytes;
        }
    }

    /// <summary>The limit to apply: the declared one, when it is a positive number of bytes below what is available now.</summary>
    internal static ulong? Limit(object? declared, ulong available)
    {
        // A runtimeconfig property arrives as text; a host may also set the number itself (AppContext.SetData).
        if (declared is not (string or ulong) || declared is string blank && string.IsNullOrWhiteSpace(blank))
        {
            return null;
        }

        var text = Convert.ToString(declared, CultureInfo.InvariantCulture)!.Trim();
        var parsed = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : (ulong?)null
            : ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var dec) ? dec : null;
        if (parsed is not { } bytes || bytes == 0)
        {
            throw new InvalidOperationException($"{HeapLimitSetting} must be a positive number of bytes (decimal or 0x hex), not '{text}'.");
        }

        return bytes < available ? bytes : null;
    }
}
