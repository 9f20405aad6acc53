using Curriculum.Core.Annotations;
using BlockKind = Curriculum.Core.Content.BlockKind;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>The pieces the four documents share, as blocks of the document model.</summary>
internal static class Parts
{
    public const string LeftOutLine = "[A line describing violence is left out of this edition.]";

    /// <summary>The unit's content advisory: its level and why, and what the reader may do.</summary>
    public static Callout Advisory(Advisory advisory, bool forTeacher)
    {
        var level = Taxonomy.Find(Taxonomy.AdvisoryLevels, advisory.Level)!;
        var reasons = advisory.Reasons.Count > 0 ? string.Join(" ", advisory.Reasons) : level.Description;
        return new Callout(CalloutKind.Advisory, $"Content advisory: {level.Label.ToLowerInvariant()}",
        [
            new Paragraph(reasons),
            new Paragraph([new Run(forTeacher
                ? "Announce this ahead of the lesson; offer the opt-out task; let students step out."
                : "You may step out at any time, and you may ask your teacher for the alternative task.", RunStyle.Emphasis)]),
        ]);
    }

    /// <summary>The reading: each line verbatim as a quotation in its voice; a line left out is said to be left out.</summary>
    public static IEnumerable<Block> Reading(IReadOnlyList<ReadingLine> lines) => lines.Select(line => line.LeftOut
        ? (Block)new Paragraph([new Run(LeftOutLine, RunStyle.Emphasis)], ParagraphRole.Note)
        : new Quotation(line.Speaker, line.Words, line.Line, VoiceOf(line.Kind)));

    public static Voice VoiceOf(BlockKind kind) => kind switch
    {
        BlockKind.Call => Voice.Call,
        BlockKind.Interview => Voice.Interview,
        _ => Voice.Narration,
    };

    /// <summary>"term — definition", the term set strong.</summary>
    public static ListBlock Vocabulary(IEnumerable<VocabularyEntry> entries) =>
        new(false, [.. entries.Select(e => new ListItem([new Run(e.Term, RunStyle.Strong), new Run(" — " + e.Definition)], []))]);

    public static IEnumerable<Block> ContextNotes(IEnumerable<ContextNote> notes) =>
        notes.Select(n => new Paragraph([new Run(n.Title + ". ", RunStyle.Strong), new Run(n.Note)]));

    /// <summary>Discussion norms, the opt-out task, students with ties to Ukraine or Russia, and what was left out.</summary>
    public static IEnumerable<Block> Care(bool leftOutLines)
    {
        yield return new Paragraph(CareNotes.BeforeTheLesson);
        yield return new Callout(CalloutKind.Note, "Discussion norms (build them with the class as a contract)", [ListBlock.Bullets(CareNotes.DiscussionNorms)]);
        yield return new Callout(CalloutKind.Note, "Opt-out alternative", [new Paragraph(CareNotes.OptOut)]);
        yield return new Callout(CalloutKind.Note, "Students with ties to Ukraine or Russia", [ListBlock.Bullets(CareNotes.TiesToUkraineOrRussia)]);
        if (leftOutLines)
        {
            yield return new Callout(CalloutKind.Note, "Left out of this edition", [new Paragraph(CareNotes.LeftOutForYoungerStudents)]);
        }

        yield return new Paragraph(CareNotes.AfterTheLesson);
    }

    public static string Label(IReadOnlyList<Term> terms, string id) => Taxonomy.Find(terms, id)?.Label ?? id;

    /// <summary>The frame every document shares: its paper and edition, the kind of document in the header, the source in the footer.</summary>
    public static PageSetup Setup(HandoutOptions options, string documentName, ArticleSource source) =>
        new(options.Paper, options.Edition, documentName, source.Attribution);

    public const string Author = "Curriculum (excerpts: The Associated Press)";

    /// <summary>What a document of units says about itself: its kind and units in the title, the units and themes as keywords.</summary>
    public static DocumentInfo Info(HandoutLessons lessons, string kind) => new(
        Title: $"{kind}: {string.Join("; ", lessons.Units.Select(l => l.DisplayTitle))}",
        Subject: $"{Wording.Noun("Lesson unit", lessons.Units.Count)} {string.Join(", ", lessons.Units.Select(l => l.Id))} from the AP investigation “{lessons.Source.Headline}”",
        Keywords: string.Join(", ", new[] { "propaganda", "moral dissonance" }.Concat(lessons.Units.Select(l => l.Id)).Concat(lessons.Units.SelectMany(l => l.Material.Annotation.Themes)).Distinct()),
        Author: Author);
}
