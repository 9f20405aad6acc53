using System.Diagnostics;

namespace Curriculum.Core.Prompts;

/// <summary>
/// The template work one request or one command may do, shared by every fill of every template it checks or uses:
/// a deadline, a step count, and the caller's cancellation (an HTTP client that hung up, Ctrl+C). Per-piece limits
/// alone let twenty pieces of 0.9 s each run for 18 s; one budget for the whole request cannot.
/// </summary>
public sealed class RenderBudget
{
    /// <summary>At most one second of template work per request and per command.</summary>
    public static readonly TimeSpan DefaultTime = TimeSpan.FromSeconds(1);

    /// <summary>Checkpoints (filter calls, assignments, writes) across all fills; ten times one fill's own step limit.</summary>
    public const long DefaultSteps = 1_000_000;

    /// <summary>
    /// Memory allocated by all fills together. A loop of string filters can allocate gigabytes a second, and the
    /// collections that garbage causes pause every request in the process, not just the one at fault.
    /// </summary>
    public const long DefaultAllocatedBytes = 256L * 1024 * 1024;

    private long _allocated;

    // The clock starts at the first checkpoint: loading the course or the shipped bank is not template work.
    private long _start;
    private long _until = long.MaxValue;
    private readonly long _maxSteps;
    private long _steps;
    private int _spent;

    private RenderBudget(TimeSpan time, long steps, CancellationToken cancellation)
    {
        Time = time;
        _maxSteps = steps;
        Cancellation = cancellation;
    }

    /// <summary>A budget for one request or command, starting now.</summary>
    public static RenderBudget Start(CancellationToken cancellation = default) => new(DefaultTime, DefaultSteps, cancellation);

    public static RenderBudget Start(TimeSpan time, long steps, CancellationToken cancellation = default) => new(time, steps, cancellation);

    public TimeSpan Time { get; }

    public CancellationToken Cancellation { get; }

    /// <summary>True once the deadline or the step count has been reached: every later fill fails at once.</summary>
    public bool IsSpent => Volatile.Read(ref _spent) != 0;

    public long Steps => Interlocked.Read(ref _steps);

    public TimeSpan Elapsed => Interlocked.Read(ref _start) is var start and not 0 ? Stopwatch.GetElapsedTime(start) : TimeSpan.Zero;

    /// <summary>Bytes a finished fill allocated, counted against the budget.</summary>
    public void AddAllocated(long bytes) => Interlocked.Add(ref _allocated, Math.Max(0, bytes));

    /// <summary>Called at every checkpoint of a fill, with what the fill has allocated so far.</summary>
    public void Check(long allocatedInFill)
    {
        if (Interlocked.Read(ref _allocated) + allocatedInFill > DefaultAllocatedBytes)
        {
            Volatile.Write(ref _spent, 1);
            throw new TemplateBudgetException(this);
        }

        Check();
    }

    /// <summary>Called at every checkpoint of a fill: stops the work when the caller has gone or the budget is used up.</summary>
    public void Check()
    {
        Cancellation.ThrowIfCancellationRequested();
        var now = Stopwatch.GetTimestamp();
        if (Interlocked.Read(ref _start) == 0 && Interlocked.CompareExchange(ref _start, now, 0) == 0)
        {
            Interlocked.Exchange(ref _until, now + (long)(Time.TotalSeconds * Stopwatch.Frequency));
        }

        if (Interlocked.Increment(ref _steps) > _maxSteps || now > Interlocked.Read(ref _until))
        {
            Volatile.Write(ref _spent, 1);
            throw new TemplateBudgetException(this);
        }
    }
}

/// <summary>
/// The templates of one request or command used up their shared budget. Not a <see cref="TemplateRenderException"/>:
/// a single bad piece may be skipped, but once the budget is spent nothing more may be filled, so the whole request fails.
/// </summary>
public sealed class TemplateBudgetException(RenderBudget budget)
    : Exception($"the prompt templates need more work to fill than one request or command may have ({budget.Time.TotalSeconds:0.#} s, {DefaultStepsText} steps and {RenderBudget.DefaultAllocatedBytes / (1024 * 1024)} MB of memory, shared by all of its templates): does a loop run without end, or is a heavy text repeated?")
{
    private static string DefaultStepsText => RenderBudget.DefaultSteps.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
