using System.IO.Compression;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Docx;
using Curriculum.Rendering.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Curriculum.Rendering.Tests.Docx;

public sealed class DocxRendererTests
{
    private static readonly HandoutDocument Sample = SampleHandout.Create();
    private static readonly Lazy<byte[]> Letter = new(() => new DocxRenderer().Render(Sample).Bytes);

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var again = new DocxRenderer().Render(SampleHandout.Create()).Bytes;

        // Entry by entry first, so a difference names the part; then the whole file, zip headers included.
        Entries(again).ShouldBe(Entries(Letter.Value));
        again.AsSpan().SequenceEqual(Letter.Value).ShouldBeTrue("the zip containers differ though their parts are the same");
    }

    [Fact]
    public void Zip_entries_come_in_a_fixed_order_with_a_fixed_time()
    {
        using var zip = new ZipArchive(new MemoryStream(Letter.Value), ZipArchiveMode.Read);

        zip.Entries[0].FullName.ShouldBe("[Content_Types].xml");
        zip.Entries[1].FullName.ShouldBe("_rels/.rels");
        zip.Entries.Skip(2).Select(e => e.FullName).ShouldBe(zip.Entries.Skip(2).Select(e => e.FullName).Order(StringComparer.Ordinal));
        zip.Entries.ShouldAllBe(e => e.LastWriteTime.DateTime == new DateTime(1980, 1, 1));
    }

    [Fact]
    public void Renders_at_once_on_many_threads_give_the_same_bytes()
    {
        var renders = new byte[8][];

        Parallel.For(0, renders.Length, i => renders[i] = new DocxRenderer().Render(SampleHandout.Create()).Bytes);

        renders.Count(bytes => !bytes.AsSpan().SequenceEqual(Letter.Value)).ShouldBe(0);
    }

    [Theory]
    [InlineData(Paper.Letter, Edition.Standard)]
    [InlineData(Paper.A4, Edition.EasyRead)]
    [InlineData(Paper.Letter, Edition.LargePrint)]
    public void The_package_is_valid_against_the_Word_schema(Paper paper, Edition edition)
    {
        using var word = Open(new DocxRenderer().Render(SampleHandout.Create(paper, edition)).Bytes);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2013).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void A_document_without_sections_is_still_a_valid_Word_file()
    {
        var empty = Sample with { Sections = [] };

        using var word = Open(new DocxRenderer().Render(empty).Bytes);

        new OpenXmlValidator(FileFormatVersions.Office2013).Validate(word).ShouldBeEmpty();
        word.MainDocumentPart!.Document.Body!.Elements<W.SectionProperties>().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData(Paper.Letter, 12240, 15840)]
    [InlineData(Paper.A4, 11906, 16838)]
    public void Every_section_is_laid_out_on_the_paper_asked_for(Paper paper, int width, int height)
    {
        using var word = Open(new DocxRenderer().Render(SampleHandout.Create(paper)).Bytes);

        var sections = word.MainDocumentPart!.Document.Descendants<W.SectionProperties>().ToList();

        sections.Count.ShouldBe(Sample.Sections.Count);
        sections.ShouldAllBe(s => s.GetFirstChild<W.PageSize>()!.Width!.Value == width && s.GetFirstChild<W.PageSize>()!.Height!.Value == height);
        sections.ShouldAllBe(s => s.GetFirstChild<W.PageMargin>()!.Left!.Value == 1080 && s.GetFirstChild<W.PageMargin>()!.Top!.Value == 1080);
    }

    [Fact]
    public void Each_section_after_the_first_starts_on_a_new_page_under_its_own_running_title()
    {
        using var word = Open(Letter.Value);
        var main = word.MainDocumentPart!;

        var sections = main.Document.Descendants<W.SectionProperties>().ToList();
        var headers = sections.Select(s => ((HeaderPart)main.GetPartById(s.GetFirstChild<W.HeaderReference>()!.Id!)).Header.InnerText).ToList();

        sections.ShouldAllBe(s => s.GetFirstChild<W.SectionType>()!.Val!.Value == W.SectionMarkValues.NextPage);
        headers.ShouldBe(Sample.Sections.Select(s => "Student handout" + s.RunningTitle));
    }

    [Fact]
    public void The_footer_carries_the_attribution_and_page_n_of_m_fields()
    {
        using var word = Open(Letter.Value);
        var main = word.MainDocumentPart!;

        var footers = main.Document.Descendants<W.FooterReference>().Select(r => ((FooterPart)main.GetPartById(r.Id!)).Footer).Distinct().ToList();

        footers.ShouldHaveSingleItem();
        var footer = footers[0];
        footer.InnerText.ShouldStartWith(Sample.Setup.Footer);
        footer.Descendants<W.SimpleField>().Select(f => f.Instruction!.Value!.Trim()).ShouldBe(["PAGE", "NUMPAGES"]);
        footer.Descendants<W.Text>().Select(t => t.Text).ShouldContain("Page ");
        footer.Descendants<W.Text>().Select(t => t.Text).ShouldContain(" of ");
    }

    [Fact]
    public void The_styles_part_names_every_style_a_teacher_edits()
    {
        using var word = Open(Letter.Value);

        var names = Styles(word).Select(s => s.StyleName!.Val!.Value).ToList();

        string[] wanted =
        [
            "Normal", "Title", "heading 1", "heading 2", "heading 3", "Quote", "Quote Interview", "List Bullet", "List Number",
            "Handout Table", "Kicker", "Note", "Starter", "Speaker", "Line Number", "Callout Title", "Callout Text",
            "Advisory Box", "Note Box", "Writing Line", "Form Field", "header", "footer",
        ];
        wanted.ShouldBeSubsetOf(names);
    }

    [Fact]
    public void Headings_have_outline_levels_one_to_three()
    {
        using var word = Open(Letter.Value);

        var levels = Styles(word).Where(s => s.StyleId!.Value!.StartsWith("Heading", StringComparison.Ordinal))
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleParagraphProperties!.OutlineLevel!.Val!.Value);

        levels.ShouldBe(new Dictionary<string, int> { ["Heading1"] = 0, ["Heading2"] = 1, ["Heading3"] = 2 }, ignoreOrder: true);
    }

    [Fact]
    public void The_body_uses_named_styles_and_no_run_formatting()
    {
        using var word = Open(Letter.Value);
        var body = word.MainDocumentPart!.Document.Body!;
        var styles = Styles(word).Select(s => s.StyleId!.Value).ToHashSet();

        var paragraphStyles = body.Descendants<W.Paragraph>().Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value).ToList();
        var runStyles = body.Descendants<W.RunStyle>().Select(r => r.Val!.Value).ToList();
        var tableStyles = body.Descendants<W.TableStyle>().Select(t => t.Val!.Value).ToList();

        paragraphStyles.ShouldAllBe(id => id != null && styles.Contains(id));
        runStyles.Concat(tableStyles).ShouldAllBe(id => styles.Contains(id));
        body.Descendants<W.RunProperties>().ShouldAllBe(r => r.ChildElements.All(c => c is W.RunStyle));
    }

    [Theory]
    [InlineData(Edition.Standard, "Charis SIL", "Lato")]
    [InlineData(Edition.LargePrint, "Charis SIL", "Lato")]
    [InlineData(Edition.EasyRead, "Andika", "Andika")]
    public void The_styles_name_the_edition_s_faces(Edition edition, string body, string headings)
    {
        using var word = Open(new DocxRenderer().Render(SampleHandout.Create(edition: edition)).Bytes);

        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var heading = Styles(word).Single(s => s.StyleId == "Heading1").StyleRunProperties!.RunFonts!;

        (defaults.RunFonts!.Ascii!.Value, heading.Ascii!.Value).ShouldBe((body, headings));
        defaults.Languages!.Val!.Value.ShouldBe("en-US");
    }

    [Fact]
    public void Large_print_sets_every_reading_style_at_18_points_or_more()
    {
        using var word = Open(new DocxRenderer().Render(SampleHandout.Create(edition: Edition.LargePrint)).Bytes);

        var defaults = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var sized = Styles(word)
            .Where(s => s.StyleId!.Value is not ("Header" or "Footer" or "LineNumber"))
            .Select(s => s.StyleRunProperties?.FontSize?.Val?.Value)
            .OfType<string>()
            .Select(int.Parse)
            .ToList();

        int.Parse(defaults.FontSize!.Val!.Value!).ShouldBeGreaterThanOrEqualTo(36);
        sized.ShouldNotBeEmpty();
        sized.ShouldAllBe(halfPoints => halfPoints >= 36);
    }

    [Fact]
    public void Easy_read_has_no_italics_and_one_and_a_half_line_spacing()
    {
        using var word = Open(new DocxRenderer().Render(SampleHandout.Create(edition: Edition.EasyRead)).Bytes);

        Styles(word).ShouldAllBe(s => s.StyleRunProperties == null || s.StyleRunProperties.Italic == null);
        Styles(word).Single(s => s.StyleId == "Normal").StyleParagraphProperties!.SpacingBetweenLines!.Line!.Value.ShouldBe("360");
    }

    [Fact]
    public void Every_quotation_keeps_its_words_whole_in_one_run_after_its_speaker_and_line()
    {
        using var word = Open(Letter.Value);
        var paragraphs = word.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().ToList();

        foreach (var quotation in SampleHandout.AllBlocks(Sample).OfType<Quotation>())
        {
            var paragraph = paragraphs.Single(p => p.Descendants<W.Text>().Any(t => t.Text == quotation.Words));
            var runs = paragraph.Elements<W.Run>().ToList();

            runs[0].InnerText.ShouldBe(quotation.Line.ToString());
            runs[0].RunProperties!.RunStyle!.Val!.Value.ShouldBe("LineNumber");
            if (quotation.Speaker is not null)
            {
                runs.Single(r => r.RunProperties?.RunStyle?.Val?.Value == "Speaker").InnerText.ShouldBe(quotation.Speaker);
            }

            paragraph.ParagraphProperties!.ParagraphStyleId!.Val!.Value.ShouldBe(quotation.Voice == Voice.Interview ? "QuoteInterview" : "Quote");
        }
    }

    [Fact]
    public void A_later_interview_says_so_in_words_as_well_as_in_its_style()
    {
        using var word = Open(Letter.Value);
        var interview = SampleHandout.AllBlocks(Sample).OfType<Quotation>().First(q => q.Voice == Voice.Interview);

        var paragraph = word.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Single(p => p.InnerText.Contains(interview.Words, StringComparison.Ordinal));

        paragraph.InnerText.ShouldContain("in a later interview with the AP");
    }

    [Fact]
    public void A_label_that_already_names_the_interview_is_not_followed_by_it_again()
    {
        const string Label = "The AP, quoting Leonid’s mother in a later interview";
        var document = SampleHandout.Create() with { Sections = [new Section("q", "Q", null, [new Heading(1, "Q"), new Quotation(Label, "“This is absurd,” she said.", 47, Voice.Interview)])] };
        using var word = Open(new DocxRenderer().Render(document).Bytes);
        var paragraph = word.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Single(p => p.InnerText.Contains("absurd", StringComparison.Ordinal));
        System.Text.RegularExpressions.Regex.Matches(paragraph.InnerText, "interview").Count.ShouldBe(1, paragraph.InnerText);
        paragraph.InnerText.ShouldContain(Label + ": “This is absurd,”");
    }

    [Fact]
    public void Lists_use_real_numbering_and_each_numbered_list_restarts_at_one()
    {
        using var word = Open(Letter.Value);
        var main = word.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart!.Numbering;

        var numberedLists = SampleHandout.AllBlocks(Sample).OfType<ListBlock>().Count(l => l.Numbered);
        var listParagraphs = main.Document.Body!.Descendants<W.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties != null).ToList();
        var numbered = listParagraphs.Where(p => p.ParagraphProperties!.ParagraphStyleId!.Val == "ListNumber")
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().ToList();

        numbered.Count.ShouldBe(numberedLists);
        foreach (var id in numbered)
        {
            var instance = numbering.Elements<W.NumberingInstance>().Single(n => n.NumberID!.Value == id);
            instance.Elements<W.LevelOverride>().First(o => o.LevelIndex!.Value == 0).StartOverrideNumberingValue!.Val!.Value.ShouldBe(1);
        }

        var formats = numbering.Elements<W.AbstractNum>().Select(a => a.Elements<W.Level>().First().NumberingFormat!.Val!.Value).ToList();
        formats.ShouldBe([W.NumberFormatValues.Bullet, W.NumberFormatValues.Decimal]);
        listParagraphs.Count.ShouldBe(SampleHandout.AllBlocks(Sample).OfType<ListBlock>().Sum(l => l.Items.Count));
    }

    [Fact]
    public void Blocks_under_a_list_item_sit_at_the_item_s_text()
    {
        using var word = Open(Letter.Value);
        var body = word.MainDocumentPart!.Document.Body!;

        var starter = body.Elements<W.Paragraph>().First(p => p.ParagraphProperties!.ParagraphStyleId!.Val == "Starter" && p.ParagraphProperties.Indentation != null);
        var lines = body.Elements<W.Paragraph>().Where(p => p.ParagraphProperties!.ParagraphStyleId!.Val == "WritingLine").ToList();

        starter.ParagraphProperties!.Indentation!.Left!.Value.ShouldBe("360");
        lines.ShouldAllBe(p => p.ParagraphProperties!.Indentation!.Left! == "360");
    }

    [Fact]
    public void Writing_space_is_one_ruled_paragraph_per_line()
    {
        using var word = Open(Letter.Value);

        var lines = word.MainDocumentPart!.Document.Body!.Descendants<W.Paragraph>().Count(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "WritingLine");

        lines.ShouldBe(SampleHandout.AllBlocks(Sample).OfType<WritingSpace>().Sum(w => w.Lines));
    }

    [Fact]
    public void A_table_repeats_its_header_row_never_splits_a_row_and_keeps_its_proportions()
    {
        using var word = Open(Letter.Value);
        var model = SampleHandout.AllBlocks(Sample).OfType<Documents.Table>().Single();

        var table = word.MainDocumentPart!.Document.Body!.Elements<W.Table>().Single(t => t.GetFirstChild<W.TableProperties>()!.TableStyle!.Val == "HandoutTable");
        var rows = table.Elements<W.TableRow>().ToList();
        var widths = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();

        rows.Count.ShouldBe(model.Rows.Count + 1);
        rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>().ShouldNotBeNull();
        rows.Skip(1).ShouldAllBe(r => r.TableRowProperties!.GetFirstChild<W.TableHeader>() == null);
        rows.ShouldAllBe(r => r.TableRowProperties!.GetFirstChild<W.CantSplit>() != null);
        rows[0].Elements<W.TableCell>().Select(c => c.InnerText).ShouldBe(model.Columns.Select(c => c.Header));
        ((double)widths.Sum()).ShouldBe(12240 - 2 * 1080, tolerance: 2);
        ((double)widths[1] / widths[0]).ShouldBe(2.2, tolerance: 0.01);
    }

    [Fact]
    public void A_callout_is_a_box_with_its_title_that_does_not_split()
    {
        using var word = Open(Letter.Value);

        var boxes = word.MainDocumentPart!.Document.Body!.Elements<W.Table>()
            .Where(t => t.GetFirstChild<W.TableProperties>()!.TableStyle!.Val!.Value is "AdvisoryBox" or "NoteBox").ToList();
        var callouts = SampleHandout.AllBlocks(Sample).OfType<Callout>().ToList();

        boxes.Select(b => b.Descendants<W.Paragraph>().First().InnerText).ShouldBe(callouts.Select(c => c.Title));
        boxes.ShouldAllBe(b => b.Elements<W.TableRow>().Single().TableRowProperties!.GetFirstChild<W.CantSplit>() != null);
    }

    [Fact]
    public void Kept_together_blocks_keep_with_next_but_for_the_last_paragraph()
    {
        using var word = Open(Letter.Value);
        var body = word.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().ToList();
        var group = SampleHandout.AllBlocks(Sample).OfType<KeepTogether>().Single();
        var last = (Quotation)group.Blocks[^1];

        var end = body.FindIndex(p => p.InnerText.Contains(last.Words, StringComparison.Ordinal));
        var start = end - (group.Blocks.Count - 1);

        body.Skip(start).Take(group.Blocks.Count - 1).ShouldAllBe(p => p.ParagraphProperties!.KeepNext != null);
        body[end].ParagraphProperties!.KeepNext.ShouldBeNull();
    }

    [Fact]
    public void Contents_entries_link_to_their_sections()
    {
        using var word = Open(Letter.Value);
        var body = word.MainDocumentPart!.Document.Body!;

        var anchors = body.Descendants<W.Hyperlink>().Select(h => h.Anchor!.Value).ToList();
        var bookmarks = body.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value).ToList();

        anchors.ShouldBe(["Section_ivan_1", "Section_leonid_1"]);
        anchors.ShouldBeSubsetOf(bookmarks);
    }

    [Fact]
    public void The_core_properties_say_what_the_document_is()
    {
        using var word = Open(Letter.Value);

        var properties = word.PackageProperties;

        (properties.Title, properties.Subject, properties.Keywords, properties.Language, properties.Creator)
            .ShouldBe((Sample.Info.Title, Sample.Info.Subject, Sample.Info.Keywords, "en-US", "Curriculum"));
        (properties.Created, properties.Modified).ShouldBe((null, null));
    }

    private static List<string> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return $"{e.FullName} {e.LastWriteTime:O}\n{reader.ReadToEnd()}";
        })];
    }

    internal static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static IEnumerable<W.Style> Styles(WordprocessingDocument word) =>
        word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<W.Style>();
}
