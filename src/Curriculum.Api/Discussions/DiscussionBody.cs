using System.Text.Json.Serialization;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Api.Discussions;

/// <summary>A prompt template file sent inline: a name for messages, and its YAML text.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record TemplateFile(string? File, string? Text)
{
    /// <summary>Why the file cannot be checked at all (no text, too big), if so.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Text) ? "a template file needs its text."
        : System.Text.Encoding.UTF8.GetByteCount(Text) > TemplateLoader.MaxFileBytes ? $"a template file may hold at most {TemplateLoader.MaxFileBytes / 1024} KiB."
        : null;

    /// <summary>Named as the facilitator named it, without any folder, or by <paramref name="fallback"/>.</summary>
    public TemplateSource ToSource(string fallback) =>
        new(string.IsNullOrWhiteSpace(File) ? fallback : Path.GetFileName(File.Trim()), Text ?? "");
}

/// <summary>
/// The generator's input. Only <c>units</c> is required; no themes means any theme. Inline <c>templates</c> are laid
/// over the shipped prompt bank: a prompt with a shipped id replaces it.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public sealed record DiscussionBody(
    IReadOnlyList<string>? Units,
    IReadOnlyList<string>? Themes = null,
    string? Audience = DiscussionBody.DefaultAudience,
    int? Count = DiscussionBody.DefaultCount,
    int? Seed = DiscussionBody.DefaultSeed,
    DiscussionOptions? Options = null,
    IReadOnlyList<TemplateFile>? Templates = null)
{
    public const string DefaultAudience = "9-10";
    public const int DefaultCount = 6;
    public const int DefaultSeed = 1;

    public DiscussionRequest ToRequest() => new(
        Units ?? [],
        Themes ?? [],
        Audience ?? DefaultAudience,
        Count ?? DefaultCount,
        Seed ?? DefaultSeed,
        Options);

    /// <summary>What is wrong with the fields before the generator looks at them: missing units, empty or oversized templates.</summary>
    public Dictionary<string, string[]> Problems()
    {
        var problems = new Dictionary<string, string[]>();
        if (Units is null or { Count: 0 })
        {
            problems["units"] = ["'units' is required: name at least one unit id, e.g. [\"leonid-1\"] (GET /api/units lists them)."];
        }
        else if (Units.Any(string.IsNullOrWhiteSpace))
        {
            problems["units"] = ["'units' must not contain an empty id."];
        }

        var templates = Templates ?? [];
        if (templates.Count > TemplateLoader.MaxFilesPerFolder)
        {
            problems["templates"] = [$"'templates' holds {templates.Count} files; at most {TemplateLoader.MaxFilesPerFolder} are accepted."];
        }

        for (var i = 0; i < templates.Count; i++)
        {
            if ((templates[i] is null ? "a template file needs its text." : templates[i].Problem()) is { } why)
            {
                problems[$"templates[{i}].text"] = [why];
            }
        }

        return problems;
    }

    /// <summary>The inline files, named as the facilitator named them (or by their place in the list).</summary>
    public IReadOnlyList<TemplateSource> TemplateSources() =>
        [.. (Templates ?? []).Select((t, i) => t.ToSource($"templates[{i}]"))];
}
