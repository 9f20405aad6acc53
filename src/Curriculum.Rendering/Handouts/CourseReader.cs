using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>The whole article for class sets: the AP's introduction and every unit in order, with contents and page numbers; furniture left out.</summary>
public static class CourseReader
{
    public static DocumentDefinition Compose(Course course, HandoutOptions options, Func<Core.Content.Block, bool>? leaveOut = null) => Document.Create(doc =>
    {
        var paper = options.Paper;
        doc.Edition(options);
        var article = course.Article;
        doc.Metadata(Metadata.For("Course reader: “never saw such hell”", "The AP investigation of intercepted calls of Russian soldiers in Ukraine, in lesson units"));
        doc.Page(page =>
        {
            page.Frame(paper, "Course reader", "Contents");
            page.Anchor("contents");
            page.Content().Column(col =>
            {
                col.Item().Text("Course reader", HandoutStyle.Kicker);
                col.Item().PaddingTop(2).Text(article.Headline.Text, HandoutStyle.Title);
                col.Item().PaddingTop(6).Text(Course.Attribution, HandoutStyle.Small);
                col.Item().PaddingTop(6).Text(CareNotes.SourceNote, HandoutStyle.Small);
                col.Item().AdvisoryBox(new Core.Annotations.Advisory("high", ["The article describes killings of civilians and of a 17-year-old, looting, drinking, self-harm and the mutilation of a teenager, with (censored) profanity."]), forTeacher: false);
                col.Item().SectionHeading("Contents");
                foreach (var unit in article.Units)
                {
                    var id = unit.Id;
                    col.Item().PaddingTop(3).Row(row =>
                    {
                        row.ConstantItem(90).Text(unit.Id, HandoutStyle.Label);
                        row.RelativeItem().Text(TitleOf(unit), HandoutStyle.Body);
                        row.ConstantItem(40).Text(ctx => ctx.PageOf(id) is int n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "", HandoutStyle.Body, TextAlignment.Right);
                    });
                }
            });
        });

        foreach (var unit in article.Units)
        {
            var notes = course.AnnotationFor(unit);
            doc.Page(page =>
            {
                page.Frame(paper, "Course reader", TitleOf(unit));
                page.Anchor(unit.Id);
                page.Content().Column(col =>
                {
                    col.Item().Text(unit.Profile is null ? "The AP’s introduction" : $"{unit.Profile.Name} · unit {unit.Id}", HandoutStyle.Kicker);
                    col.Item().PaddingTop(2).KeepWithNext().Text(unit.Heading ?? unit.Title, HandoutStyle.Title);
                    col.Item().PaddingTop(4).KeepWithNext().Text($"Content advisory: {notes.Advisory.Level} · about {notes.Minutes} minutes", HandoutStyle.CautionText);
                    col.Item().PaddingTop(10).Reading([.. unit.ArticleBlocks.Select(b => ReadingLine.From(b, leaveOut?.Invoke(b) ?? false))]);
                    if (notes.Vocabulary.Count > 0)
                    {
                        col.Item().SectionHeading("Words to know");
                        col.Item().Vocabulary(notes.Vocabulary);
                    }
                });
            });
        }
    });

    private static string TitleOf(LessonUnit unit) => unit.Profile is null || unit.Heading is null ? unit.Title : $"{unit.Profile.Name} · {unit.Heading}";
}
