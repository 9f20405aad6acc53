using System.Diagnostics.Metrics;

namespace Curriculum.Api.Operations;

/// <summary>
/// The kit's own instruments, in the meter <c>Curriculum</c>, exported with ASP.NET Core's request metrics at
/// <c>/metrics</c>: how long documents take to render (per kind and format), how often the cache serves them, and how
/// many requests were turned away under load.
/// </summary>
public sealed class CurriculumMetrics : IDisposable
{
    public const string MeterName = "Curriculum";

    private readonly Meter meter;
    private readonly Histogram<double> renderSeconds;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private readonly Counter<long> shed;

    public CurriculumMetrics(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        // A handout takes milliseconds; the default boundaries (up to 10,000) would put every render in the first bucket.
        renderSeconds = meter.CreateHistogram("curriculum.render.duration", "s", "Time to render one document, by kind and format.", tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5] });
        cacheHits = meter.CreateCounter<long>("curriculum.cache.hits", "{request}", "Handout requests served from the cache of rendered documents.");
        cacheMisses = meter.CreateCounter<long>("curriculum.cache.misses", "{request}", "Handout requests that had to be rendered.");
        shed = meter.CreateCounter<long>("curriculum.requests.shed", "{request}", "Requests turned away (429) because a limit or the rendering queue was full.");
    }

    public void Rendered(string kind, string format, TimeSpan elapsed) =>
        renderSeconds.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("format", format));

    public void Cache(bool hit)
    {
        if (hit)
        {
            cacheHits.Add(1);
        }
        else
        {
            cacheMisses.Add(1);
        }
    }

    public void Shed(string reason) => shed.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => meter.Dispose();
}
