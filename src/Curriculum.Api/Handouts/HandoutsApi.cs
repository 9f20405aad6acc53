using System.Text.Json;
using System.Text.Json.Serialization;
using Curriculum.Api.Discussions;
using Curriculum.Api.Hosting;
using Curriculum.Api.Operations;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Handouts;

/// <summary>
/// The discussion request plus what to print: <c>kind</c> (student, teacher, packet, reader), <c>paper</c> (letter, a4),
/// <c>format</c> (pdf, docx, html), and the edition: <c>easyRead</c> (Andika, spaced) or <c>largePrint</c> (18 pt).
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
    bool EasyRead = false,
    string? Format = "pdf",
    bool LargePrint = false)
{
    [JsonIgnore]
    public DiscussionBody Discussion => new(Units, Themes, Audience, Count, Seed, Options, Templates);

    public static readonly IReadOnlyList<string> Fields = [.. DiscussionBody.Fields, "kind", "paper", "easyRead", "format", "largePrint"];

    /// <summary>The body's fields, read leniently as <see cref="DiscussionBody.Read"/> does, plus what to print.</summary>
    internal static HandoutBody Read(RequestJson json, IReadOnlyDictionary<string, JsonElement> fields)
    {
        var d = DiscussionBody.Read(json, fields);
        return new HandoutBody(d.Units, d.Themes, d.Audience, d.Count, d.Seed, d.Options, d.Templates,
            json.String(fields, "kind", RequestJson.Body) ?? "student",
            json.String(fields, "paper", RequestJson.Body) ?? "letter",
            json.Boolean(fields, "easyRead", RequestJson.Body) ?? false,
            json.String(fields, "format", RequestJson.Body) ?? "pdf",
            json.Boolean(fields, "largePrint", RequestJson.Body) ?? false);
    }
}

/// <summary><c>POST /api/handouts</c>: a handout as PDF, Word or a web page, rendered a few at a time so a burst waits or is turned away instead of exhausting memory.</summary>
public static class HandoutsApi
{
    public static IEndpointRouteBuilder MapHandoutsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/handouts").WithTags("Handouts").WithApiErrors()
            .MapPost("/", PostHandout)
            .WithName("PostHandout")
            .WithSummary("Render a student handout, teacher guide, workshop packet or course reader as PDF, Word (.docx) or a web page (Letter or A4).")
            .WithDescription("The same input as POST /api/discussions plus kind, paper, format and edition. Rendering runs a few at a time; a burst beyond the queue gets 429 with Retry-After.")
            .Accepts<HandoutBody>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: Choices.MediaType(OutputFormat.Pdf), additionalContentTypes: [Choices.MediaType(OutputFormat.Docx), "text/html"])
            .WithBodyErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(RenderQueue.Admission);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PostHandout(HttpContext http, Workshop workshop, HandoutRenderer renderer, HandoutCache cache, RenderQueue queue, TemplateLane lane, CurriculumMetrics metrics)
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
        var kind = DocumentKinds.Find(body.Kind);
        if (!json.HasError("kind") && kind is null)
        {
            json.Add("kind", $"'kind': unknown kind '{PrintChoices.Short(body.Kind!)}'; kinds are: {string.Join(", ", DocumentKinds.All.Select(k => k.Id))}.");
        }

        if (!json.HasError("format") && !Choices.TryFormat(body.Format, out _))
        {
            json.Add("format", $"'format': {Choices.Unknown("format", "formats", PrintChoices.Short(body.Format!), Choices.Formats)}");
        }

        PrintChoices.Check(json, body.Paper, body.EasyRead, body.LargePrint);

        // The reader is the whole article unless units are named; then it is a reader of those units.
        var discussion = kind == DocumentKinds.Reader && body.Discussion.Units is not { Count: > 0 }
            ? body.Discussion with { Units = workshop.Course.Article.UnitIds }
            : body.Discussion;
        discussion.Validate(json, workshop.Course);
        if (json.HasErrors)
        {
            return json.Problem();
        }

        Choices.TryFormat(body.Format, out var format);
        var (paper, edition) = PrintChoices.Read(body.Paper, body.EasyRead, body.LargePrint);

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
                (set, refusal) = kind == DocumentKinds.Packet ? PacketSet(workshop, discussion, budget) : workshop.TryGenerate(discussion, budget);
            }

            if (set is null)
            {
                refused = refusal!;
                return null;
            }

            var options = new HandoutOptions(paper, edition, [.. body.Discussion.TemplateSources().Select(t => t.File)]);
            return await queue.RenderAsync(() =>
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var rendered = renderer.Render(set, kind!, options, format);
                metrics.Rendered(kind!.Id, Choices.Id(format), System.Diagnostics.Stopwatch.GetElapsedTime(started));
                return rendered;
            }, http.RequestAborted);
        });
        return document is null ? refused! : TypedResults.File(document.Bytes, document.MediaType, document.FileName);
    }

    /// <summary>
    /// A packet's set: each unit's own ladder of <see cref="WorkshopPacket.PromptsPerUnit"/> prompts, asked for one unit
    /// at a time and joined (the request's count is not used); the first refusal stops it.
    /// </summary>
    private static (DiscussionSet? Set, ProblemHttpResult? Refusal) PacketSet(Workshop workshop, DiscussionBody discussion, RenderBudget budget)
    {
        var sets = new List<DiscussionSet>();
        foreach (var unit in (discussion.Units ?? []).Distinct(StringComparer.Ordinal))
        {
            var (set, refusal) = workshop.TryGenerate(discussion with { Units = [unit], Count = WorkshopPacket.PromptsPerUnit }, budget);
            if (set is null)
            {
                return (null, refusal);
            }

            sets.Add(set);
        }

        return (WorkshopPacket.Join(sets), null);
    }
}
