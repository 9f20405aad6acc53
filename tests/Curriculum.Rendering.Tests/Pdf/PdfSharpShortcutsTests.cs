using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;
using Curriculum.Rendering.Tests.Handouts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// <see cref="PdfTextOperators"/> writes the text operators PDFsharp's DrawString would write, without its per-call
/// work, <see cref="PdfPathOperators"/> the operators of its DrawLine and DrawRectangle, and <see cref="PdfFontSubsets"/>
/// embeds the subsets PDFsharp's Save would make, reusing those made before: every document of the kit, in every
/// edition, must come out the same bytes either way.
/// </summary>
public sealed class PdfSharpShortcutsTests
{
    private static readonly PdfRenderer Shortcut = new();
    private static readonly PdfRenderer DrawString = new(new PdfDocumentWriter(shortcuts: false));

    public static TheoryData<string> Editions() => ["letter", "a4-easy-read", "large-print"];

    private static HandoutOptions Options(string edition) => edition switch
    {
        "a4-easy-read" => new HandoutOptions(Paper.A4, Edition.EasyRead),
        "large-print" => HandoutOptions.Letter with { Edition = Edition.LargePrint },
        _ => HandoutOptions.Letter,
    };

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_handout_and_guide_is_the_same_bytes_as_drawn_by_DrawString(string edition)
    {
        var options = Options(edition);
        foreach (var unit in Kit.Course.Article.UnitIds)
        {
            var set = Kit.Set(unit);
            foreach (var kind in new[] { DocumentKinds.Student, DocumentKinds.Teacher })
            {
                SameBothWays(Kit.Renderer.Compose(set, kind, options), $"{unit} {kind} {edition}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_course_reader_and_the_workshop_packet_are_the_same_bytes_as_drawn_by_DrawString(string edition)
    {
        var options = Options(edition);
        SameBothWays(Kit.Renderer.Compose(Kit.EveryUnit(), DocumentKinds.Reader, options), $"reader {edition}");
        var packet = WorkshopPacket.Set(Kit.Course.Article.UnitIds, (unit, count) => Kit.Set(unit, count: count));
        SameBothWays(Kit.Renderer.Compose(packet, DocumentKinds.Packet, options), $"packet {edition}");
    }

    [Fact]
    public void A_document_drawn_after_others_is_the_same_bytes_as_drawn_by_DrawString_first()
    {
        var document = Kit.Renderer.Compose(Kit.Set("ivan-2"), DocumentKinds.Student, HandoutOptions.Letter);
        var alone = DrawString.Render(document).Bytes;
        _ = Shortcut.Render(Kit.Renderer.Compose(Kit.Set("maxim-1"), DocumentKinds.Teacher, HandoutOptions.Letter));
        _ = Shortcut.Render(document);

        Shortcut.Render(document).Bytes.ShouldBe(alone);
    }

    [Fact]
    public void The_shortcut_finds_what_it_needs_in_PDFsharp()
    {
        // Otherwise every line goes through DrawString, and the comparisons above compare DrawString with itself.
        PdfTextOperators.Available.ShouldBeTrue();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using var graphics = XGraphics.FromPdfPage(page);
        PdfPathOperators.For(document, graphics).ShouldNotBeNull();
    }

    [Fact]
    public void Lines_and_rectangles_between_text_are_the_same_operators_as_drawn_by_PDFsharp()
    {
        // Pens and brushes change and repeat, and text comes between, so each state PDFsharp realizes is exercised.
        ContentDrawn(shortcuts: true).ShouldBe(ContentDrawn(shortcuts: false));
    }

    private static string ContentDrawn(bool shortcuts)
    {
        EmbeddedFonts.EnsureInstalled();
        using var document = new PdfDocument();
        var page = document.AddPage();
        var graphics = XGraphics.FromPdfPage(page);
        var fonts = new PdfTextMeasurer();
        var ink = new Color(0x22, 0x22, 0x22);
        var rule = new Color(0x8A, 0x8F, 0x98);
        var fill = new Color(0xF2, 0xF4, 0xF7);
        using var canvas = new PdfCanvas(page, graphics, fonts, new PdfTagTree(), 0, shortcuts ? new PdfTextOperators(document) : null);
        var content = graphics.Internals.ContentStringBuilder!;
        canvas.DrawLine(72, 90.5, 540.125, 90.5, 0.5, rule);
        canvas.FillRect(new Rect(72.3333, 100.06251, 467.8, 40.00004), fill);
        canvas.DrawText("A line of text", new FontSpec(Fonts.Serif, 11), 80, 120, ink);
        canvas.StrokeRect(new Rect(72.3333, 100.06251, 467.8, 40.00004), 0.75, rule);
        canvas.DrawLine(72, 150, 72, 300.99999, 0.75, rule);
        canvas.DrawLine(72, 300, 540, 300, 1.25, ink);
        canvas.FillRect(new Rect(0, 0, 0.5, 0.5), ink);
        canvas.DrawText("and another", new FontSpec(Fonts.Sans, 9, Bold: true), 80, 320, rule);
        canvas.BeginArtifact(ArtifactKind.Layout);
        canvas.StrokeRect(new Rect(-1.5, 700, 12, -3), 0.5, ink);
        canvas.EndArtifact();
        return content.ToString();
    }

    private static void SameBothWays(HandoutDocument document, string what)
    {
        var expected = DrawString.Render(document).Bytes;
        var actual = Shortcut.Render(document).Bytes;
        actual.Length.ShouldBe(expected.Length, what);
        actual.SequenceEqual(expected).ShouldBeTrue(what);
    }
}
