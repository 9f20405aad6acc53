using Curriculum.Api.Hosting;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
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
            .WithDescription("Same inputs and seed give the same set. 400 names every bad field and its valid values; 404 an unknown unit; 422 lists template errors with file, line and column.")
            .Accepts<DiscussionBody>("application/json")
            .Produces<DiscussionSet>(StatusCodes.Status200OK, "application/json")
            .WithBodyErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Results<JsonHttpResult<DiscussionSet>, ProblemHttpResult>> PostDiscussion(HttpContext http, Workshop workshop, TemplateLane lane)
    {
        var (body, problem) = await ReadAsync(http, workshop);
        if (body is null)
        {
            return problem!;
        }

        // Requests with their own templates take turns (see TemplateLane); the rest go straight on.
        var (turn, refused) = body.Templates is { Count: > 0 } ? await lane.EnterAsync(http) : (null, null);
        if (refused is not null)
        {
            return refused;
        }

        using var _ = turn;

        // One budget for the whole request, stopped when the client hangs up.
        var (set, refusal) = workshop.TryGenerate(body, RenderBudget.Start(http.RequestAborted));
        return set is not null ? TypedResults.Json(set, DiscussionJson.Options) : refusal!;
    }

    /// <summary>The body as a discussion request, or the problem listing every field that is wrong.</summary>
    internal static async Task<(DiscussionBody? Body, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, Workshop workshop)
    {
        var (json, problem) = await RequestJson.ReadAsync(http);
        if (json is null)
        {
            return (null, problem);
        }

        if (json.Object(json.Root, RequestJson.Body, "a JSON object", DiscussionBody.Fields) is not { } fields)
        {
            return (null, json.Problem());
        }

        var body = DiscussionBody.Read(json, fields);
        body.Validate(json, workshop.Course);
        return json.HasErrors ? (null, json.Problem()) : (body, null);
    }
}
