namespace Curriculum.Api.Hosting;

/// <summary>
/// What keeps one client or one burst from exhausting the server. Configuration section <c>Limits</c>,
/// e.g. the environment variable <c>Limits__RequestsPerWindow=100000</c> for a load test.
/// </summary>
public sealed class ApiLimits
{
    public const string Section = "Limits";

    /// <summary>The largest request body accepted, in bytes (256 KiB).</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>Requests to <c>/api</c> one client may make per window.</summary>
    public int RequestsPerWindow { get; init; } = 300;

    public int WindowSeconds { get; init; } = 10;

    /// <summary>PDFs rendered at once; each holds a whole document in memory.</summary>
    public int PdfConcurrency { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// Handout requests that may wait for a rendering slot before the rest are turned away. Kept short: a longer queue
    /// adds only latency and memory (each admitted request holds its body and its discussion set), not throughput.
    /// </summary>
    public int PdfQueue { get; init; } = 16;

    /// <summary>
    /// How long a request refused for capacity waits before its 429, in milliseconds (0: at once). The pause costs no
    /// CPU, and a client that ignores Retry-After can then send only a few requests a second instead of thousands.
    /// </summary>
    public int RejectDelayMilliseconds { get; init; } = 250;

    /// <summary>Rendered PDFs kept for identical requests (the same input gives the same bytes), in MiB; 0 turns it off.</summary>
    public int PdfCacheMegabytes { get; init; } = 64;

    public string MaxBodyText => MaxBodyBytes % 1024 == 0 ? $"{MaxBodyBytes / 1024} KiB ({MaxBodyBytes} bytes)" : $"{MaxBodyBytes} bytes";

    /// <summary>The first setting that is not positive, if any.</summary>
    public string? Problem()
    {
        if (PdfCacheMegabytes < 0)
        {
            return nameof(PdfCacheMegabytes);
        }

        if (RejectDelayMilliseconds is < 0 or > 60_000)
        {
            return nameof(RejectDelayMilliseconds);
        }

        return (MaxBodyBytes, RequestsPerWindow, WindowSeconds, PdfConcurrency, PdfQueue) switch
        {
            ( < 1, _, _, _, _) => nameof(MaxBodyBytes),
            (_, < 1, _, _, _) => nameof(RequestsPerWindow),
            (_, _, < 1, _, _) => nameof(WindowSeconds),
            (_, _, _, < 1, _) => nameof(PdfConcurrency),
            (_, _, _, _, < 0) => nameof(PdfQueue),
            _ => null,
        };
    }
}
