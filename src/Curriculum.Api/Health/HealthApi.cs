using Curriculum.Core;
using Curriculum.Core.Prompts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Curriculum.Api.Health;

public sealed record HealthStatus(string Status, int Units);

/// <summary>Whether this copy can take work, and what each check found.</summary>
public sealed record Readiness(string Status, IReadOnlyList<string> Checks);

/// <summary>
/// Liveness (<c>/health/live</c>: the process answers) and readiness (<c>/health/ready</c>: the course and the shipped
/// prompt bank are loaded and checked, so a load balancer may send it work). <c>/health</c> stays for existing monitors.
/// </summary>
public static class HealthApi
{
    private const string Ready = "ready";

    public static IServiceCollection AddCurriculumHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<KitLoaded>("kit", tags: [Ready]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("The course is loaded and the server answers.")
            .ExcludeFromDescription();
        app.MapGet("/health/live", GetLiveness)
            .WithTags("Health")
            .WithName("GetLiveness")
            .WithSummary("Liveness: the process answers (no checks run).")
            .ExcludeFromDescription();
        app.MapGet("/health/ready", GetReadiness)
            .WithTags("Health")
            .WithName("GetReadiness")
            .WithSummary("Readiness: the course and the shipped prompt bank are loaded and checked; 503 until they are.")
            .ExcludeFromDescription();
        return app;
    }

    public static Ok<HealthStatus> GetHealth(Course course) => TypedResults.Ok(new HealthStatus("healthy", course.Article.Units.Count));

    public static Ok<Readiness> GetLiveness() => TypedResults.Ok(new Readiness("live", []));

    public static async Task<Results<Ok<Readiness>, JsonHttpResult<Readiness>>> GetReadiness(HealthCheckService checks, CancellationToken cancellationToken)
    {
        var report = await checks.CheckHealthAsync(check => check.Tags.Contains(Ready), cancellationToken);
        var readiness = new Readiness(
            report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy ? "ready" : "not ready",
            [.. report.Entries.Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}")]);
        return report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
            ? TypedResults.Ok(readiness)
            : TypedResults.Json(readiness, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Loading the kit fails loudly at start-up; this check says whether it has finished.</summary>
    private sealed class KitLoaded(Course course) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var units = course.Article.Units.Count;
            var prompts = PromptBank.Shipped(course).Prompts.Count;
            return Task.FromResult(units > 0 && prompts > 0
                ? HealthCheckResult.Healthy($"{units} units, {prompts} prompts")
                : HealthCheckResult.Unhealthy("the course or the prompt bank is empty"));
        }
    }
}
