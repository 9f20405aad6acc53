using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Tests.Docx;
using Curriculum.Rendering.Tests.Pdf;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>The whole kit as <c>course --format all</c> writes it, once for every test that reads it back.</summary>
public sealed class WholeKit
{
    public WholeKit()
    {
        var sets = new Dictionary<string, DiscussionSet>(StringComparer.Ordinal);
        DiscussionSet SetFor(IReadOnlyList<string> units)
        {
            // As `course` asks: the default audience and its lesson's count of prompts.
            var set = Kit.Generator.Generate(new DiscussionRequest(units, [], "9-10", Curriculum.Core.Teaching.Taxonomy.DefaultPromptCount("9-10"), 1));
            lock (sets)
            {
                sets[string.Join(',', units)] = set;
            }

            return set;
        }

        // The packet as the course command asks for it: a ladder of prompts per unit, each unit asked for on its own.
        DiscussionSet PacketSetFor(IReadOnlyList<string> units) =>
            WorkshopPacket.Set(units, (unit, count) => Kit.Generator.Generate(new DiscussionRequest([unit], [], "9-10", count, 1)));

        Documents = [.. Kit.Renderer.Kit(SetFor, Kit.Course.Article.UnitIds, HandoutOptions.Letter, Enum.GetValues<OutputFormat>(), PacketSetFor).Select(d => d.Render())];
        Sets = sets;
    }

    public IReadOnlyList<RenderedDocument> Documents { get; }

    /// <summary>The sets the documents were made from, by their units joined with commas.</summary>
    public IReadOnlyDictionary<string, DiscussionSet> Sets { get; }

    public IEnumerable<RenderedDocument> Of(OutputFormat format) => Documents.Where(d => d.FileName.EndsWith(Choices.Extension(format), StringComparison.Ordinal));

    public RenderedDocument Pdf(RenderedDocument other) => Documents.Single(d => d.FileName == Path.ChangeExtension(other.FileName, ".pdf"));

    /// <summary>The set a per-unit document (student handout or teacher guide) was made from.</summary>
    public DiscussionSet? SetOf(RenderedDocument document)
    {
        var unit = Kit.Course.Article.UnitIds.FirstOrDefault(u => Path.GetFileNameWithoutExtension(document.FileName).EndsWith("-" + u, StringComparison.Ordinal));
        return unit is not null && Sets.TryGetValue(unit, out var set) ? set : null;
    }
}

/// <summary>Every Word file of the kit, read back by pandoc and LibreOffice: tools we did not write.</summary>
public sealed class KitReadBackTests(WholeKit kit) : IClassFixture<WholeKit>
{
    [ToolFact("pandoc")]
    public void Pandoc_reads_every_word_file_with_headings_in_order_every_excerpt_verbatim_and_every_prompt()
    {
        var docx = kit.Of(OutputFormat.Docx).ToList();
        docx.Count.ShouldBe(32);
        foreach (var document in docx)
        {
            var markdown = Pandoc.ToMarkdown(document.Bytes);
            var headings = Pandoc.Headings(markdown);
            headings.ShouldNotBeEmpty(document.FileName);
            headings[0].ShouldStartWith("# ", customMessage: document.FileName);
            var levels = headings.Select(h => h.TakeWhile(c => c == '#').Count()).ToList();
            for (var i = 1; i < levels.Count; i++)
            {
                levels[i].ShouldBeLessThanOrEqualTo(levels[i - 1] + 1, $"{document.FileName}: '{headings[i]}' skips a level after '{headings[i - 1]}'");
            }

            var text = Kit.Squeeze(Pandoc.Plain(markdown));
            if (kit.SetOf(document) is { } set)
            {
                // The student handout prints the whole reading; the guide, the prompts and what to listen for.
                // (An excerpt of another unit, the other half of a pairing, is quoted in its prompt.)
                foreach (var excerpt in document.FileName.StartsWith("student-", StringComparison.Ordinal) ? set.Excerpts.Where(e => set.Units[0].Id == e.Unit) : [])
                {
                    var block = Kit.Course.Article.FindBlock(excerpt.Block)!;
                    text.ShouldContain(Kit.Squeeze(block.Spoken ?? block.Text), Case.Sensitive, $"{document.FileName}: {excerpt.Block}");
                }

                foreach (var prompt in set.Prompts)
                {
                    text.ShouldContain(Kit.Squeeze(prompt.Text), Case.Sensitive, $"{document.FileName}: {prompt.Id}");
                }

                markdown.ShouldContain("1.  ", Case.Sensitive, $"{document.FileName}: the prompts are a numbered list");
            }
        }
    }

    /// <summary>
    /// LibreOffice sets every Word file, and each of its sections (a unit's guide, its opt-out sheet, a packet's part)
    /// starts where ours does and runs within a page of ours. Compared section by section, not by the document's total:
    /// two layout engines drift by a few lines a page, and over a long document that drift alone moved the totals by
    /// two pages either way with a few words changed (ARCHITECTURE.md, traps), while a section that lays out wrong in
    /// Word still shows.
    /// </summary>
    [ToolFact("soffice", "pdfinfo", "pdftotext")]
    public void LibreOffice_sets_every_word_file_section_by_section_within_a_page_of_our_pdf()
    {
        var docx = kit.Of(OutputFormat.Docx).ToList();
        var converted = LibreOffice.ToPdfs([.. docx.Select(d => (d.FileName, d.Bytes))]);

        converted.Count.ShouldBe(docx.Count);
        foreach (var document in docx)
        {
            var ours = Sections(PdfToText.PageHeaders(kit.Pdf(document).Bytes));
            var theirs = Sections(PdfToText.PageHeaders(converted[document.FileName]));
            theirs.Select(s => s.Header).ShouldBe(ours.Select(s => s.Header), $"{document.FileName}: the sections, in order, by their running headers");
            for (var i = 0; i < ours.Count; i++)
            {
                Math.Abs(theirs[i].Pages - ours[i].Pages).ShouldBeLessThanOrEqualTo(1, $"{document.FileName}, section “{ours[i].Header}”: LibreOffice {theirs[i].Pages} pages, ours {ours[i].Pages}");
            }
        }

        // Runs of pages under one running header, in order.
        static List<(string Header, int Pages)> Sections(IReadOnlyList<string> headers)
        {
            var sections = new List<(string Header, int Pages)>();
            foreach (var header in headers)
            {
                if (sections.Count > 0 && sections[^1].Header == header)
                {
                    sections[^1] = (header, sections[^1].Pages + 1);
                }
                else
                {
                    sections.Add((header, 1));
                }
            }

            return sections;
        }
    }

    [PdfAccessibilityFact]
    public void Every_pdf_of_the_kit_is_tagged_with_its_reading_in_order_and_bookmarks()
    {
        var pdfs = kit.Of(OutputFormat.Pdf).ToList();
        pdfs.Count.ShouldBe(32);
        foreach (var document in pdfs)
        {
            // A student handout's reading, in the order of the article, is found in the structure's reading order.
            var set = kit.SetOf(document);
            IReadOnlyList<string> reading = set is not null && document.FileName.StartsWith("student-", StringComparison.Ordinal)
                ? [.. set.Materials.Single(m => m.Unit == set.Units[0].Id).Reading.Where(r => !r.LeftOut).Select(r => r.Words)]
                : [];
            var report = PdfAccessibilityCheck.Run(document.Bytes, reading);
            report.Failures.ShouldBeEmpty(document.FileName);
            report.Language.ShouldBe("en-US");
            report.Headings.ShouldNotBeEmpty(document.FileName);
            report.Bookmarks.ShouldNotBeEmpty(document.FileName);
        }
    }
}
