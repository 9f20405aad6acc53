using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Pdf;
using Curriculum.Rendering.Tests.Handouts;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// <see cref="PdfTextOperators"/> writes the text operators PDFsharp's DrawString would write, without its per-call
/// work, and <see cref="PdfFontSubsets"/> embeds the subsets PDFsharp's Save would make, reusing those made before:
/// every document of the kit, in every edition, must come out the same bytes either way.
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
    }

    private static void SameBothWays(HandoutDocument document, string what)
    {
        var expected = DrawString.Render(document).Bytes;
        var actual = Shortcut.Render(document).Bytes;
        actual.Length.ShouldBe(expected.Length, what);
        actual.SequenceEqual(expected).ShouldBeTrue(what);
    }
}
