using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class AnchorTests
{
    [Fact]
    public void A_table_of_contents_gives_the_page_each_anchored_section_starts_on()
    {
        var document = Document.Create(doc =>
        {
            doc.Page(page =>
            {
                page.Size(new PaperSize(100, 100));
                page.Margin(0);
                page.Content().Column(col =>
                {
                    col.Item().Text(ctx => $"first {ctx.PageOf("first")}", Ten);
                    col.Item().Text(ctx => $"second {ctx.PageOf("second")}", Ten);
                });
            });
            doc.Page(page =>
            {
                page.Size(new PaperSize(100, 100));
                page.Margin(0);
                page.Anchor("first");
                page.Content().Column(col =>
                {
                    col.Item().Text("a", Ten);
                    col.Item().PageBreak();
                    col.Item().Text("b", Ten);
                });
            });
            doc.Page(page =>
            {
                page.Size(new PaperSize(100, 100));
                page.Margin(0);
                page.Anchor("second");
                page.Content().Text("c", Ten);
            });
        });
        var sink = new RecordingSink();

        DocumentRenderer.Render(document, new FakeTextMeasurer(), sink).ShouldBe(4);

        sink.Pages[0].Strings.ShouldBe(["first 2", "second 4"]);
    }
}
