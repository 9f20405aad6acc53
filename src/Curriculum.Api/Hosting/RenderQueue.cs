using System.Globalization;
using System.Text;

namespace Curriculum.Api.Hosting;

/// <summary>
/// The bounded queue in front of PDF rendering. A handout request is admitted (or refused with 429) before its body is
/// read, so a flood costs a header parse and a few bytes, never a buffered body or a JSON parse; at most
/// <see cref="ApiLimits.PdfConcurrency"/> render at once and at most <see cref="ApiLimits.PdfQueue"/> more wait, which
/// bounds memory whatever the number of connections. Only the rendering holds a slot: checking a request's templates
/// (bounded by its own budget) does not keep good requests waiting behind it.
/// </summary>
public sealed class RenderQueue(ApiLimits limits)
{
    /// <summary>Endpoint metadata: requests to this endpoint go through the queue.</summary>
    public sealed class Marker;

    public static readonly Marker Admission = new();

    private readonly SemaphoreSlim _slots = new(limits.PdfConcurrency, limits.PdfConcurrency);
    private int _admitted;

    public int Capacity => limits.PdfConcurrency + limits.PdfQueue;

    /// <summary>Requests admitted and not yet answered (rendering, waiting, or being checked).</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    public bool TryAdmit()
    {
        if (Interlocked.Increment(ref _admitted) <= Capacity)
        {
            return true;
        }

        Interlocked.Decrement(ref _admitted);
        return false;
    }

    public void Leave() => Interlocked.Decrement(ref _admitted);

    /// <summary>Renders in a slot, waiting in turn; a client that hangs up while waiting leaves the queue at once.</summary>
    public async Task<T> RenderAsync<T>(Func<T> render, CancellationToken cancellation)
    {
        await _slots.WaitAsync(cancellation);
        try
        {
            cancellation.ThrowIfCancellationRequested();
            return render();
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The refusal, serialized once: a client that ignores Retry-After gets the same few bytes each time.</summary>
    internal byte[] Refusal { get; } = Encoding.UTF8.GetBytes(
        $$"""{"type":"https://tools.ietf.org/html/rfc6585#section-4","title":"Too many requests","status":429,"detail":"PDF rendering is at capacity: {{limits.PdfConcurrency.ToString(CultureInfo.InvariantCulture)}} at a time and {{limits.PdfQueue.ToString(CultureInfo.InvariantCulture)}} waiting. Retry after 1 s."}""");
}

/// <summary>
/// Admits handout requests to the <see cref="RenderQueue"/> before the body is read. A refused client is answered
/// after a short pause (<see cref="ApiLimits.RejectDelayMilliseconds"/>, costing no CPU): one that ignores Retry-After
/// and asks again at once can then send only a few requests a second, and rendering keeps the cores.
/// </summary>
internal sealed class RenderAdmission
{
    private readonly RequestDelegate next;
    private readonly RenderQueue queue;
    private readonly ApiLimits limits;
    private readonly Operations.CurriculumMetrics metrics;

    public RenderAdmission(RequestDelegate next, RenderQueue queue, ApiLimits limits, Operations.CurriculumMetrics metrics)
    {
        this.next = next;
        this.queue = queue;
        this.limits = limits;
        this.metrics = metrics;
        // Built once when the server starts: the heap limit its host declares for serving, if any, applies from here.
        ServerMemory.ApplyDeclaredHeapLimit(limits.PdfConcurrency);
    }

    public async Task InvokeAsync(HttpContext http)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<RenderQueue.Marker>() is null)
        {
            await next(http);
            return;
        }

        if (!queue.TryAdmit())
        {
            metrics.Shed("render-queue");
            await Refuse(http);
            return;
        }

        // The request leaves the queue when its answer starts, not when the pipeline unwinds: a client with one
        // connection may have the whole answer and ask again before this thread returns, and under load enough of
        // those found the queue still counting them to be refused with 429 (docs/MEASUREMENTS.md, "Session 5").
        var admission = new Admission(queue);
        http.Response.OnStarting(Admission.LeaveOnStart, admission);
        try
        {
            await next(http);
        }
        finally
        {
            admission.Leave();
        }
    }

    /// <summary>One admitted request's place in the queue, given up once.</summary>
    private sealed class Admission(RenderQueue queue)
    {
        public static readonly Func<object, Task> LeaveOnStart = state =>
        {
            ((Admission)state).Leave();
            return Task.CompletedTask;
        };

        private int _left;

        public void Leave()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
            {
                queue.Leave();
            }
        }
    }

    private async Task Refuse(HttpContext http)
    {
        try
        {
            if (limits.RejectDelayMilliseconds > 0)
            {
                await Task.Delay(limits.RejectDelayMilliseconds, http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client has gone: nothing to answer.
            return;
        }

        var response = http.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = "1";
        response.ContentType = "application/problem+json";
        response.ContentLength = queue.Refusal.Length;
        await response.Body.WriteAsync(queue.Refusal, http.RequestAborted);
    }
}
