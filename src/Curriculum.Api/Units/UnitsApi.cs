using Curriculum.Api.Hosting;
using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Units;

/// <summary>The lesson units, in the same JSON as <c>units --json</c> and <c>show --json</c>.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/units").WithTags("Units").WithApiErrors();
        units.MapGet("/", GetUnits)
            .WithName("GetUnits")
            .WithSummary("Every lesson unit with its blocks, advisory, themes and minutes (as `units --json`).");
        units.MapGet("/{id}", GetUnit)
            .WithName("GetUnit")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One lesson unit (as `show <id> --json`); 404 names the valid ids, nearest first.");
        return app;
    }

    public static Ok<UnitJson[]> GetUnits(Course course) => TypedResults.Ok(course.Article.Units.Select(u => u.ToJson(course)).ToArray());

    public static Results<Ok<UnitJson>, ProblemHttpResult> GetUnit(string id, Course course) =>
        course.Article.FindUnit(id) is { } unit
            ? TypedResults.Ok(unit.ToJson(course))
            : UnknownUnit(course, id);

    public static ProblemHttpResult UnknownUnit(Course course, string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Unknown unit",
        detail: $"There is no unit '{id}'. Valid unit ids, nearest first: {string.Join(", ", Taxonomy.Nearest(course.Article.UnitIds, id))}.");
}
