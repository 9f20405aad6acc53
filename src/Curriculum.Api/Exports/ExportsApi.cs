using System.Text.Json;
using System.Text.Json.Serialization;
using Curriculum.Api.Discussions;
using Curriculum.Api.Handouts;
using Curriculum.Api.Hosting;
using Curriculum.Core.Teaching;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Lms;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Exports;

/// <summary>
/// The discussion request plus the package to build: <c>lms</c> (cc: an IMS Common Cartridge 1.3 course; gift: Moodle
/// GIFT questions), and for the cartridge's documents <c>paper</c> and the edition.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record ExportBody(
    IReadOnlyList<string>? Units,
    string? Lms = "cc",
    IReadOnlyList<string>? Themes = null,
    string? Audience = DiscussionBody.DefaultAudience,
    int? Count = DiscussionBody.DefaultCount,
    int? Seed = DiscussionBody.DefaultSeed,
    DiscussionOptions? Options = null,
    IReadOnlyList<TemplateFile>? Templates = null,
    string? Paper = "letter",
    bool EasyRead = false,
    bool LargePrint = false)
{
    [JsonIgnore]
    public DiscussionBody Discussion => new(Units, Themes, Audience, Count, Seed, Options, Templates);

    public static readonly IReadOnlyList<string> Fields = [.. DiscussionBody.Fields, "lms", "paper", "easyRead", "largePrint"];

    internal static ExportBody Read(RequestJson json, IReadOnlyDictionary<string, JsonElement> fields)
    {
        var d = DiscussionBody.Read(json, fields);
        return new ExportBody(d.Units, json.String(fields, "lms", RequestJson.Body) ?? "cc", d.Themes, d.Audience, d.Count, d.Seed, d.Options, d.Templates,
            json.String(fields, "paper", RequestJson.Body) ?? "letter",
            json.Boolean(fields, "easyRead", RequestJson.Body) ?? false,
            json.Boolean(fields, "largePrint", RequestJson.Body) ?? false);
    }
}

/// <summary><c>POST /api/exports</c>: an LMS package of the chosen units, rendered in the same queue as handouts.</summary>
public static class ExportsApi
{
    public static IEndpointRouteBuilder MapExportsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/exports").WithTags("Exports").WithApiErrors()
            .MapPost("/", PostExport)
            .WithName("PostExport")
            .WithSummary("Build an LMS package of the chosen units: an IMS Common Cartridge 1.3 course (.imscc) or Moodle GIFT questions.")
            .WithDescription("The cartridge has one module per unit: the reading as a web page, one discussion topic per prompt, the student handout as PDF and Word, and the teacher guide for instructors only. GIFT has one essay question per prompt with its excerpt; the look-fors are its general feedback.")
            .Accepts<ExportBody>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: CommonCartridge.MediaType, additionalContentTypes: ["text/plain"])
            .WithBodyErrors()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(RenderQueue.Admission);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PostExport(HttpContext http, Workshop workshop, HandoutRenderer renderer, RenderQueue queue, TemplateLane lane)
    {
        var (json, problem) = await RequestJson.ReadAsync(http);
        if (json is null)
        {
            return problem!;
        }

        if (json.Object(json.Root, RequestJson.Body, "a JSON object", ExportBody.Fields) is not { } fields)
        {
            return json.Problem();
        }

        var body = ExportBody.Read(json, fields);
        if (!json.HasError("lms") && !LmsExport.TryParse(body.Lms, out _))
        {
            json.Add("lms", $"'lms': {Choices.Unknown("package", "packages", PrintChoices.Short(body.Lms ?? ""), LmsExport.Ids)}");
        }

        PrintChoices.Check(json, body.Paper, body.EasyRead, body.LargePrint);

        body.Discussion.Validate(json, workshop.Course);
        if (json.HasErrors)
        {
            return json.Problem();
        }

        LmsExport.TryParse(body.Lms, out var format);
        var (paper, edition) = PrintChoices.Read(body.Paper, body.EasyRead, body.LargePrint);
        var budget = RenderBudget.Start(http.RequestAborted);

        // Every unit's set is made (and every refusal found) before anything is rendered.
        var (turn, busy) = body.Templates is { Count: > 0 } ? await lane.EnterAsync(http) : (null, null);
        if (busy is not null)
        {
            return busy;
        }

        var sets = new Dictionary<string, DiscussionSet>(StringComparer.Ordinal);
        using (turn)
        {
            foreach (var unit in body.Units!)
            {
                var (set, refusal) = workshop.TryGenerate(body.Discussion with { Units = [unit] }, budget);
                if (set is null)
                {
                    return refusal!;
                }

                sets[unit] = set;
            }
        }

        var options = new HandoutOptions(paper, edition, [.. body.Discussion.TemplateSources().Select(t => t.File)]);
        var package = await queue.RenderAsync(() => new LmsExport(renderer).Export(format, body.Units!, units => sets[units[0]], options), http.RequestAborted);
        return TypedResults.File(package.Bytes, package.MediaType, package.FileName);
    }
}
