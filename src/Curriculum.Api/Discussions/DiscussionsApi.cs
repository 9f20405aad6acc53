using Curriculum.Api.Hosting;
using Curriculum.Core.Discussion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Discussions;

/// <summary><c>POST /api/discussions</c>: a discussion set, in the same JSON as <c>discuss --json</c>.</summary>
public static class DiscussionsApi
{
    public static IEndpointRouteBuilder MapDiscussionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/discussions").WithTags("Discussions").WithApiErrors()
            .MapPost("/", PostDiscussion)
            .WithName("PostDiscussion")
            .WithSummary("Generate a discussion set: excerpts, graded prompts with look-fors and starters, vocabulary, advisories and minutes.")
            .WithDescription("Same inputs and seed give the same set. 400 names a bad field and its valid values; 404 an unknown unit; 422 lists template errors with file, line and column.")
            .Accepts<DiscussionBody>("application/json")
            .Produces<DiscussionSet>(StatusCodes.Status200OK, "application/json")
            .WithBodyErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static Results<JsonHttpResult<DiscussionSet>, ProblemHttpResult> PostDiscussion(DiscussionBody body, Workshop workshop)
    {
        var (set, refusal) = workshop.TryGenerate(body);
        return set is not null ? TypedResults.Json(set, DiscussionJson.Options) : refusal!;
    }
}
