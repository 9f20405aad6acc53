using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class PageDecorationTests
{
    private static List<RecordingCanvas> ThreePages() => RenderPage(page =>
    {
        page.Header().Text("Header", Ten);
        page.Content().Column(col =>
        {
            col.Item().Text("one", Ten);
            col.Item().PageBreak();
            col.Item().Text("two", Ten);
            col.Item().PageBreak();
            col.Item().Text("three", Ten);
        });
        page.Footer().Text(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", Ten);
    });

    [Fact]
    public void Footer_says_page_n_of_m_on_every_page()
    {
        var pages = ThreePages();

        pages.Select(p => p.Strings.Single(s => s.StartsWith("Page", StringComparison.Ordinal)))
            .ShouldBe(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]);
    }

    [Fact]
    public void Header_is_drawn_at_the_top_of_every_page()
    {
        var pages = ThreePages();

        pages.ShouldAllBe(p => p.Texts.Any(t => t.Text == "Header" && t.Y == 8));
    }

    [Fact]
    public void Footer_sits_at_the_foot_of_the_page_and_content_below_the_header()
    {
        var page = ThreePages()[0];

        page.Texts.Single(t => t.Text.StartsWith("Page", StringComparison.Ordinal)).Y.ShouldBe(98);
        page.Texts.Single(t => t.Text == "one").Y.ShouldBe(18);
    }

    [Fact]
    public void Margins_offset_the_content()
    {
        var document = Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PaperSize(100, 100));
            page.Margin(new Thickness(7, 11, 0, 0));
            page.Content().Text("x", Ten);
        }));
        var sink = new RecordingSink();

        DocumentRenderer.Render(document, new FakeTextMeasurer(), sink);

        sink.Pages.Single().Texts.Single().ShouldBe(new TextCall("x", Ten.Font, 7, 19));
    }
}
