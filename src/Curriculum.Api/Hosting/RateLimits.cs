using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Curriculum.Api.Hosting;

/// <summary>
/// A fixed window per client over <c>/api</c> (Microsoft.AspNetCore.RateLimiting). PDF rendering has its own bounded
/// queue, <see cref="RenderQueue"/>, which refuses before a body is read.
/// </summary>
internal static class RateLimits
{

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
            options.OnRejected = (context, _) => Reject(context, limits);
        });
        return services;
    }

    private static async ValueTask Reject(OnRejectedContext context, ApiLimits limits)
    {
        var http = context.HttpContext;
        http.RequestServices.GetRequiredService<Operations.CurriculumMetrics>().Shed("rate-limit");
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        var detail = $"Too many requests: at most {limits.RequestsPerWindow} requests every {limits.WindowSeconds} s from one client.";
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: $"{detail} Retry after {seconds} s.").ExecuteAsync(http);
    }
}
