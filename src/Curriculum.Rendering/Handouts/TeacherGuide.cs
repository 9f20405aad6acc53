using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// What the teacher prepares from: the agenda first, then the unit at a glance, the advisory and care notes fitted to
/// the unit, objectives with the prompt or task that serves each, each prompt with its ideas named in words and what a
/// strong answer notices, and the claim–evidence–reasoning task with its rubric and a model answer.
/// </summary>
public static class TeacherGuide
{
    public const string Name = "Teacher guide";

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options) => new(
        Parts.Info(lessons, Name),
        Parts.Setup(options, Name, lessons.Source),
        [.. lessons.Units.SelectMany(l => new[] { Section(l, lessons.Audience), OptOutSheet(l) })]);

    private static Section Section(UnitLesson lesson, string audience)
    {
        var notes = lesson.Material.Annotation;
        var blocks = new List<Block>
        {
            new Paragraph("Teacher guide · not for students", ParagraphRole.Kicker),
            new Heading(1, lesson.DisplayTitle),
            new Heading(2, "Agenda"),
            new Paragraph([new Run("Guiding question (post it at the start, return to it at the end): ", RunStyle.Strong), new Run(LessonPlan.GuidingQuestion)]),
            LessonPlan.AgendaTable(lesson),
            AtAGlance(lesson, audience),
            Parts.Advisory(notes.Advisory, forTeacher: true),
            // Short teacher notes are read whole: the blind reviews marked a summary and a model answer broken mid-sentence
            // across pages.
            new KeepTogether([new Heading(2, "What happens in this unit"), new Paragraph(notes.Summary)]),
        };

        var objectives = LessonPlan.Objectives(lesson);
        if (objectives.Count > 0)
        {
            blocks.Add(new Heading(2, "Objectives"));
            blocks.Add(new ListBlock(false, [.. objectives.Select(o => new ListItem(
                [new Run(o.Objective), new Run(o.ServedBy is null ? " (no prompt of this set serves it: use the claim task or add a prompt)" : $" Served by {o.ServedBy}.", RunStyle.Emphasis)],
                []))]));
        }

        if (notes.Context.Count > 0)
        {
            Block[] context = [new Heading(2, "Context notes, as students have them"), .. Parts.ContextNotes(notes.Context)];
            blocks.AddRange(notes.Context.Count <= Parts.NotesKeptTogether ? [new KeepTogether(context)] : context);
        }

        // Where the unit sits in the war: the calls are undated, and a teacher needs the order of events to place them.
        // A short table is read whole: kept on one page where it fits (blind reviews 27a, 27b). After the context notes,
        // which fill the page the objectives leave (kept before them, it left half that page empty: blind review 45).
        blocks.Add(new KeepTogether([new Heading(2, "Timeline"), LessonPlan.TimelineTable(lesson)]));

        // The heading, the announcement and the norms stay on one page (blind reviews 31a, 31b found the heading at a
        // page's foot and its boxes over the page); the other boxes follow.
        var care = Parts.Care(lesson.Material.LeftOutLines, lesson).ToList();
        blocks.Add(new KeepTogether([new Heading(2, "Handling the material with care"), .. care.Take(2)]));
        blocks.AddRange(care.Skip(2));

        blocks.Add(new Heading(2, "What students read at each step"));
        blocks.Add(new Paragraph([new Run("Journal (private). ", RunStyle.Strong), new Run(LessonPlan.Journal(notes))]));
        blocks.Add(new Paragraph([new Run("Purpose for the reading. ", RunStyle.Strong), new Run(LessonPlan.Purpose(notes))]));
        // The ticket and what to look for in it are read together (blind review 46a found them split across pages).
        Block ticket = new Paragraph([new Run("Exit ticket (on the student handout). ", RunStyle.Strong), new Run(LessonPlan.ExitTicket(notes)), new Run(" A student who took the other task answers the ticket at the end of the opt-out sheet instead, about that task.", RunStyle.Emphasis)]);
        blocks.Add(LessonPlan.ExitLookFor(notes) is { } lookFor
            ? new KeepTogether([ticket, new Paragraph([new Run("Look for: ", RunStyle.Strong), new Run(lookFor)])])
            : ticket);

        if (LessonPlan.SourcingKey(lesson) is { } key)
        {
            // Not kept together: a table may break between its rows, and a word processor that pushed the whole group
            // to the next page would leave most of a page empty.
            // The heading leads straight into the table (a note between them left the heading alone at a page's foot).
            blocks.Add(new Heading(2, "The sourcing organizer, filled in"));
            blocks.Add(key);
            blocks.Add(new Paragraph("One good answer for each line the students’ organizer names; accept any other the article supports.", ParagraphRole.Note));
        }

        blocks.Add(new Heading(2, "The prompts, and what to listen for"));
        blocks.Add(new ListBlock(true, [.. lesson.Prompts.Select(Prompt)]));

        if (notes.Anticipate.Count > 0)
        {
            // Harmful or mistaken reasoning a teacher should expect in this unit, and a way to answer it.
            blocks.Add(new Heading(2, "If students say…"));
            blocks.Add(new ListBlock(false, [.. notes.Anticipate.Select(a => new ListItem(
                [new Run("A student says: ", RunStyle.Emphasis), new Run(a.Student, RunStyle.Strong)],
                [new Paragraph([new Run("You might answer: ", RunStyle.Emphasis), new Run(a.Response)])]))]));
        }

        blocks.Add(new Heading(2, "Claim, evidence, reasoning"));
        blocks.Add(new KeepTogether([new Paragraph([new Run("The task. ", RunStyle.Strong), new Run(LessonPlan.ClaimQuestion(notes))]), LessonPlan.Rubric(lesson)]));
        blocks.Add(notes.Arc.Claim is { } claim
            ? new KeepTogether([new Paragraph([new Run("A model answer (level 4). ", RunStyle.Strong), new Run(claim.ModelAnswer)])])
            : new Paragraph("This unit has no reviewed model answer yet: write one before class with two quotations from the unit, and read it against the rubric.", ParagraphRole.Note));

        if (lesson.Material.Notes.Count > 0)
        {
            blocks.Add(new Heading(2, "Notes on this set of prompts"));
            blocks.Add(ListBlock.Bullets(lesson.Material.Notes));
        }

        // The note itself is on the student handout and on the opt-out sheet at the end of this guide: printed a third
        // time here it made the guide longer without telling the teacher anything new (blind reviews 44 and 45).
        // The challenge the note itself invites, answered where the teacher reads of the note (blind review 16), and kept
        // with its heading (blind review 46a found it alone on a page).
        blocks.Add(new KeepTogether(
        [
            new Heading(2, CareNotes.SourceTitle),
            new Paragraph("The note is on the student handout, after the context notes, and on the opt-out sheet at the end of this guide. It says who obtained and verified the calls, what such checks can and cannot show, that the calls were edited and are read in translation, and what the AP cannot know of the men’s own actions."),
            new Paragraph([new Run("If a student says: ", RunStyle.Emphasis), new Run(CareNotes.CallsAreFake.Student, RunStyle.Strong), new Run(" You might answer: ", RunStyle.Emphasis), new Run(CareNotes.CallsAreFake.Response)]),
        ]));
        return new Section(lesson.Id, lesson.DisplayTitle, lesson.DisplayTitle, blocks);
    }

    /// <summary>
    /// The page a student who opts out works from, on a page of its own to copy: the unit's opt-out task, the note on how
    /// the AP obtained and checked the calls, the unit's context notes that quote nothing, room to write, and the task's
    /// own rubric. It prints no line of the article, so it is free of the unit's graphic material by construction, and no
    /// context note marked hard (killing, death, wounding, harm).
    /// </summary>
    private static Section OptOutSheet(UnitLesson lesson)
    {
        var notes = lesson.Material.Annotation;
        var context = SheetNotes(lesson);
        List<Block> blocks =
        [
            new Paragraph($"Opt-out sheet · {Parts.ShortTitle(lesson)}", ParagraphRole.Kicker),
            new Heading(1, "The other task"),
            FormFields.NameClassDate,
            new Heading(2, "Your task"),
            new Paragraph(SheetTask(lesson)),
            Parts.SourceBox(),
        ];
        if (context.Count > 0)
        {
            Block[] notesBlock = [new Heading(2, "Context"), .. Parts.ContextNotes(context)];
            blocks.AddRange(context.Count <= Parts.NotesKeptTogether ? [new KeepTogether(notesBlock)] : notesBlock);
        }

        blocks.Add(new KeepTogether([new Heading(2, "How this task is marked"), LessonPlan.OptOutRubric]));
        // Kept whole: split, the last lines fell on a page of their own that held nothing else (blind review 12).
        blocks.Add(new KeepTogether(
        [
            new Heading(2, "Your answer"),
            new Paragraph("Write a page: use these lines and the lined page that follows.", ParagraphRole.Note),
            // Twelve lines fit under the rubric on its page in every unit's sheet; fifteen pushed them to a page of their own.
            new WritingSpace(12),
        ]));
        // The page the task asks for, printed: "go on over the page" sent the student to a blank back (blind review 27b).
        // A note, not a heading: the lined page continues the answer's section rather than opening one of its own.
        blocks.Add(new KeepTogether([new Paragraph("Your answer, continued.", ParagraphRole.Note), new WritingSpace(OptOutPageLines)]));
        // The student rejoins the class for the close with a ticket of their own, about the task they did.
        blocks.Add(new KeepTogether([new Heading(2, "Exit ticket"), new Paragraph(LessonPlan.OptOutExitTicket), new WritingSpace(4)]));
        return new Section($"{lesson.Id}-opt-out", Parts.ShortTitle(lesson), $"Opt-out sheet: {Parts.ShortTitle(lesson)}", blocks) { HeaderLeft = "The other task" };
    }

    /// <summary>Writing lines on the opt-out sheet's own lined page: as many as fit, with the exit ticket under them, in large print too.</summary>
    internal const int OptOutPageLines = 10;


    /// <summary>The unit's context notes the opt-out sheet prints: none marked hard, none quoting the article.</summary>
    public static IReadOnlyList<Core.Annotations.ContextNote> SheetNotes(UnitLesson lesson) =>
        QuoteFree(lesson.Material.Annotation.Context.Where(n => !n.Hard));

    /// <summary>The opt-out task as the sheet prints it, and as the guide quotes it: the same words in both places.</summary>
    public static string SheetTask(UnitLesson lesson) =>
        SheetNotes(lesson).Count > 0 ? LessonPlan.OptOut(lesson.Material.Annotation) : WithoutContextNotes(LessonPlan.OptOut(lesson.Material.Annotation));

    /// <summary>
    /// The task as it reads on a sheet that prints no context notes (a unit whose notes all quote the article or tell of
    /// harm): it does not send the student to notes the sheet lacks (blind review 19, Leonid FOUR).
    /// </summary>
    public static string WithoutContextNotes(string task) =>
        task.Replace("the note About these calls, the context notes on this sheet and what you already know", "the note About these calls and what you already know", StringComparison.Ordinal);

    /// <summary>
    /// Context notes that quote no words of the article: the reviewed notes put a quotation in curly double quotes, or
    /// in single ones inside a title (‘never saw such hell’); an apostrophe is always the closing ’, never the opening ‘.
    /// </summary>
    public static IReadOnlyList<Core.Annotations.ContextNote> QuoteFree(IEnumerable<Core.Annotations.ContextNote> notes) =>
        [.. notes.Where(n => !$"{n.Title} {n.Note}".Any(c => c is '“' or '‘'))];

    /// <summary>Time, audience, themes and standards at a glance: one row under its labels.</summary>
    private static Table AtAGlance(UnitLesson lesson, string audience)
    {
        var notes = lesson.Material.Annotation;
        return new Table(
            [new TableColumn("Time"), new TableColumn("Audience", 1.4), new TableColumn("Themes", 2), new TableColumn("Standards", 2)],
            [[
                new TableCell(Wording.Minutes(notes.Minutes)),
                new TableCell(Parts.Label(Taxonomy.Audiences, audience)),
                // The themes this lesson's prompts take up, not every theme the unit could serve.
                new TableCell(string.Join(", ", lesson.Prompts.Count > 0 ? lesson.Prompts.Select(p => p.Theme).Distinct() : notes.Themes.Select(t => Parts.Label(Taxonomy.Themes, t)))),
                // A code never breaks at its own hyphens ("C3 D2.His.4.9-" / "12"): they are non-breaking.
                new TableCell(notes.Standards.Count > 0 ? string.Join(", ", notes.Standards) : "—"),
            ]]);
    }

    /// <summary>A prompt as a teacher reads it: its idea, Bloom level and kind of question in words, the line it points at, what a strong answer notices, and the starters.</summary>
    private static ListItem Prompt(HandoutPrompt prompt)
    {
        // The narrower theme stands beside the broad one ("Propaganda (what the soldiers were told vs. what they found)"): a
        // blind reviewer read a bare "Propaganda" on a commander's warning as calling the warning propaganda, when the
        // prompt sets it beside the promise the soldiers had been given.
        var theme = prompt.Topic is { } topic ? $"{prompt.Theme} ({Wording.InASentence(topic)})" : prompt.Theme;
        var more = new List<Block>
        {
            new Paragraph([new Run($"{prompt.Framework} · Bloom: {prompt.Level} · Socratic: {prompt.QuestionType} · Theme: {theme}", RunStyle.Strong)], ParagraphRole.Note),
        };
        if (prompt.ExcerptReference is not null)
        {
            more.Add(new Paragraph(prompt.PairReference is null ? $"It points at {prompt.ExcerptReference}." : $"It points at {prompt.ExcerptReference} and {prompt.PairReference}.", ParagraphRole.Note));
        }

        if (prompt.LookFors.Count > 0)
        {
            more.Add(new Paragraph([new Run("A strong answer notices", RunStyle.Strong)]));
            more.Add(ListBlock.Bullets(prompt.LookFors));
        }

        if (prompt.Starters.Count > 0)
        {
            more.Add(new Paragraph("Sentence starters: " + string.Join("  /  ", prompt.Starters), ParagraphRole.Starter));
        }

        // A prompt and what to listen for read as one: never split across pages when they fit on one.
        return new ListItem([new Run(prompt.Text)], more, KeepTogether: true);
    }
}
