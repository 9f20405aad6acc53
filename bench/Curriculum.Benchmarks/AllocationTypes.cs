using System.Diagnostics.Tracing;

namespace Curriculum.Benchmarks;

/// <summary>
/// Which types a piece of work allocates, from the runtime's allocation ticks (one event about every 100 KB
/// allocated, naming the type that crossed the mark): a sampled picture, in process, with no tool to install.
/// </summary>
public sealed class AllocationTypes : EventListener
{
    private readonly Dictionary<string, long> bytes = [];
    private volatile bool recording;

    public void Start() => recording = true;

    public void Stop() => recording = false;

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!recording || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
        {
            return;
        }

        var name = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t]?.ToString() ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (bytes)
        {
            bytes[name] = bytes.GetValueOrDefault(name) + amount;
        }
    }

    public void Print(int runs, int top = 30)
    {
        lock (bytes)
        {
            var total = bytes.Values.Sum();
            Console.WriteLine($"sampled allocations per run by type ({runs} runs), total {total / 1024.0 / runs:0} KB");
            foreach (var (name, amount) in bytes.OrderByDescending(kv => kv.Value).Take(top))
            {
                Console.WriteLine($"{amount / 1024.0 / runs,10:0.0} KB  {100.0 * amount / total,5:0.0}%  {name}");
            }
        }
    }
}
