using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

/// <summary>When only the header and footer depend on the page count, the content is laid out once and they are added after.</summary>
public sealed class DecorateAfterTests
{
    private static DocumentDefinition ThreePages(Func<PageContext, string> footer) => Document.Create(doc => doc.Page(page =>
    {
        page.Size(new PaperSize(100, 100));
        page.Margin(0);
        page.Header().Text("Header", Ten);
        page.Content().Column(col =>
        {
            col.Item().Text("one", Ten);
            col.Item().PageBreak();
            col.Item().Text("two", Ten);
            col.Item().PageBreak();
            col.Item().Text("three", Ten);
        });
        page.Footer().Text(footer, Ten);
    }));

    [Fact]
    public void Footers_drawn_after_the_content_still_say_page_n_of_m()
    {
        var sinks = new List<RecordingSink>();

        var (_, pages) = DocumentRenderer.Render(ThreePages(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}"), new FakeTextMeasurer(), () =>
        {
            sinks.Add(new RecordingSink(canReopen: true));
            return sinks[^1];
        });

        pages.ShouldBe(3);
        sinks.Count.ShouldBe(1);
        sinks[0].Pages.Select(p => p.Strings.Last()).ShouldBe(["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]);
        sinks[0].Pages.ShouldAllBe(p => p.Strings.Contains("Header"));
    }

    [Fact]
    public void A_footer_that_grows_once_the_count_is_known_is_laid_out_again_into_a_fresh_sink()
    {
        var sinks = new List<RecordingSink>();

        // "Page n of m" wraps to two lines only once m is known: the content must move up, so it is laid out again.
        var (sink, pages) = DocumentRenderer.Render(ThreePages(ctx => ctx.PageCount == 0 ? "P" : "Page number three of many more"), new FakeTextMeasurer(), () =>
        {
            sinks.Add(new RecordingSink(canReopen: true));
            return sinks[^1];
        });

        pages.ShouldBe(3);
        sinks.Count.ShouldBe(2);
        sink.ShouldBeSameAs(sinks[^1]);
        sink.Pages.Select(p => string.Join("|", p.Strings)).ShouldBe(
            ["Header|Page number three of |many more|one", "Header|Page number three of |many more|two", "Header|Page number three of |many more|three"]);
    }
}
