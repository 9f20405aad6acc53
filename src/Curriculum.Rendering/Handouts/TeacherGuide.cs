using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>What the teacher prepares from: objectives, standards, timing, the advisory and care notes, and each prompt with what a strong answer notices.</summary>
public static class TeacherGuide
{
    public const string Name = "Teacher guide";

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options) => new(
        Parts.Info(lessons, Name),
        Parts.Setup(options, Name, lessons.Source),
        [.. lessons.Units.Select(l => Section(l, lessons.Audience))]);

    private static Section Section(UnitLesson lesson, string audience)
    {
        var notes = lesson.Material.Annotation;
        var blocks = new List<Block>
        {
            new Paragraph("Teacher guide · not for students", ParagraphRole.Kicker),
            new Heading(1, lesson.DisplayTitle),
            AtAGlance(lesson, audience),
            Parts.Advisory(notes.Advisory, forTeacher: true),
            new Heading(2, "What happens in this unit"),
            new Paragraph(notes.Summary),
        };

        if (notes.Objectives.Count > 0)
        {
            blocks.Add(new Heading(2, "Objectives"));
            blocks.Add(ListBlock.Bullets(notes.Objectives));
        }

        if (notes.Context.Count > 0)
        {
            blocks.Add(new Heading(2, "Context you may need"));
            blocks.AddRange(Parts.ContextNotes(notes.Context));
        }

        blocks.Add(new Heading(2, "Handling the material with care"));
        blocks.AddRange(Parts.Care(lesson.Material.LeftOutLines));

        blocks.Add(new Heading(2, "The prompts, and what to listen for"));
        blocks.Add(new ListBlock(true, [.. lesson.Prompts.Select(Prompt)]));

        if (lesson.Material.Notes.Count > 0)
        {
            blocks.Add(new Heading(2, "Notes from the generator"));
            blocks.Add(ListBlock.Bullets(lesson.Material.Notes));
        }

        blocks.Add(new Heading(2, "About the source"));
        blocks.Add(new Paragraph(CareNotes.SourceNote));
        return new Section(lesson.Id, lesson.DisplayTitle, lesson.DisplayTitle, blocks);
    }

    /// <summary>Time, audience, themes and standards at a glance: one row under its labels.</summary>
    private static Table AtAGlance(UnitLesson lesson, string audience)
    {
        var notes = lesson.Material.Annotation;
        return new Table(
            [new TableColumn("Time"), new TableColumn("Audience"), new TableColumn("Themes", 2), new TableColumn("Standards", 2)],
            [[
                new TableCell(Wording.Minutes(notes.Minutes)),
                new TableCell(Parts.Label(Taxonomy.Audiences, audience)),
                new TableCell(string.Join(", ", notes.Themes.Select(t => Parts.Label(Taxonomy.Themes, t)))),
                new TableCell(notes.Standards.Count > 0 ? string.Join(", ", notes.Standards) : "—"),
            ]]);
    }

    private static ListItem Prompt(HandoutPrompt prompt)
    {
        var more = new List<Block>
        {
            new Paragraph([new Run($"{prompt.Theme} · {prompt.Framework} · Bloom: {prompt.Level} · Socratic: {prompt.QuestionType}", RunStyle.Strong)], ParagraphRole.Note),
        };
        if (prompt.ExcerptReference is not null)
        {
            more.Add(new Paragraph($"Points at {prompt.ExcerptReference}", ParagraphRole.Note));
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

        more.Add(new Paragraph("Why this prompt: " + prompt.Why, ParagraphRole.Note));
        return new ListItem([new Run(prompt.Text)], more);
    }
}
