using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Curriculum.Api.Discussions;
using Curriculum.Api.Exports;
using Curriculum.Api.Handouts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Lms;
using Microsoft.OpenApi;

namespace Curriculum.Api.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, made precise enough for a client generator to trust: the kit's
/// closed vocabularies as enums, integers as integers, files as binary responses in each media type, descriptions in
/// words (never C# member syntax), and the error responses every endpoint shares.
/// </summary>
internal static partial class OpenApiDocument
{
    /// <summary>The closed vocabularies of the request bodies, by JSON field name.</summary>
    private static readonly Dictionary<string, IReadOnlyList<string>> Vocabularies = new(StringComparer.Ordinal)
    {
        ["kind"] = [.. DocumentKinds.All.Select(k => k.Id)],
        ["paper"] = Choices.Papers,
        ["format"] = Choices.Formats,
        ["audience"] = [.. Taxonomy.Audiences.Select(a => a.Id)],
        ["themes"] = [.. Taxonomy.Themes.Select(t => t.Id)],
        ["lms"] = LmsExport.Ids,
        ["levels"] = [.. Taxonomy.Levels.Select(l => l.Id)],
    };

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Units"] = "The lesson units of the article, block by block, with speakers, quoted spans and seed lines.",
        ["Choices"] = "The themes and audiences a request may name, with labels and descriptions.",
        ["Discussions"] = "Discussion sets: verbatim excerpts, graded prompts with look-fors and starters, vocabulary and advisories.",
        ["Handouts"] = "Student handouts, teacher guides, workshop packets and the course reader as PDF, Word or a web page.",
        ["Exports"] = "Packages for a school's LMS: IMS Common Cartridge 1.3 and Moodle GIFT.",
        ["Templates"] = "The shipped prompt templates, and a check of a facilitator's own.",
    };

    private static readonly HashSet<Type> Bodies = [typeof(DiscussionBody), typeof(HandoutBody), typeof(ExportBody), typeof(Core.Discussion.DiscussionOptions)];

    /// <summary>The files an endpoint answers with, by operation id.</summary>
    private static readonly Dictionary<string, string[]> Files = new(StringComparer.Ordinal)
    {
        ["PostHandout"] = [Choices.MediaType(OutputFormat.Pdf), Choices.MediaType(OutputFormat.Docx), "text/html"],
        ["PostExport"] = [CommonCartridge.MediaType, "text/plain"],
    };

    public static IServiceCollection AddCurriculumOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer((schema, context, _) =>
            {
                if (context.JsonPropertyInfo is { } property && Bodies.Contains(property.DeclaringType)
                    && Vocabularies.TryGetValue(property.Name, out var values))
                {
                    var target = schema.Items is OpenApiSchema items ? items : schema;
                    target.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v)!)];
                    if (target == schema && schema.Type?.HasFlag(JsonSchemaType.Null) == true)
                    {
                        // A null means the default, as a missing field does.
                        target.Enum.Add(null!);
                    }
                }

                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                if (operation.OperationId is { } id && Files.TryGetValue(id, out var mediaTypes) && operation.Responses?["200"] is OpenApiResponse ok)
                {
                    ok.Description = "The file, named in Content-Disposition.";
                    ok.Content = mediaTypes.ToDictionary(m => m, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } });
                }

                return Task.CompletedTask;
            });
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Curriculum API";
                document.Info.Description =
                    "Lesson units, discussion prompts, printable handouts (PDF, Word, web page) and LMS packages from the AP's investigation “In phone calls home, Russian soldiers in Ukraine say they ‘never saw such hell’”. " +
                    "Every error is an RFC 9457 problem details object; requests to /api are rate limited per client (429 with Retry-After). " +
                    "Liveness (/health/live), readiness (/health/ready) and Prometheus metrics (/metrics) are served beside the API for operations and are not part of it.";
                document.Info.License = new OpenApiLicense { Name = "MIT (the kit's code; the article is the AP's, see NOTICE)", Identifier = "MIT" };
                // One relative server: paths are relative to wherever the document was fetched from, which behind a
                // district's load balancer is not the address this copy sees.
                document.Servers = [new OpenApiServer { Url = "/", Description = "The address this document was fetched from." }];

                // No authentication, by design: a district puts the API behind its own gateway. An empty requirement
                // says so explicitly (anonymous access), rather than leaving it unsaid.
                document.Security = [new OpenApiSecurityRequirement()];
                document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
                foreach (var schema in document.Components?.Schemas?.Values ?? [])
                {
                    Describe(schema);
                }

                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// XML documentation turns a reference to a member into C# ("bool DiscussionOptions.LeaveOutGraphic"): say the
    /// JSON field instead ("leaveOutGraphic"), in every description of a schema and its properties.
    /// </summary>
    private static void Describe(IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        if (concrete.Description is { } description)
        {
            concrete.Description = MemberReference().Replace(description, m => $"`{char.ToLowerInvariant(m.Groups["member"].Value[0])}{m.Groups["member"].Value[1..]}`");
        }

        foreach (var property in concrete.Properties?.Values ?? [])
        {
            Describe(property);
        }
    }

    // "bool X.Y", "string? X.Y", "int X.Y", "IReadOnlyList<string>? X.Y": a type, then Type.Member.
    [GeneratedRegex(@"\b(?:[A-Za-z]\w*(?:(?:<|&lt;)[^\s]*?(?:>|&gt;))?\??\s+)?[A-Z]\w*\.(?<member>[A-Z]\w*)\b")]
    private static partial Regex MemberReference();

    /// <summary>Errors any endpoint under <c>/api</c> can give.</summary>
    public static RouteGroupBuilder WithApiErrors(this RouteGroupBuilder group) =>
        group.ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status500InternalServerError);

    /// <summary>Errors an endpoint that reads a JSON body can give.</summary>
    public static RouteHandlerBuilder WithBodyErrors(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
