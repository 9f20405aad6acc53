using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;
using PdfSharp.Drawing;
using UglyToad.PdfPig;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>The tagged PDF, read back by pdfinfo and pikepdf (see <see cref="PdfAccessibilityCheck"/>), qpdf and PdfPig.</summary>
public sealed class TaggedPdfTests
{
    private static readonly Lazy<byte[]> Sample = new(() => new PdfDocumentWriter().Write(TaggedSample.Build()));

    [PdfAccessibilityFact]
    public void The_sample_handout_passes_the_accessibility_check_with_its_excerpts_in_reading_order()
    {
        var report = PdfAccessibilityCheck.Run(Sample.Value, TaggedSample.ExpectedInOrder);

        report.ShouldPass();
        report.Headings.ShouldBe(["H1", "H2", "H2"]);
        (report.Language, report.Title).ShouldBe(("en-US", TaggedSample.Title));
    }

    [PdfAccessibilityFact]
    public void The_header_row_repeated_on_a_later_page_is_drawn_but_read_once()
    {
        using var pdf = PdfDocument.Open(Sample.Value);
        var pagesWithHeader = pdf.GetPages().Count(p => p.GetWords().Any(w => w.Text == "Observation"));

        var report = PdfAccessibilityCheck.Run(Sample.Value, []);

        pagesWithHeader.ShouldBe(2);
        report.SpanningElements.Count(r => r == "Table").ShouldBe(1);
        report.ReadingOrder.Split("Observation").Length.ShouldBe(2);
        report.ReadingOrder.ShouldNotContain("Student handout");
        report.ReadingOrder.ShouldNotContain("Page 1 of");
    }

    [PdfAccessibilityFact]
    public void Bookmarks_nest_by_level_and_point_at_where_their_heading_starts()
    {
        var report = PdfAccessibilityCheck.Run(Sample.Value, []);
        using var pdf = PdfDocument.Open(Sample.Value);

        report.Bookmarks.Select(b => (b.Title, b.Level)).ShouldBe([(TaggedSample.Title, 1), ("Part 1", 2), ("Part 2", 2)]);
        foreach (var (bookmark, heading) in report.Bookmarks.Zip(new[] { "River: a", "Part 1:", "Part 2:" }))
        {
            var page = pdf.GetPage(bookmark.Page!.Value);
            var words = page.GetWords().ToList();
            var first = words.Select((w, i) => (w, i)).First(x => $"{x.w.Text} {(x.i + 1 < words.Count ? words[x.i + 1].Text : "")}".StartsWith(heading, StringComparison.Ordinal)).w;
            first.BoundingBox.Top.ShouldBeInRange(bookmark.Top!.Value - 25, bookmark.Top.Value);
        }
    }

    [PdfAccessibilityFact]
    public void A_paragraph_split_by_a_page_break_is_one_P_with_marked_content_on_both_pages()
    {
        var words = string.Join(' ', Enumerable.Range(1, 700).Select(i => $"word{i}"));
        var document = Document.Create(doc =>
        {
            doc.Metadata(new DocumentMetadata { Title = "One long paragraph" });
            doc.Page(page => page.Content().Column(col =>
            {
                col.Item().Semantic(StructureRole.H1).Text("One long paragraph");
                col.Item().Semantic(StructureRole.P).Text(words);
            }));
        });
        var pdf = new PdfDocumentWriter().Write(document);

        var report = PdfAccessibilityCheck.Run(pdf, ["word1 word2", "word699 word700"]);

        report.ShouldPass();
        report.SplitElements.ShouldBe(["P"]);
        using var read = PdfDocument.Open(pdf);
        read.NumberOfPages.ShouldBe(2);
    }

    [PdfAccessibilityFact]
    public void A_layout_without_semantic_wrappers_still_has_all_its_text_in_marked_content()
    {
        var report = PdfAccessibilityCheck.Run(new PdfDocumentWriter().Write(SampleDocuments.Handout()), [SampleDocuments.Quoted, "Think about it"]);

        report.ShouldPass();
        report.Language.ShouldBe("en-GB");
    }

    [PdfAccessibilityFact]
    public void The_check_fails_an_untagged_pdf_for_each_thing_it_lacks()
    {
        EmbeddedFonts.EnsureInstalled();
        using var untagged = new PdfSharp.Pdf.PdfDocument();
        untagged.Options.NoCompression = true;
        using (var gfx = XGraphics.FromPdfPage(untagged.AddPage()))
        {
            gfx.DrawString("Plain words", new XFont(Fonts.Serif, 12), XBrushes.Black, 72, 72);
        }

        using var bytes = new MemoryStream();
        untagged.Save(bytes);

        var report = PdfAccessibilityCheck.Run(bytes.ToArray(), ["Plain words"]);

        report.Passed.ShouldBeFalse();
        report.Failures.ShouldContain("pdfinfo says Tagged: no");
        report.Failures.ShouldContain("the catalog has no StructTreeRoot");
        report.Failures.ShouldContain("page 1: 1 text-showing operator(s) outside marked content");
        report.Failures.ShouldContain("the XMP metadata has no pdfuaid:part 1");
        report.Failures.ShouldContain("ViewerPreferences /DisplayDocTitle is not true");
        report.Failures.ShouldContain(f => f.StartsWith("excerpt not found anywhere", StringComparison.Ordinal));
    }

    [PdfAccessibilityFact]
    public void The_check_fails_a_skipped_heading_level_and_excerpts_out_of_order()
    {
        var document = Document.Create(doc =>
        {
            doc.Metadata(new DocumentMetadata { Title = "Skips" });
            doc.Page(page => page.Content().Column(col =>
            {
                col.Item().Semantic(StructureRole.H1).Text("First");
                col.Item().Semantic(StructureRole.H3).Text("Third");
            }));
        });

        var report = PdfAccessibilityCheck.Run(new PdfDocumentWriter().Write(document), ["Third", "First"]);

        report.Failures.ShouldBe([
            "heading H3 follows H1: a level is skipped",
            "excerpt not found after the excerpt before it in reading order: 'First'",
        ]);
    }

    [PdfAccessibilityFact]
    public void The_check_fails_table_cells_and_list_parts_outside_their_parents()
    {
        var document = Document.Create(doc =>
        {
            doc.Metadata(new DocumentMetadata { Title = "Loose parts" });
            doc.Page(page => page.Content().Column(col =>
            {
                col.Item().Semantic(StructureRole.TD).Text("A cell on its own");
                col.Item().Semantic(StructureRole.L).Semantic(StructureRole.Lbl).Text("•");
            }));
        });

        var report = PdfAccessibilityCheck.Run(new PdfDocumentWriter().Write(document), []);

        report.Failures.ShouldBe([
            "a TD element inside Document (it belongs in TR)",
            "a Lbl element inside L (it belongs in LI)",
        ]);
    }

    [Fact]
    public void The_same_tagged_document_gives_the_same_bytes()
    {
        new PdfDocumentWriter().Write(TaggedSample.Build()).ShouldBe(Sample.Value);
    }

    [QpdfFact]
    public void Qpdf_finds_no_errors_or_warnings_in_the_tagged_sample()
    {
        Qpdf.Check(Sample.Value);
    }
}
