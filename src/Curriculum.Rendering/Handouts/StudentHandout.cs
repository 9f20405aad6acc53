using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// What a student works from, as a lesson: the guiding question, a private journal, the reading with its purpose and
/// words to know, the questions with room to write, the tools (a chart of ideas, a sourcing organizer), an exit ticket,
/// and the guiding question again. It prints no framework ids, Bloom or Socratic labels and no machine reasons.
/// </summary>
public static class StudentHandout
{
    public const string Name = "Student handout";

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options) => new(
        Parts.Info(lessons, Name),
        Parts.Setup(options, Name, lessons.Source),
        [.. lessons.Units.Select(Section)]);

    private static Section Section(UnitLesson lesson)
    {
        var notes = lesson.Material.Annotation;
        List<Block> blocks =
        [
            new Paragraph("“Never saw such hell”: intercepted calls of Russian soldiers in Ukraine", ParagraphRole.Kicker),
            new Heading(1, lesson.DisplayTitle),
            FormFields.NameClassDate,
            GuidingQuestion("The question we are asking"),
            Parts.Advisory(notes.Advisory, forTeacher: false),
            new Heading(2, "Before you read"),
            new KeepTogether(
            [
                new Paragraph([new Run("Journal. ", RunStyle.Strong), new Run(LessonPlan.Journal(notes))]),
                new WritingSpace(4),
            ]),
            new Paragraph(notes.Summary),
            .. Parts.ContextNotes(notes.Context),
            new Paragraph([new Run("About these calls. ", RunStyle.Strong), new Run(CareNotes.SourceNote)], ParagraphRole.Note),
            new Heading(2, "The reading"),
            new Paragraph([new Run("As you read: ", RunStyle.Strong), new Run(LessonPlan.Purpose(notes))]),
            new Paragraph("Numbers in the margin are line numbers in the article. Speakers are named as the AP identifies them.", ParagraphRole.Note),
            .. Parts.Reading(lesson.Material.Reading),
        ];

        if (notes.Vocabulary.Count > 0)
        {
            blocks.Add(new Heading(2, "Words to know"));
            blocks.Add(Parts.Vocabulary(notes.Vocabulary));
        }

        blocks.Add(new Heading(2, "Questions"));
        blocks.Add(new ListBlock(true, [.. lesson.Prompts.Select(Prompt)]));

        // Each tool's note stays on the page with its table, and the heading with the first tool.
        blocks.Add(new Heading(2, "Tools"));
        if (LessonPlan.Chart(lesson) is { } chart)
        {
            blocks.Add(new KeepTogether([new Paragraph("Ideas the questions use, with an example of each from the article. An idea is a claim about the words: check it against the line.", ParagraphRole.Note), chart]));
        }

        blocks.Add(new KeepTogether([new Paragraph("Sourcing: for each line, who said it, to whom, and when; what could the speaker know; and what would confirm or challenge it.", ParagraphRole.Note), LessonPlan.SourcingOrganizer(lesson)]));

        blocks.Add(new Heading(2, "Exit ticket"));
        // The guiding question comes back at the end, above the ticket that asks the student to answer from this unit.
        blocks.Add(new KeepTogether(
        [
            GuidingQuestion("Back to the question"),
            new Paragraph(LessonPlan.ExitTicket(notes)),
            new WritingSpace(5),
        ]));
        return new Section(lesson.Id, lesson.DisplayTitle, lesson.DisplayTitle, blocks);
    }

    /// <summary>The article's guiding question, set apart, with where it comes from.</summary>
    private static Callout GuidingQuestion(string title) => new(CalloutKind.Note, title,
    [
        new Paragraph([new Run(LessonPlan.GuidingQuestion, RunStyle.Strong)]),
        new Paragraph(LessonPlan.GuidingQuestionSource, ParagraphRole.Note),
    ]);

    /// <summary>
    /// A numbered prompt, a sentence starter, and ruled lines to write on, kept on one page so a prompt never stands
    /// at the foot of a page without its lines and no page holds only lines.
    /// </summary>
    private static ListItem Prompt(HandoutPrompt prompt)
    {
        var more = new List<Block>();
        if (prompt.Starters.Count > 0)
        {
            more.Add(new Paragraph("You might begin: " + prompt.Starters[0], ParagraphRole.Starter));
        }

        more.Add(new WritingSpace(prompt.WritingLines));
        return new ListItem([new Run(prompt.Text)], more, KeepTogether: true);
    }
}
