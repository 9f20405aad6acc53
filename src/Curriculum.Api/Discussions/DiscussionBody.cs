using System.Text.Json;
using System.Text.Json.Serialization;
using Curriculum.Api.Hosting;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;

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

    public static readonly IReadOnlyList<string> Fields = ["file", "text"];

    /// <summary>A template file object at <paramref name="path"/>; every field of the wrong kind is recorded.</summary>
    internal static TemplateFile? Read(RequestJson json, JsonElement value, string path)
    {
        var what = path == RequestJson.Body ? "a template file" : "a template file (an object)";
        if (json.Object(value, path, what, Fields) is not { } fields)
        {
            return null;
        }

        return new TemplateFile(json.String(fields, "file", path), json.String(fields, "text", path));
    }

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
    /// <summary>The count when none is given, for the default audience (grades 6–8 get <see cref="Taxonomy.DefaultPromptCount"/>'s shorter set).</summary>
    public const int DefaultCount = 4;
    public const int DefaultSeed = 1;

    public static readonly IReadOnlyList<string> Fields = ["units", "themes", "audience", "count", "seed", "options", "templates"];

    private static readonly IReadOnlyList<string> OptionFields = ["leaveOutGraphic", "minLevels", "levels"];

    /// <summary>The discussion fields of a body's top-level object, read leniently: each one of the wrong kind is recorded and read as not given.</summary>
    internal static DiscussionBody Read(RequestJson json, IReadOnlyDictionary<string, JsonElement> fields)
    {
        const string Top = RequestJson.Body;
        DiscussionOptions? options = null;
        if (RequestJson.Field(fields, "options") is { } o && json.Object(o, "options", "an object", OptionFields) is { } of)
        {
            options = new DiscussionOptions(
                json.Boolean(of, "leaveOutGraphic", "options") ?? false,
                json.Whole(of, "minLevels", "options") ?? 0,
                json.Strings(of, "levels", "options"));
        }

        List<TemplateFile>? templates = null;
        if (RequestJson.Field(fields, "templates") is { } t)
        {
            if (t.ValueKind != JsonValueKind.Array)
            {
                json.Error("templates", "must be an array of template files ({ \"file\": …, \"text\": … })", $" (it is {RequestJson.KindOf(t)})");
            }
            else
            {
                templates = [];
                var i = 0;
                foreach (var item in t.EnumerateArray())
                {
                    // A placeholder keeps the indexes of the rest; its own error is already recorded.
                    templates.Add(TemplateFile.Read(json, item, $"templates[{i}]") ?? new TemplateFile(null, null));
                    i++;
                }
            }
        }

        var audience = json.String(fields, "audience", Top) ?? DefaultAudience;
        return new DiscussionBody(
            json.Strings(fields, "units", Top),
            json.Strings(fields, "themes", Top),
            audience,
            json.Whole(fields, "count", Top) ?? Taxonomy.DefaultPromptCount(audience),
            json.Whole(fields, "seed", Top) ?? DefaultSeed,
            options,
            templates);
    }

    /// <summary>
    /// Every value the kit does not know, all at once (the generator stops at the first): themes, audience, count,
    /// levels, and the body's own problems. Fields that already had the wrong kind are not judged again. Unknown units
    /// are named here only beside other errors; alone they are a 404.
    /// </summary>
    internal void Validate(RequestJson json, Course course)
    {
        foreach (var (field, why) in Problems().Where(p => !json.HasErrorAround(p.Key)))
        {
            foreach (var message in why)
            {
                json.Add(field, message);
            }
        }

        var themeIds = Taxonomy.Themes.Select(t => t.Id).ToList();
        foreach (var theme in (Themes ?? []).Where(t => !themeIds.Contains(t)).Distinct())
        {
            json.Add("themes", $"'themes': unknown theme '{Short(theme)}'; themes are: {string.Join(", ", Taxonomy.Nearest(themeIds, theme))}.");
        }

        var audienceIds = Taxonomy.Audiences.Select(a => a.Id).ToList();
        if (Audience is not null && !audienceIds.Contains(Audience))
        {
            json.Add("audience", $"'audience': unknown audience '{Short(Audience)}'; audiences are: {string.Join(", ", Taxonomy.Nearest(audienceIds, Audience))}.");
        }

        if (Count is < 1 or > DiscussionGenerator.MaxCount)
        {
            json.Add("count", $"'count': count must be between 1 and {DiscussionGenerator.MaxCount}, not {Count}.");
        }

        var levelIds = Taxonomy.Levels.Select(l => l.Id).ToList();
        foreach (var level in (Options?.Levels ?? []).Where(l => !levelIds.Contains(l)).Distinct())
        {
            json.Add("options.levels", $"'options.levels': unknown level '{Short(level)}'; levels are: {string.Join(", ", Taxonomy.Nearest(levelIds, level))}.");
        }

        if (Options?.MinLevels is < 0 or > 6)
        {
            json.Add("options.minLevels", $"'options.minLevels': minLevels must be between 0 and 6 (Bloom has six levels), not {Options.MinLevels}.");
        }

        if (json.HasErrors && !json.HasErrorUnder("units"))
        {
            foreach (var unit in (Units ?? []).Where(u => !string.IsNullOrWhiteSpace(u) && course.Article.FindUnit(u) is null).Distinct())
            {
                json.Add("units", $"'units': unknown unit '{Short(unit)}'; units are: {string.Join(", ", Taxonomy.Nearest(course.Article.UnitIds, unit))}.");
            }
        }
    }

    private static string Short(string value) => value.Length <= 40 ? value : value[..37] + "...";

    public DiscussionRequest ToRequest() => new(
        Units ?? [],
        Themes ?? [],
        Audience ?? DefaultAudience,
        Count ?? Taxonomy.DefaultPromptCount(Audience),
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
