using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

/// <summary>
/// What layout shares between documents (tokens and lines of a text, for a measurer whose widths depend on text and
/// font alone) and the composition handed from <see cref="Document.Create"/> to the first render must never change
/// what is drawn.
/// </summary>
public sealed class SharedLayoutTests
{
    /// <summary>The fake's widths, declared shareable under an identity of the test's choosing.</summary>
    private sealed class SharedFake(object widths, double charWidth = 0.5) : ISharedTextMeasurer
    {
        public object Widths => widths;

        public double MeasureWidth(string text, FontSpec font) => text.Length * font.Size * charWidth;

        public FontMetrics GetMetrics(FontSpec font) => new(font.Size * 0.8, font.Size * 0.2);
    }

    private static DocumentDefinition Sample(string tail = "") => Document.Create(doc => doc.Page(page =>
    {
        page.Size(new PaperSize(100, 100));
        page.Margin(0);
        page.Content().Column(col =>
        {
            col.Item().Text("aaaa bbbb cccc dddd eeee ffff" + tail, Ten);
            col.Item().Row(row =>
            {
                row.RelativeItem().Text("gg hh ii jj kk ll mm", Ten);
                row.RelativeItem().Text(text =>
                {
                    text.DefaultStyle(Ten);
                    text.Span("nn oo ", Ten);
                    text.Span("pp qq rr", Ten with { Bold = true });
                });
            });
            col.Item().PaddingLeft(20).Text("aaaa bbbb cccc dddd eeee ffff" + tail, Ten);
            col.Item().Text(Lines(12), Ten);
        });
    }));

    private static List<(int Page, TextCall Call)> Draw(DocumentDefinition document, ITextMeasurer measurer)
    {
        var sink = new RecordingSink();
        DocumentRenderer.Render(document, measurer, sink);
        return [.. sink.Pages.SelectMany((p, i) => p.Texts.Select(t => (i, t)))];
    }

    [Fact]
    public void A_shared_measurer_draws_exactly_what_an_unshared_one_draws_first_time_and_again()
    {
        var expected = Draw(Sample(), new FakeTextMeasurer());
        var widths = new object();

        Draw(Sample(), new SharedFake(widths)).ShouldBe(expected);
        Draw(Sample(), new SharedFake(widths)).ShouldBe(expected);
        Draw(Sample(), new SharedFake(widths)).ShouldBe(expected);
    }

    [Fact]
    public void Shared_lines_are_kept_apart_by_the_source_of_widths()
    {
        var narrow = new SharedFake(new object(), charWidth: 0.25);
        var wide = new SharedFake(new object(), charWidth: 0.5);

        var first = Draw(Sample(" narrow"), narrow);
        var second = Draw(Sample(" narrow"), wide);

        second.ShouldBe(Draw(Sample(" narrow"), new FakeTextMeasurer()));
        string.Join("|", first.Select(c => c.Call.Text)).ShouldNotBe(string.Join("|", second.Select(c => c.Call.Text)));
    }

    [Fact]
    public void Equal_text_in_another_style_is_not_shared()
    {
        var widths = new object();
        Draw(Sample(), new SharedFake(widths));

        var bold = Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PaperSize(100, 100));
            page.Margin(0);
            page.Content().Text("aaaa bbbb cccc dddd eeee ffff", Ten with { Size = 20, LineHeight = 1.0 });
        }));

        Draw(bold, new SharedFake(widths)).ShouldBe(Draw(bold, new FakeTextMeasurer()));
    }

    [Fact]
    public void The_first_render_takes_the_composition_made_by_Create_and_every_later_render_composes_its_own()
    {
        var compositions = 0;
        var document = Document.Create(doc =>
        {
            compositions++;
            doc.Metadata(new DocumentMetadata { Title = "Counted" });
            doc.Page(page => page.Content().Text("Hello", Ten));
        });
        compositions.ShouldBe(1);

        document.Metadata.Title.ShouldBe("Counted");
        compositions.ShouldBe(1);

        var first = Draw(document, new FakeTextMeasurer());
        compositions.ShouldBe(1);

        var second = Draw(document, new FakeTextMeasurer());
        compositions.ShouldBe(2);
        second.ShouldBe(first);
    }
}
