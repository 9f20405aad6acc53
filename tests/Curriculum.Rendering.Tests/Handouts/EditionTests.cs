using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;
using UglyToad.PdfPig;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>Editions that keep their promise, checked in the PDF itself (issue 11, point 5).</summary>
public sealed class EditionTests
{
    [Theory]
    [InlineData("ivan-2", "student")]
    [InlineData("leonid-4", "teacher")]
    public void Large_print_sets_nothing_a_reader_reads_under_18_points(string unit, string kind)
    {
        var pdf = Kit.Render(unit, DocumentKinds.Find(kind)!, options: new HandoutOptions(Paper.Letter, Edition.LargePrint));
        using var document = PdfDocument.Open(pdf.Bytes);
        var checkedLetters = 0;
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var y = word.BoundingBox.Bottom;
                // Page furniture: the running header and footer bands, and the seed's line numbers in the left margin.
                var furniture = y > page.Height - 70 || y < 86 || (word.BoundingBox.Left < 54 + 50 && word.Text.All(char.IsDigit));
                if (furniture || word.Letters.All(l => char.IsWhiteSpace(l.Value[0])))
                {
                    continue;
                }

                foreach (var letter in word.Letters)
                {
                    letter.PointSize.ShouldBeGreaterThanOrEqualTo(17.9, $"{pdf.FileName} page {page.Number}: “{word.Text}” at {letter.PointSize:0.#} pt");
                    checkedLetters++;
                }
            }
        }

        checkedLetters.ShouldBeGreaterThan(1000);
    }

    [Theory]
    [InlineData(Edition.Standard)]
    [InlineData(Edition.EasyRead)]
    [InlineData(Edition.LargePrint)]
    public void The_claim_task_is_never_split_mid_sentence(Edition edition)
    {
        // In large print the task and its eleven lines are taller than a page: the task and its first lines stay
        // together and only lines follow over the page (it broke mid-sentence before).
        // Sets of 4 to 6 prompts move the task to different places on the page.
        foreach (var count in new[] { 4, 5, 6 })
        {
            var pdf = Kit.Renderer.Render(Kit.Set("ivan-2", count: count), DocumentKinds.Student, new HandoutOptions(Paper.Letter, edition));
            var pages = Kit.PageTexts(pdf.Bytes).Select(Kit.Squeeze).ToList();
            var page = pages.FindIndex(t => t.Contains("Claim,evidence,reasoning", StringComparison.Ordinal));
            page.ShouldBeGreaterThanOrEqualTo(0);
            pages[page].ShouldContain(Kit.Squeeze("Reasoning: how the evidence shows the claim is true."), Case.Sensitive, $"{edition}, {count} prompts: the task breaks over the page");
            pages[page].ShouldContain(Kit.Squeeze("says what the source cannot show."), Case.Sensitive, $"{edition}, {count} prompts: the task breaks over the page");
        }
    }

    [Fact]
    public void Easy_read_sets_no_italics()
    {
        var pdf = Kit.Render("ivan-3", DocumentKinds.Student, options: new HandoutOptions(Paper.Letter, Edition.EasyRead));
        using var document = PdfDocument.Open(pdf.Bytes);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => !f.Contains("Italic", StringComparison.OrdinalIgnoreCase));

        // The standard edition does set the interview and the starters in italics: the test can tell the difference.
        using var standard = PdfDocument.Open(Kit.Render("ivan-3", DocumentKinds.Student).Bytes);
        standard.GetPages().SelectMany(p => p.Letters).ShouldContain(l => (l.FontName ?? "").Contains("Italic", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("leonid-3")]
    [InlineData("ivan-1")]
    public void Grades_6_to_8_read_in_short_chunks_with_each_gloss_beside_its_word_and_every_starter(string unit)
    {
        var set = Kit.Set(unit, "6-8");
        var blocks = Kit.Renderer.Compose(set, DocumentKinds.Student, HandoutOptions.Letter).Sections.Single().Blocks;
        var vocabulary = set.Materials.Single().Annotation.Vocabulary;
        var glosses = blocks.OfType<Callout>().Where(c => c.Title == "Words in this part").ToList();
        glosses.ShouldNotBeEmpty();
        ModelWalk.Blocks(blocks).OfType<Heading>().ShouldNotContain(h => h.Text == "Words to know");

        // A gloss comes only at the end of a chunk (every ChunkLines lines of the reading, or its end), and names only
        // words that occur in that chunk.
        var lines = new List<string>();
        var reading = blocks.SkipWhile(b => b is not Quotation).TakeWhile(b => b is not Heading).ToList();
        foreach (var block in reading)
        {
            if (block is Quotation q)
            {
                lines.Add(q.Words);
            }
            else if (block is Paragraph)
            {
                lines.Add(""); // a line left out
            }
            else if (block is Callout { Title: "Words in this part" } gloss)
            {
                var atEnd = block == reading.Last(b => b is Quotation or Paragraph or Callout { Title: "Words in this part" });
                (lines.Count % StudentHandout.ChunkLines == 0 || atEnd).ShouldBeTrue(unit);
                var chunk = lines.Skip((lines.Count - 1) / StudentHandout.ChunkLines * StudentHandout.ChunkLines).ToList();
                var terms = ((ListBlock)gloss.Body.Single()).Items.Select(i => i.Text[0].Text).ToList();
                terms.ShouldAllBe(t => chunk.Any(w => w.Contains(t, StringComparison.OrdinalIgnoreCase)), unit);
                terms.ShouldAllBe(t => vocabulary.Any(v => v.Term == t));
            }
        }

        var items = blocks.OfType<ListBlock>().Single(l => l.Numbered).Items;
        foreach (var (item, prompt) in items.Zip(set.Prompts))
        {
            foreach (var starter in prompt.Starters)
            {
                item.More.OfType<Paragraph>().ShouldContain(p => p.PlainText.Contains(starter, StringComparison.Ordinal));
            }
        }
    }
}
