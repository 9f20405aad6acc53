using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Hosting;

/// <summary>
/// Requests that bring their own templates take turns: at most half the cores check and fill untrusted templates at
/// once, so a few template bombs (each stopped by its own one-second budget) cannot take every core from good
/// requests. Waiting costs no thread and no budget (the budget's clock starts with the first fill); a client that
/// hangs up leaves the line; past <see cref="MaxWaiting"/> waiting, the rest are refused with 429.
/// </summary>
public sealed class TemplateLane
{
    public const int MaxWaiting = 32;

    private readonly SemaphoreSlim _lane = new(Width, Width);
    private int _waiting;

    public static int Width => Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>A turn in the lane (dispose it to give it back), or null with the 429 when too many are waiting.</summary>
    public async Task<(IDisposable? Turn, ProblemHttpResult? Refusal)> EnterAsync(HttpContext http)
    {
        if (Interlocked.Increment(ref _waiting) > MaxWaiting + Width)
        {
            Interlocked.Decrement(ref _waiting);
            http.RequestServices.GetRequiredService<Operations.CurriculumMetrics>().Shed("template-lane");
            http.Response.Headers.RetryAfter = "1";
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"Too many requests with their own templates are waiting ({MaxWaiting.ToString(CultureInfo.InvariantCulture)}). Retry after 1 s."));
        }

        try
        {
            await _lane.WaitAsync(http.RequestAborted);
        }
        catch
        {
            Interlocked.Decrement(ref _waiting);
            throw;
        }

        return (new Turn(this), null);
    }

    private sealed class Turn(TemplateLane lane) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                lane._lane.Release();
                Interlocked.Decrement(ref lane._waiting);
            }
        }
    }
}
