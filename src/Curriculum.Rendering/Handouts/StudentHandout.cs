using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>What a student works from: the unit's context, the reading verbatim, vocabulary, and prompts with room to write.</summary>
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
            Parts.Advisory(notes.Advisory, forTeacher: false),
            new Heading(2, "Before you read"),
            new Paragraph(notes.Summary),
            .. Parts.ContextNotes(notes.Context),
            new Paragraph(CareNotes.SourceNote, ParagraphRole.Note),
            new Heading(2, "The reading"),
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
        return new Section(lesson.Id, lesson.DisplayTitle, lesson.DisplayTitle, blocks);
    }

    /// <summary>A numbered prompt, what it asks of the student, a sentence starter, and ruled lines to write on.</summary>
    private static ListItem Prompt(HandoutPrompt prompt)
    {
        var more = new List<Block> { new Paragraph($"{prompt.Level} · {prompt.Framework}", ParagraphRole.Note) };
        if (prompt.Starters.Count > 0)
        {
            more.Add(new Paragraph("You might begin: " + prompt.Starters[0], ParagraphRole.Starter));
        }

        more.Add(new WritingSpace(prompt.WritingLines));
        return new ListItem([new Run(prompt.Text)], more);
    }
}
