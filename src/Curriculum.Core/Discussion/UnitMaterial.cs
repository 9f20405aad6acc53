using Curriculum.Core.Annotations;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Humanizer;

namespace Curriculum.Core.Discussion;

/// <summary>
/// One unit of a discussion set as the documents print it, decided once when the set is made: the reading line by
/// line (with what was left out), the unit's reviewed annotation, and the generator's notes that concern it. A
/// document is composed from this alone; it never goes back to the article or re-applies the rules.
/// </summary>
public sealed record UnitMaterial(
    string Unit,
    string Title,
    string? Heading,
    string? Soldier,
    int? Number,
    IReadOnlyList<ReadingLine> Reading,
    UnitAnnotation Annotation,
    IReadOnlyList<string> Notes)
{
    /// <summary>
    /// "Leonid · ONE: Kill if you don’t want to be killed" for a numbered unit, else the unit's title ("Meet Ivan"). The
    /// AP's section heading ends in a full stop; as a title it is set without it, as a headline would be (a question or
    /// exclamation mark stays: "Maxim · FOUR: The end?").
    /// </summary>
    public string DisplayTitle => Soldier is null || Heading is null ? Title : $"{Soldier} · {Heading.TrimEnd('.')}";

    public bool LeftOutLines => Reading.Any(r => r.LeftOut);

    /// <summary>Whether any line of the unit carries the tag (left-out lines included: the teacher still needs to know).</summary>
    public bool Touches(string tag) => Reading.Any(r => r.Tags.Contains(tag));
}

/// <summary>
/// One line of the reading: the seed's line number, whose voice it is, the speaker named as a teacher would
/// ("Ivan’s mother", "Olya, Ivan’s girlfriend (laughing)", "The AP, quoting Ivan’s mother in a later interview"; null for the AP's
/// narration), and the words verbatim. A line left out of this edition keeps its words here, but is not printed.
/// </summary>
public sealed record ReadingLine(string BlockId, int Line, BlockKind Kind, string? Speaker, string Words, bool LeftOut)
{
    /// <summary>The line's reviewed tags (<c>graphic</c>, <c>self-harm</c>, …), so the documents can fit their care notes to what the unit contains.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>For a paragraph of the AP's narration, what it is as a source, in order (<see cref="Annotations.BlockAnnotation.Source"/>).</summary>
    public IReadOnlyList<string> Source { get; init; } = [];
}

/// <summary>Where the words come from: the article's headline and the attribution printed on every page.</summary>
public sealed record ArticleSource(string Headline, string Attribution)
{
    /// <summary>The shorter attribution for each page's footer (<see cref="Course.PageAttribution"/>).</summary>
    public string PageAttribution { get; init; } = Attribution;
}

/// <summary>Builds the per-unit material of a set; called once by the generator.</summary>
public static class UnitMaterials
{
    public static ArticleSource SourceOf(Course course) => new(course.Article.Headline.Text, Course.Attribution) { PageAttribution = Course.PageAttribution };

    /// <summary>The material of each unit; <paramref name="setNotes"/> are the generator's notes about the whole set, to which each unit adds the note on its own left-out lines.</summary>
    public static IReadOnlyList<UnitMaterial> Build(Course course, IReadOnlyList<LessonUnit> units, bool leaveOutGraphic, string audience, IReadOnlyList<string> setNotes) =>
        [.. units.Select(unit =>
        {
            var reading = unit.ArticleBlocks
                .Select(b => Line(b, leaveOutGraphic && course.Annotations.For(b).Has("graphic")) with { Tags = course.Annotations.For(b).Tags, Source = course.Annotations.For(b).Source })
                .ToList();
            var left = reading.Where(r => r.LeftOut).ToList();
            var notes = left.Count == 0
                ? setNotes
                : [.. setNotes, $"Left out {"line".ToQuantity(left.Count)} tagged graphic {(audience == Taxonomy.YoungestAudience ? "for grades 6–8" : "as asked")}: {string.Join(", ", left.Select(r => $"{r.BlockId} (line {r.Line})"))}."];
            return new UnitMaterial(unit.Id, unit.Title, unit.Heading, unit.Profile?.Name, unit.Number, reading, course.Annotations.For(unit), notes);
        })];

    /// <summary>
    /// Who speaks in a paragraph from the AP's later interviews. These paragraphs are the AP's sentences quoting the
    /// interview ("…,” she told the AP…"), so the label names the AP's voice, quoting: made here only, for every document.
    /// </summary>
    public static string InterviewLabel(string? speaker) =>
        speaker is null ? "The AP, quoting a later interview" : $"The AP, quoting {speaker} in a later interview";

    /// <summary>A call's label becomes the speaker's name (with its stage direction, unless the words already carry it); its spoken words stay verbatim.</summary>
    public static ReadingLine Line(Block block, bool leftOut)
    {
        var speaker = block.Kind switch
        {
            BlockKind.Call => block.Direction is null || (block.Spoken ?? "").Contains($"({block.Direction})", StringComparison.Ordinal)
                ? DiscussionGenerator.SpeakerName(block)
                : $"{DiscussionGenerator.SpeakerName(block)} ({block.Direction})",
            BlockKind.Interview => InterviewLabel(block.Speaker?.Name),
            _ => null,
        };
        var words = block.Kind == BlockKind.Call && block.Spoken is { } spoken ? spoken : block.Text;
        return new ReadingLine(block.Id, block.Line, block.Kind, speaker, words, leftOut);
    }
}
