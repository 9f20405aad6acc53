using Curriculum.Core.Annotations;
using BlockKind = Curriculum.Core.Content.BlockKind;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>The pieces the four documents share, as blocks of the document model.</summary>
internal static class Parts
{
    /// <summary>
    /// A unit's short title: the soldier and the section's number ("Leonid · ONE"), without the AP's heading, which can be
    /// the very material a student opted out of ("Kill if you don’t want to be killed": blind review 19). The opt-out
    /// sheet's title, and the student handout's running header (blind review 46b: a harsh heading on every page).
    /// </summary>
    public static string ShortTitle(UnitLesson lesson) =>
        lesson.Material is { Soldier: { } soldier, Heading: { } heading } && heading.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            ? $"{soldier} · {heading[..colon]}"
            : lesson.DisplayTitle;

    /// <summary>Context notes up to this many are kept on one page, with their heading, where they fit.</summary>
    public const int NotesKeptTogether = 4;

    public const string LeftOutLine = "[A line describing violence is left out of this edition.]";

    /// <summary>
    /// The unit's content advisory: its level and what the unit contains, and what the reader may do. The student's
    /// speaks to the student; the teacher's says what to announce.
    /// </summary>
    public static Callout Advisory(Advisory advisory, bool forTeacher)
    {
        var level = Taxonomy.Find(Taxonomy.AdvisoryLevels, advisory.Level)!;
        var reasons = advisory.Reasons.Count > 0 ? string.Join(" ", advisory.Reasons) : level.Description;
        return new Callout(CalloutKind.Advisory, $"Content advisory: {level.Label.ToLowerInvariant()}",
        forTeacher
            ?
            [
                new Paragraph(reasons),
                new Paragraph([new Run("Announce this ahead of the lesson; offer the opt-out task; let students step out.", RunStyle.Strong)]),
            ]
            :
            [
                new Paragraph("What this part of the article contains: " + reasons),
                new Paragraph([new Run("You may step out at any time without saying why, and you may ask your teacher for the other task, which is worth the same. If something here stays with you, talk to your teacher or the school counselor.", RunStyle.Strong)]),
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
        notes.Select(n => (Block)new KeepTogether([new Paragraph([new Run(n.Title + ". ", RunStyle.Strong), new Run(n.Note)])]));

    /// <summary>How the AP obtained and checked the calls and what it cannot know, boxed in body type: every reading rests on it.</summary>
    public static Callout SourceBox() =>
        new(CalloutKind.Note, CareNotes.SourceTitle, [.. CareNotes.SourceNote.Select(p => new Paragraph(p))]);

    /// <summary>
    /// What to announce, the discussion norms, the unit's opt-out task, students with ties to Ukraine or Russia, grief
    /// and self-harm where the unit touches them, and what was left out. <paramref name="lesson"/> is null for a
    /// document of several units (the packet), which gives the notes for the whole article.
    /// </summary>
    public static IEnumerable<Block> Care(bool leftOutLines, UnitLesson? lesson = null)
    {
        var notes = lesson?.Material.Annotation;
        yield return new Paragraph(CareNotes.Announce(notes?.Advisory.Reasons));
        yield return new Callout(CalloutKind.Note, "Discussion norms (build them with the class as a contract)", [ListBlock.Bullets(CareNotes.DiscussionNorms)]);
        yield return new Callout(CalloutKind.Note, "Opt-out task (of equal worth)", lesson is null
            ? [new Paragraph(LessonPlan.DefaultOptOut)]
            :
            [
                // The guide quotes the task as the sheet prints it, and says only what the sheet holds (blind reviews 20–25
                // found the guide promising context notes a sheet did not print).
                new Paragraph(TeacherGuide.SheetTask(lesson)),
                new Paragraph($"Copy the opt-out sheet at the end of this unit’s guide for the student: it holds this task, the note on how the AP obtained and checked the calls{(TeacherGuide.SheetNotes(lesson).Count > 0 ? ", the context notes that describe no act of violence and quote nothing" : "")}, room to write and the task’s own rubric. It prints no line of the reading. Let the student choose ahead where to work while the class reads and discusses: a quiet seat in the room, or, if they ask, a library or a colleague’s room with an adult who knows; they rejoin for the close.", ParagraphRole.Note),
            ]);
        var ties = CareNotes.TiesToUkraineOrRussia(lesson?.Material.Reading.Where(r => !r.LeftOut).Select(r => r.Words));
        yield return new Callout(CalloutKind.Note, "Students with ties to Ukraine or Russia", [ListBlock.Bullets(ties)]);
        if (notes?.Arc.Grief is { } grief)
        {
            yield return new Callout(CalloutKind.Note, "Grief", [new Paragraph(grief)]);
        }

        if (lesson?.Material.Touches("self-harm") == true)
        {
            yield return new Callout(CalloutKind.Note, "Self-harm: responding with care", [ListBlock.Bullets(CareNotes.SelfHarm)]);
        }

        if (leftOutLines)
        {
            yield return new Callout(CalloutKind.Note, "Left out of this edition", [new Paragraph(CareNotes.LeftOutForYoungerStudents)]);
        }

        yield return new Paragraph(CareNotes.AfterTheLesson);
    }

    public static string Label(IReadOnlyList<Term> terms, string id) => Taxonomy.Find(terms, id)?.Label ?? id;

    /// <summary>The frame every document shares: its paper and edition, the kind of document in the header, the source in the footer.</summary>
    public static PageSetup Setup(HandoutOptions options, string documentName, ArticleSource source) =>
        new(options.Paper, options.Edition, documentName, source.PageAttribution);

    public const string Author = "Curriculum (excerpts: The Associated Press)";

    /// <summary>What a document of units says about itself: its kind and units in the title, the units and themes as keywords.</summary>
    public static DocumentInfo Info(HandoutLessons lessons, string kind) => new(
        Title: $"{kind}: {string.Join("; ", lessons.Units.Select(l => l.DisplayTitle))}",
        Subject: $"{Wording.Noun("Lesson unit", lessons.Units.Count)} {string.Join(", ", lessons.Units.Select(l => l.Id))} from the AP investigation “{lessons.Source.Headline}”",
        Keywords: string.Join(", ", new[] { "propaganda", "moral dissonance" }.Concat(lessons.Units.Select(l => l.Id)).Concat(lessons.Units.SelectMany(l => l.Material.Annotation.Themes)).Distinct()),
        Author: Author);
}
