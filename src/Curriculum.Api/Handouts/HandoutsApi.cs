using System.Text.Json;
using System.Text.Json.Serialization;
using Curriculum.Api.Discussions;
using Curriculum.Api.Hosting;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
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

    public static readonly IReadOnlyList<string> Fields = [.. DiscussionBody.Fields, "kind", "paper", "easyRead"];

    /// <summary>The body's fields, read leniently as <see cref="DiscussionBody.Read"/> does, plus what to print.</summary>
    internal static HandoutBody Read(RequestJson json, IReadOnlyDictionary<string, JsonElement> fields)
    {
        var d = DiscussionBody.Read(json, fields);
        return new HandoutBody(d.Units, d.Themes, d.Audience, d.Count, d.Seed, d.Options, d.Templates,
            json.String(fields, "kind", RequestJson.Body) ?? "student",
            json.String(fields, "paper", RequestJson.Body) ?? "letter",
            json.Boolean(fields, "easyRead", RequestJson.Body) ?? false);
    }
}

/// <summary><c>POST /api/handouts</c>: a printable PDF, rendered under a concurrency limit so a burst waits instead of exhausting memory.</summary>
public static class HandoutsApi
{

    private static readonly Dictionary<string, HandoutKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["student"] = HandoutKind.Student,
        ["teacher"] = HandoutKind.Teacher,
        ["packet"] = HandoutKind.Packet,
        ["reader"] = HandoutKind.Reader,
    };

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
            .WithMetadata(RenderQueue.Admission);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PostHandout(HttpContext http, Workshop workshop, HandoutRenderer renderer, HandoutCache cache, RenderQueue queue, TemplateLane lane)
    {
        var (json, problem) = await RequestJson.ReadAsync(http);
        if (json is null)
        {
            return problem!;
        }

        if (json.Object(json.Root, RequestJson.Body, "a JSON object", HandoutBody.Fields) is not { } fields)
        {
            return json.Problem();
        }

        var body = HandoutBody.Read(json, fields);
        if (!json.HasError("kind") && !Kinds.ContainsKey(body.Kind!))
        {
            json.Add("kind", $"'kind': unknown kind '{Short(body.Kind!)}'; kinds are: {string.Join(", ", Kinds.Keys)}.");
        }

        if (!json.HasError("paper") && body.Paper?.ToLowerInvariant() is not ("letter" or "a4"))
        {
            json.Add("paper", $"'paper': unknown paper '{Short(body.Paper!)}'; papers are: letter, a4.");
        }

        body.Discussion.Validate(json, workshop.Course);
        if (json.HasErrors)
        {
            return json.Problem();
        }

        var kind = Kinds[body.Kind!];
        // One budget for the request's template work; the client hanging up stops it, and its wait for a slot.
        var budget = RenderBudget.Start(http.RequestAborted);
        ProblemHttpResult? refused = null;
        var document = await cache.GetOrRenderAsync(body, async () =>
        {
            // Requests with their own templates take turns for the template work only (see TemplateLane).
            var (turn, busy) = body.Templates is { Count: > 0 } ? await lane.EnterAsync(http) : (null, null);
            if (busy is not null)
            {
                refused = busy;
                return null;
            }

            DiscussionSet? set;
            ProblemHttpResult? refusal;
            using (turn)
            {
                (set, refusal) = workshop.TryGenerate(body.Discussion, budget);
            }

            if (set is null)
            {
                refused = refusal!;
                return null;
            }

            var options = new HandoutOptions(
                HandoutRenderer.Paper(body.Paper!),
                body.Options?.LeaveOutGraphic ?? false,
                [.. body.Discussion.TemplateSources().Select(t => t.File)],
                body.EasyRead);
            return await queue.RenderAsync(() => renderer.Render(set, kind, options), http.RequestAborted);
        });
        return document is null ? refused! : TypedResults.File(document.Bytes, "application/pdf", document.FileName);
    }

    private static string Short(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
