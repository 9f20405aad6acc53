using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;
using Curriculum.Rendering.Tests.Handouts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using System.Text;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// <see cref="PdfTextOperators"/> writes the text operators PDFsharp's DrawString would write, without its per-call
/// work, <see cref="PdfPathOperators"/> the operators of its DrawLine and DrawRectangle, and <see cref="PdfFontSubsets"/>
/// embeds the subsets PDFsharp's Save would make, reusing those made before, and <see cref="PdfObjectWriter"/> writes
/// the plain objects Save would write: every document of the kit, in every edition, must come out the same bytes
/// either way.
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
    public void The_object_writer_writes_most_of_a_handout_itself()
    {
        // Otherwise every object goes through PDFsharp's writer, and the comparisons above compare Save with itself.
        var document = Kit.Renderer.Compose(Kit.Set("leonid-1"), DocumentKinds.Student, HandoutOptions.Letter);
        var measurer = new PdfTextMeasurer();
        using var pdf = new PdfDocument();
        pdf.Options.NoCompression = true;
        var sink = DocumentRenderer.Render(PdfRenderer.Layout(document), measurer, () => new PdfPageSink(pdf, measurer)).Sink;
        sink.Tags.WriteTo(pdf);
        PdfFontSubsets.Prepare(pdf);

        var writtenHere = PdfObjectWriter.Save(pdf, new MemoryStream());

        writtenHere.ShouldBeGreaterThan(pdf.Internals.GetAllObjects().Length * 3 / 4);
    }

    [Fact]
    public void Every_kind_of_value_the_object_writer_covers_is_the_same_bytes_as_written_by_Save()
    {
        var bySave = Saved((document, raw) => document.Save(raw, false));
        var byWriter = Saved((document, raw) => PdfObjectWriter.Save(document, raw).ShouldBeGreaterThanOrEqualTo(5));

        Encoding.Latin1.GetString(byWriter).ShouldBe(Encoding.Latin1.GetString(bySave));
    }

    /// <summary>A document with values of every kind covered, saved by <paramref name="save"/> and finished (which replaces what PDFsharp makes at random).</summary>
    private static byte[] Saved(Action<PdfDocument, MemoryStream> save)
    {
        using var document = new PdfDocument();
        document.Options.NoCompression = true;
        document.Info.CreationDate = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        document.AddPage();
        var values = new PdfDictionary(document);
        document.Internals.AddObject(values);
        document.Internals.Catalog.Elements.SetReference("/Values", values);
        values.Elements.SetName("/Type", "/Values");
        values.Elements.SetName("/Odd", "/A name (with) #delimiters/ <and> [{braces}]%");
        values.Elements.SetInteger("/Negative", -42);
        values.Elements.SetReal("/Real", 1234.56789012);
        values.Elements.SetReal("/Whole", 3);
        values.Elements.SetBoolean("/Yes", true);
        values.Elements.SetBoolean("/No", false);
        values.Elements["/Nothing"] = PdfNull.Value;
        values.Elements.SetString("/Plain", "a (parenthesised) \\ string");
        values.Elements.SetString("/Unicode", "Ivan\u2019s \u201Cquote\u201D");
        var inner = new PdfDictionary(document);
        inner.Elements.SetInteger("/N", 7);
        inner.Elements.SetName("/S", "/P");
        var nested = new PdfArray(document, new PdfInteger(1), new PdfInteger(2));
        values.Elements["/Array"] = new PdfArray(document, new PdfInteger(1), new PdfReal(0.5), new PdfName("/N"), new PdfString("s"), inner, nested, PdfNull.Value, new PdfBoolean(true), new PdfInteger(-3));
        values.Elements["/Inner"] = new PdfDictionary(document);
        values.Elements["/Box"] = new PdfRectangle(new PdfSharp.Drawing.XRect(0.5, -1.25, 612.0004, 791.9996));
        values.Elements["/Literal"] = new PdfArray(document, new PdfInteger(4), new PdfLiteral("null"), new PdfLiteral("(text)"), new PdfInteger(5), new PdfLiteral("word"));
        var list = new PdfArray(document, new PdfInteger(0), new PdfName("/Name"));
        document.Internals.AddObject(list);
        values.Elements.SetReference("/List", list);
        list.Elements.Add(values.Reference!);
        var program = new PdfDictionary(document);
        document.Internals.AddObject(program);
        program.CreateStream([0x00, 0x0A, 0xFF, (byte)'>']);
        values.Elements.SetReference("/Program", program);
        var empty = new PdfDictionary(document);
        document.Internals.AddObject(empty);
        empty.CreateStream([]);
        values.Elements.SetReference("/Empty", empty);
        var plain = new PdfDictionary(document);
        document.Internals.AddObject(plain);
        values.Elements.SetReference("/Plain2", plain);
        var unreachable = new PdfDictionary(document);
        document.Internals.AddObject(unreachable);
        unreachable.Elements.SetReference("/Values", values);

        using var raw = new MemoryStream();
        save(document, raw);
        using var finished = new MemoryStream();
        PdfFinisher.Finish(raw.GetBuffer(), (int)raw.Length, keepDates: true, finished);
        return finished.ToArray();
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
