using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>What a student works from: the unit's context, the reading verbatim, vocabulary, and prompts with room to write.</summary>
public static class StudentHandout
{
    public static DocumentDefinition Compose(IReadOnlyList<UnitLesson> lessons, HandoutOptions options) => Document.Create(doc =>
    {
        doc.Edition(options);
        doc.Metadata(Metadata.For(lessons, "Student handout"));
        foreach (var lesson in lessons)
        {
            doc.Page(page => Compose(page, lesson, options.Paper));
        }
    });

    private static void Compose(PageDescriptor page, UnitLesson lesson, PaperSize paper)
    {
        page.Frame(paper, "Student handout", lesson.DisplayTitle);
        page.Content().Column(col =>
        {
            col.Item().Text("“Never saw such hell”: intercepted calls of Russian soldiers in Ukraine", HandoutStyle.Kicker);
            col.Item().PaddingTop(2).Text(lesson.DisplayTitle, HandoutStyle.Title);
            col.Item().NameClassDate();
            col.Item().AdvisoryBox(lesson.Notes.Advisory, forTeacher: false);

            col.Item().SectionHeading("Before you read");
            col.Item().Text(lesson.Notes.Summary, HandoutStyle.Body);
            if (lesson.Notes.Context.Count > 0)
            {
                col.Item().PaddingTop(5).ContextNotes(lesson.Notes.Context);
            }

            col.Item().PaddingTop(5).Text(CareNotes.SourceNote, HandoutStyle.Small);

            col.Item().SectionHeading("The reading");
            col.Item().PaddingBottom(4).Text("Numbers in the margin are line numbers in the article. Speakers are named as the AP identifies them.", HandoutStyle.Label);
            col.Item().Reading(lesson.Reading);

            if (lesson.Notes.Vocabulary.Count > 0)
            {
                col.Item().SectionHeading("Words to know");
                col.Item().Vocabulary(lesson.Notes.Vocabulary);
            }

            col.Item().SectionHeading("Questions");
            foreach (var prompt in lesson.Prompts)
            {
                col.Item().Component(new StudentPrompt(prompt));
            }
        });
    }

    /// <summary>One numbered prompt, a sentence starter, and ruled lines to write on.</summary>
    private sealed class StudentPrompt(HandoutPrompt prompt) : IComponent
    {
        public void Compose(IContainer container) => container.PaddingTop(8).Column(col =>
        {
            col.Item().KeepWithNext().Row(row =>
            {
                row.ConstantItem(22).Text($"{prompt.Number}.", HandoutStyle.Subheading);
                row.RelativeItem().Text(prompt.Text, HandoutStyle.Body);
            });
            col.Item().KeepWithNext().PaddingLeft(22).PaddingTop(2).Text($"{prompt.Level} · {prompt.Framework}", HandoutStyle.Label);
            if (prompt.Starters.Count > 0)
            {
                col.Item().KeepWithNext().PaddingLeft(22).PaddingTop(2).Text("You might begin: " + prompt.Starters[0], HandoutStyle.Starter);
            }

            col.Item().PaddingLeft(22).Lines(prompt.WritingLines, 22, 0.5, HandoutStyle.Rule);
        });
    }
}
