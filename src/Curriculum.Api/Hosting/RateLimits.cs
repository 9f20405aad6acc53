using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Curriculum.Api.Hosting;

/// <summary>
/// Two limiters from Microsoft.AspNetCore.RateLimiting: a fixed window per client over <c>/api</c>, and a
/// concurrency limit with a short queue on PDF rendering, so a burst waits or is refused instead of exhausting memory.
/// </summary>
internal static class RateLimits
{
    public const string Pdf = "pdf";

    public static IServiceCollection AddCurriculumRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ApiLimits>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = limits.RequestsPerWindow,
                            Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter(""));
            options.AddConcurrencyLimiter(Pdf, pdf =>
            {
                pdf.PermitLimit = limits.PdfConcurrency;
                pdf.QueueLimit = limits.PdfQueue;
                pdf.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            options.OnRejected = (context, _) => Reject(context, limits);
        });
        return services;
    }

    private static async ValueTask Reject(OnRejectedContext context, ApiLimits limits)
    {
        var http = context.HttpContext;
        var (seconds, detail) = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? ((int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)),
                $"Too many requests: at most {limits.RequestsPerWindow} requests every {limits.WindowSeconds} s from one client.")
            : (1, $"PDF rendering is at capacity: {limits.PdfConcurrency} at a time and {limits.PdfQueue} waiting.");
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"{detail} Retry after {seconds} s.").ExecuteAsync(http);
    }
}
