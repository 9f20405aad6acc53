using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Curriculum.Core.Content;

/// <summary>The wire shape of units and blocks, shared by <c>units --json</c>, <c>show --json</c> and the HTTP API.</summary>
public static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keep curly quotes and dashes readable: the excerpts are the point.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static UnitJson ToJson(this LessonUnit unit, Course course)
    {
        var notes = course.AnnotationFor(unit);
        return new UnitJson(
            unit.Id,
            unit.Kind == UnitKind.Section ? "section" : "framing",
            unit.Profile?.Id,
            unit.Number,
            unit.Title,
            unit.Heading,
            unit.TitleLine,
            unit.Words,
            new AdvisoryJson(notes.Advisory.Level, notes.Advisory.Reasons),
            notes.Themes,
            notes.Minutes,
            [.. unit.Blocks.Select(b => b.ToJson())]);
    }

    public static BlockJson ToJson(this Block block) => new(
        block.Id,
        KindName(block.Kind),
        block.Speaker?.Name,
        block.Speaker?.Label,
        block.Direction,
        block.Text,
        block.Line,
        [.. block.Quotes.Select(q => new QuoteJson(q.Speaker.Name, q.Text, q.Start))]);

    public static string KindName(BlockKind kind) => kind.ToString().ToLowerInvariant();
}

public sealed record UnitJson(
    string Id,
    string Kind,
    string? Profile,
    int? Number,
    string Title,
    string? Heading,
    int Line,
    int Words,
    AdvisoryJson Advisory,
    IReadOnlyList<string> Themes,
    int Minutes,
    IReadOnlyList<BlockJson> Blocks);

public sealed record AdvisoryJson(string Level, IReadOnlyList<string> Reasons);

public sealed record BlockJson(
    string Id,
    string Kind,
    string? Speaker,
    string? SpeakerLabel,
    string? Direction,
    string Text,
    int Line,
    IReadOnlyList<QuoteJson> Quotes);

/// <summary>
/// Words in curly double quotes within a block: whose they are (in narration, the speaker's words as the AP reports
/// them), the words between the marks, and where they start in the block's text (a character offset).
/// </summary>
public sealed record QuoteJson(string Speaker, string Text, int Start);
