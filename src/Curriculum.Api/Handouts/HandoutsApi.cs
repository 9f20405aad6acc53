using System.Text.Json.Serialization;
using Curriculum.Api.Discussions;
using Curriculum.Api.Hosting;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Handouts;

/// <summary>
/// The discussion request plus what to print: <c>kind</c> (student, teacher, packet, reader), <c>paper</c> (letter, a4)
/// and <c>easyRead</c> (the reading text in Andika, a face for beginning readers).
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record HandoutBody(
    IReadOnlyList<string>? Units,
    IReadOnlyList<string>? Themes = null,
    string? Audience = DiscussionBody.DefaultAudience,
    int? Count = DiscussionBody.DefaultCount,
    int? Seed = DiscussionBody.DefaultSeed,
    DiscussionOptions? Options = null,
    IReadOnlyList<TemplateFile>? Templates = null,
    string? Kind = "student",
    string? Paper = "letter",
    bool EasyRead = false)
{
    public DiscussionBody Discussion => new(Units, Themes, Audience, Count, Seed, Options, Templates);
}

/// <summary><c>POST /api/handouts</c>: a printable PDF, rendered under a concurrency limit so a burst waits instead of exhausting memory.</summary>
public static class HandoutsApi
{

    public static IEndpointRouteBuilder MapHandoutsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/handouts").WithTags("Handouts").WithApiErrors()
            .MapPost("/", PostHandout)
            .WithName("PostHandout")
            .WithSummary("Render a student handout, teacher guide, workshop packet or course reader as a PDF (Letter or A4).")
            .WithDescription("The same input as POST /api/discussions plus kind and paper. Rendering runs a few at a time; a burst beyond the queue gets 429 with Retry-After.")
            .Accepts<HandoutBody>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithBodyErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRateLimiting(RateLimits.Pdf);
        return app;
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> PostHandout(HandoutBody body, Workshop workshop, HandoutRenderer renderer, HandoutCache cache, Course course)
    {
        var problems = new Dictionary<string, string[]>();
        // A null kind or paper means the default, as a missing one does.
        body = body with { Kind = body.Kind ?? "student", Paper = body.Paper ?? "letter" };
        var kind = DocumentKinds.Find(body.Kind);
        if (kind is null)
        {
            problems["kind"] = [$"'kind': unknown kind '{body.Kind}'; kinds are: {string.Join(", ", DocumentKinds.All.Select(k => k.Id))}."];
        }

        if (!Core.Teaching.Choices.TryPaper(body.Paper, out var paper))
        {
            problems["paper"] = [$"'paper': unknown paper '{body.Paper}'; papers are: letter, a4."];
        }

        if (problems.Count > 0)
        {
            foreach (var (field, why) in body.Discussion.Problems())
            {
                problems[field] = why;
            }

            return DiscussionProblems.Invalid(problems);
        }

        ProblemHttpResult? refused = null;
        var document = cache.GetOrRender(body, () =>
        {
            // The reader is the whole article unless units are named; then it is a reader of those units.
            var discussion = kind == DocumentKinds.Reader && body.Discussion.Units is not { Count: > 0 } ? body.Discussion with { Units = course.Article.UnitIds } : body.Discussion;
            var (set, refusal) = workshop.TryGenerate(discussion);
            if (set is null)
            {
                refused = refusal!;
                return null;
            }

            var options = new HandoutOptions(
                paper,
                body.EasyRead ? Edition.EasyRead : Edition.Standard,
                [.. body.Discussion.TemplateSources().Select(t => t.File)]);
            return renderer.Render(set, kind!, options);
        });
        return document is null ? refused! : TypedResults.File(document.Bytes, document.MediaType, document.FileName);
    }
}
