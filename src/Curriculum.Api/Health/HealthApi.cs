using Curriculum.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Health;

public sealed record HealthStatus(string Status, int Units);

public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealth)
            .WithTags("Health")
            .WithName("GetHealth")
            .WithSummary("Liveness: the course is loaded and the server answers.");
        return app;
    }

    public static Ok<HealthStatus> GetHealth(Course course) => TypedResults.Ok(new HealthStatus("healthy", course.Article.Units.Count));
}
