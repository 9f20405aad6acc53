using Curriculum.Core.Teaching;
using Curriculum.Rendering.Docx;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Tests.Handouts;

namespace Curriculum.Rendering.Tests.Docx;

/// <summary>The Word file read back by pandoc and converted by LibreOffice: tools that know nothing of how we wrote it.</summary>
public sealed class DocxReadBackTests
{
    private static readonly HandoutDocument Sample = SampleHandout.Create();
    private static readonly Lazy<byte[]> Docx = new(() => new DocxRenderer().Render(Sample).Bytes);
    private static readonly Lazy<string> Markdown = new(() => Pandoc.ToMarkdown(Docx.Value));

    [ToolFact("pandoc")]
    public void Pandoc_reads_the_headings_in_order_at_their_levels()
    {
        var expected = Sample.Sections.SelectMany(s => SampleHandout.Flatten(s.Blocks)).OfType<Heading>()
            .Select(h => new string('#', h.Level) + " " + h.Text);

        Pandoc.Headings(Markdown.Value).ShouldBe(expected);
    }

    [ToolFact("pandoc")]
    public void Pandoc_finds_every_quotation_verbatim_after_its_speaker()
    {
        var text = Pandoc.Plain(Markdown.Value);

        foreach (var quotation in SampleHandout.AllBlocks(Sample).OfType<Quotation>())
        {
            text.ShouldContain(quotation.Words);
            if (quotation.Speaker is not null)
            {
                text.ShouldContain($"{quotation.Line} **{quotation.Speaker}**");
            }
        }
    }

    [ToolFact("pandoc")]
    public void Pandoc_reads_every_list_item_as_a_list_item()
    {
        var lines = Markdown.Value.Split('\n').Select(l => Pandoc.Plain(l).Trim()).ToList();

        foreach (var list in SampleHandout.AllBlocks(Sample).OfType<ListBlock>().Where(l => !InCallout(l)))
        {
            for (var i = 0; i < list.Items.Count; i++)
            {
                var marker = list.Numbered ? $"{i + 1}. " : "- ";
                lines.ShouldContain(marker + Pandoc.Plain(AsMarkdown(list.Items[i].Text)));
            }
        }
    }

    [ToolFact("pandoc")]
    public void Pandoc_reads_the_table_with_its_header_and_every_row()
    {
        var table = SampleHandout.AllBlocks(Sample).OfType<Documents.Table>().Single();
        var lines = Markdown.Value.Split('\n');

        var header = lines.Single(l => table.Columns.All(c => l.Contains(c.Header, StringComparison.Ordinal)));
        var rows = table.Rows.Select(r => lines.SingleOrDefault(l => r.Where(c => c.Runs.Count > 0).All(c => l.Contains(c.PlainText, StringComparison.Ordinal))));

        header.ShouldNotBeNull();
        rows.ShouldAllBe(row => row != null);
    }

    [ToolFact("pandoc")]
    public void Pandoc_reads_quotations_as_block_quotes()
    {
        var quoted = Markdown.Value.Split('\n').Where(l => l.StartsWith("> ", StringComparison.Ordinal)).Select(Pandoc.Plain).ToList();

        SampleHandout.AllBlocks(Sample).OfType<Quotation>().ShouldAllBe(q => quoted.Any(l => l.Contains(q.Words, StringComparison.Ordinal)));
    }

    [ToolFact("soffice", "pdfinfo")]
    public void LibreOffice_converts_the_handout_to_a_pdf_of_letter_pages_with_every_quotation()
    {
        var pdf = LibreOffice.ToPdf(Docx.Value);
        var text = Kit.Squeezed(pdf);

        // Each section starts a page and the long table runs onto another; a dozen would mean something broke apart.
        PdfInfo.Pages(pdf).ShouldBeInRange(Sample.Sections.Count + 1, 10);
        PdfInfo.PageSize(pdf).ShouldBe((612, 792));
        SampleHandout.AllBlocks(Sample).OfType<Quotation>().ShouldAllBe(q => text.Contains(Kit.Squeeze(q.Words)));
        text.ShouldContain(Kit.Squeeze("Page 1 of"));
    }

    [ToolFact("soffice", "pdfinfo")]
    public void LibreOffice_lays_the_A4_handout_out_on_A4()
    {
        var pdf = LibreOffice.ToPdf(new DocxRenderer().Render(SampleHandout.Create(Paper.A4)).Bytes);

        var (width, height) = PdfInfo.PageSize(pdf);

        (Math.Round(width), Math.Round(height)).ShouldBe((595, 842));
    }

    private static bool InCallout(ListBlock list) => SampleHandout.AllBlocks(Sample).OfType<Callout>().Any(c => c.Body.Contains(list));

    /// <summary>Runs as pandoc writes them: emphasis in single stars, strong in double.</summary>
    private static string AsMarkdown(IEnumerable<Run> runs) => string.Concat(runs.Select(r => r.Style switch
    {
        RunStyle.Emphasis => $"*{r.Text}*",
        RunStyle.Strong => $"**{r.Text}**",
        _ => r.Text,
    }));
}
