using Curriculum.Core.Teaching;
using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>What the teacher prepares from: objectives, standards, timing, the advisory and care notes, and each prompt with what a strong answer notices.</summary>
public static class TeacherGuide
{
    public static DocumentDefinition Compose(IReadOnlyList<UnitLesson> lessons, HandoutOptions options) => Document.Create(doc =>
    {
        doc.Edition(options);
        doc.Metadata(Metadata.For(lessons, "Teacher guide"));
        foreach (var lesson in lessons)
        {
            doc.Page(page => Compose(page, lesson, options.Paper));
        }
    });

    private static void Compose(PageDescriptor page, UnitLesson lesson, PaperSize paper)
    {
        page.Frame(paper, "Teacher guide", lesson.DisplayTitle);
        page.Content().Column(col =>
        {
            col.Item().Text("Teacher guide · not for students", HandoutStyle.Kicker);
            col.Item().PaddingTop(2).Text(lesson.DisplayTitle, HandoutStyle.Title);
            col.Item().PaddingTop(8).Component(new AtAGlance(lesson));
            col.Item().AdvisoryBox(lesson.Notes.Advisory, forTeacher: true);

            col.Item().SectionHeading("What happens in this unit");
            col.Item().Text(lesson.Notes.Summary, HandoutStyle.Body);
            if (lesson.Notes.Objectives.Count > 0)
            {
                col.Item().SectionHeading("Objectives");
                col.Item().Bullets(lesson.Notes.Objectives);
            }

            if (lesson.Notes.Context.Count > 0)
            {
                col.Item().SectionHeading("Context you may need");
                col.Item().ContextNotes(lesson.Notes.Context);
            }

            col.Item().SectionHeading("Handling the material with care");
            col.Item().Component(new CareSection(lesson.LeftOutLines));

            col.Item().SectionHeading("The prompts, and what to listen for");
            foreach (var prompt in lesson.Prompts)
            {
                col.Item().Component(new TeacherPrompt(prompt));
            }

            if (lesson.GeneratorNotes.Count > 0)
            {
                col.Item().SectionHeading("Notes from the generator");
                col.Item().Bullets(lesson.GeneratorNotes, HandoutStyle.Small);
            }

            col.Item().SectionHeading("About the source");
            col.Item().Text(CareNotes.SourceNote, HandoutStyle.Body);
        });
    }

    private sealed class AtAGlance(UnitLesson lesson) : IComponent
    {
        public void Compose(IContainer container) => container.Background(HandoutStyle.Tint).Padding(9).Row(row =>
        {
            row.Spacing(12);
            Cell(row.RelativeItem(), "Time", $"{lesson.Notes.Minutes} minutes");
            Cell(row.RelativeItem(), "Audience", Components.Label(Taxonomy.Audiences, lesson.Audience));
            Cell(row.RelativeItem(2), "Themes", string.Join(", ", lesson.Notes.Themes.Select(t => Components.Label(Taxonomy.Themes, t))));
            Cell(row.RelativeItem(2), "Standards", lesson.Notes.Standards.Count > 0 ? string.Join(", ", lesson.Notes.Standards) : "—");
        });

        private static void Cell(IContainer container, string label, string value) => container.Column(col =>
        {
            col.Item().Text(label, HandoutStyle.Label);
            col.Item().Text(value, HandoutStyle.Subheading with { Bold = false, Size = 10 });
        });
    }

    /// <summary>Discussion norms, the opt-out task, students with ties to Ukraine or Russia, and what was left out.</summary>
    internal sealed class CareSection(bool leftOutLines) : IComponent
    {
        public void Compose(IContainer container) => container.Column(col =>
        {
            col.Item().Text(CareNotes.BeforeTheLesson, HandoutStyle.Body);
            col.Item().NoteBox("Discussion norms (build them with the class as a contract)", body => body.Bullets(CareNotes.DiscussionNorms));
            col.Item().NoteBox("Opt-out alternative", body => body.Text(CareNotes.OptOut, HandoutStyle.Body));
            col.Item().NoteBox("Students with ties to Ukraine or Russia", body => body.Bullets(CareNotes.TiesToUkraineOrRussia));
            if (leftOutLines)
            {
                col.Item().NoteBox("Left out of this edition", body => body.Text(CareNotes.LeftOutForYoungerStudents, HandoutStyle.Body));
            }

            col.Item().PaddingTop(8).Text(CareNotes.AfterTheLesson, HandoutStyle.Body);
        });
    }

    private sealed class TeacherPrompt(HandoutPrompt prompt) : IComponent
    {
        public void Compose(IContainer container) => container.PaddingTop(10).Column(col =>
        {
            col.Spacing(3);
            col.Item().KeepWithNext().Row(row =>
            {
                row.ConstantItem(22).Text($"{prompt.Number}.", HandoutStyle.Subheading);
                row.RelativeItem().Text(prompt.Text, HandoutStyle.Body);
            });
            col.Item().PaddingLeft(22).Text(
                $"{prompt.Theme} · {prompt.Framework} · Bloom: {prompt.Level} · Socratic: {prompt.QuestionType}",
                HandoutStyle.LabelBold);
            if (prompt.ExcerptReference is not null)
            {
                col.Item().PaddingLeft(22).Text($"Points at {prompt.ExcerptReference}", HandoutStyle.Label);
            }

            if (prompt.LookFors.Count > 0)
            {
                col.Item().PaddingLeft(22).KeepWithNext().Text("A strong answer notices", HandoutStyle.Subheading with { Size = 10 });
                col.Item().PaddingLeft(22).Bullets(prompt.LookFors);
            }

            if (prompt.Starters.Count > 0)
            {
                col.Item().PaddingLeft(22).Text("Sentence starters: " + string.Join("  /  ", prompt.Starters), HandoutStyle.Starter);
            }

            col.Item().PaddingLeft(22).Text("Why this prompt: " + prompt.Why, HandoutStyle.Small);
        });
    }
}
