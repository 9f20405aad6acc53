using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;
using Curriculum.Rendering.Tests.Layout;
using Curriculum.Rendering.Tests.Pdf;
using UglyToad.PdfPig;

namespace Curriculum.Rendering.Tests.Handouts;

public sealed class StudentHandoutTests
{
    private static readonly Lazy<RenderedDocument> Leonid1 = new(() => Kit.Render("leonid-1", DocumentKinds.Student));

    [Fact]
    public void The_handout_reads_in_order_title_fields_advisory_context_vocabulary_reading_organizer_questions()
    {
        var text = string.Join(' ', Kit.PageTexts(Leonid1.Value.Bytes));
        string[] order = ["Leonid · ONE: Kill if you don’t want to be killed", "Name", "Class", "Date", "Content advisory: high", "Before you read", "Words to know", "The reading", "Mother: “When did you get scared?”", "Sourcing the lines", "Questions", "1."];
        var positions = order.Select(s => text.IndexOf(s.Replace("Mother:", "Leonid’s mother:", StringComparison.Ordinal), StringComparison.Ordinal)).ToList();
        positions.ShouldAllBe(p => p >= 0);
        positions.ShouldBeInOrder();
    }

    [Fact]
    public void Every_line_of_the_unit_is_printed_verbatim_with_its_speaker_named()
    {
        var squeezed = Kit.Squeezed(Leonid1.Value.Bytes);
        foreach (var block in Kit.Course.Article.FindUnit("leonid-1")!.ArticleBlocks)
        {
            var printed = block.Kind == BlockKind.Call ? $"{block.Speaker!.Name}: {block.Spoken}" : block.Text;
            squeezed.ShouldContain(Kit.Squeeze(printed), Case.Sensitive, block.Id);
        }
    }

    [Fact]
    public void Every_excerpt_the_prompts_point_at_is_in_the_handout_verbatim()
    {
        var set = Kit.Set("maxim-2");
        var squeezed = Kit.Squeezed(Kit.Renderer.Render(set, DocumentKinds.Student, HandoutOptions.Letter).Bytes);
        set.Excerpts.ShouldNotBeEmpty();
        foreach (var excerpt in set.Excerpts)
        {
            var block = Kit.Course.Article.FindBlock(excerpt.Block)!;
            squeezed.ShouldContain(Kit.Squeeze(block.Spoken ?? block.Text), Case.Sensitive, excerpt.Block);
        }
    }

    [Fact]
    public void Photo_captions_and_teasers_are_never_printed()
    {
        var squeezed = Kit.Squeezed(Leonid1.Value.Bytes);
        squeezed.ShouldNotContain(Kit.Squeeze("Vladimir Putin says Moscow is suspending its participation in New START"));
    }

    [Fact]
    public void Every_page_carries_the_attribution_and_page_n_of_m()
    {
        var pages = Kit.PageTexts(Leonid1.Value.Bytes);
        Leonid1.Value.PageCount.ShouldBe(pages.Count);
        pages.Count.ShouldBeGreaterThan(1);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].ShouldContain($"Page {i + 1} of {pages.Count}");
            pages[i].ShouldContain("The Associated Press");
        }
    }

    [Fact]
    public void Every_prompt_has_a_sentence_starter_and_ruled_lines_to_write_on()
    {
        var lessons = HandoutRenderer.Lessons(Kit.Set("leonid-1"));
        var sink = new RecordingSink();

        DocumentRenderer.Render(PdfRenderer.Layout(StudentHandout.Compose(lessons, HandoutOptions.Letter)), new FakeTextMeasurer(), sink);

        // Writing lines are the only lines indented past the prompt number and as wide as the rest of the column.
        var prompts = lessons.Units[0].Prompts;
        var writingWidth = PaperSize.Letter.Width - (2 * HandoutStyleMargins.Side) - 22;
        var ruled = sink.Pages.SelectMany(p => p.Lines).Count(l => l.Y1 == l.Y2 && Math.Abs(l.X2 - l.X1 - writingWidth) < 0.01);
        ruled.ShouldBe(prompts.Sum(p => p.WritingLines));
        prompts.ShouldAllBe(p => p.WritingLines >= 3);
        sink.Pages.SelectMany(p => p.Strings).Count(s => s.Contains("You might begin:", StringComparison.Ordinal)).ShouldBe(prompts.Count(p => p.Starters.Count > 0));
    }

    [Fact]
    public void Fonts_are_embedded_as_subsets()
    {
        using var document = PdfDocument.Open(Leonid1.Value.Bytes);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        fonts.ShouldAllBe(name => Regex.IsMatch(name ?? "", "^[A-Z]{6}\\+(Charis SIL|Lato)"));
        Regex.Count(Encoding.Latin1.GetString(Leonid1.Value.Bytes), "/FontFile2").ShouldBe(fonts.Count);
    }

    [Fact]
    public void Nothing_is_drawn_outside_the_page_margins()
    {
        using var document = PdfDocument.Open(Leonid1.Value.Bytes);
        foreach (var page in document.GetPages())
        {
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                // The left edge is where the layout sets each glyph (its origin): a glyph's ink may overhang its origin
                // by the font's design (the serif "j" at a line's start reaches 0.9 pt left of it), which no layout places.
                letter.StartBaseLine.X.ShouldBeGreaterThanOrEqualTo(HandoutStyleMargins.Side - 0.5, letter.Value);
                box.Left.ShouldBeGreaterThanOrEqualTo(HandoutStyleMargins.Side - 1.5, letter.Value);
                box.Right.ShouldBeLessThanOrEqualTo(page.Width - HandoutStyleMargins.Side + 0.5, letter.Value);
                box.Bottom.ShouldBeGreaterThanOrEqualTo(HandoutStyleMargins.Bottom - 3, letter.Value);
                box.Top.ShouldBeLessThanOrEqualTo(page.Height - HandoutStyleMargins.Top + 1, letter.Value);
            }
        }
    }

    [Fact]
    public void No_section_heading_is_the_last_thing_on_a_page()
    {
        foreach (var unit in new[] { "leonid-1", "ivan-3", "maxim-2", "introduction" })
        {
            using var document = PdfDocument.Open(Kit.Render(unit, DocumentKinds.Teacher).Bytes);
            foreach (var page in document.GetPages())
            {
                var body = page.Letters.Where(l => l.BoundingBox.Bottom > 60 && !string.IsNullOrWhiteSpace(l.Value)).ToList();
                var headings = body.Where(l => Math.Abs(l.PointSize - 13.5) < 0.01).ToList();
                if (headings.Count == 0)
                {
                    continue;
                }

                var lowestHeading = headings.Min(l => l.StartBaseLine.Y);
                body.ShouldContain(l => l.StartBaseLine.Y < lowestHeading - 1, $"{unit}: page {page.Number} ends with a heading");
            }
        }
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Kit.Render("ivan-2", DocumentKinds.Student).Bytes.ShouldBe(Kit.Render("ivan-2", DocumentKinds.Student).Bytes);
    }

    [Fact]
    public void A4_is_printed_on_request_and_letter_by_default()
    {
        using var letter = PdfDocument.Open(Leonid1.Value.Bytes);
        using var a4 = PdfDocument.Open(Kit.Render("leonid-1", DocumentKinds.Student, options: new HandoutOptions(Paper.A4)).Bytes);
        (letter.GetPage(1).Width, letter.GetPage(1).Height).ShouldBe((612.0, 792.0));
        (Math.Round(a4.GetPage(1).Width), Math.Round(a4.GetPage(1).Height)).ShouldBe((595.0, 842.0));
    }

    [Fact]
    public void The_pdf_says_what_it_is_in_its_metadata()
    {
        using var document = PdfDocument.Open(Leonid1.Value.Bytes);
        document.Information.Title.ShouldBe("Student handout: Leonid · ONE: Kill if you don’t want to be killed");
        (document.Information.Author ?? "").ShouldContain("The Associated Press", Case.Sensitive);
        (document.Information.Subject ?? "").ShouldContain("leonid-1", Case.Sensitive);
        (document.Information.Keywords ?? "").ShouldContain("propaganda", Case.Sensitive);
        Encoding.Latin1.GetString(Leonid1.Value.Bytes).ShouldContain("/Lang");
    }

    [Fact]
    public void For_grades_6_to_8_the_most_graphic_lines_are_left_out_and_marked()
    {
        var pdf = Kit.Render("leonid-3", DocumentKinds.Student, audience: "6-8").Bytes;
        var squeezed = Kit.Squeezed(pdf);
        squeezed.ShouldNotContain(Kit.Squeeze("He was 17 years old. And that’s it, right there."));
        squeezed.ShouldContain(Kit.Squeeze("[A line describing violence is left out of this edition.]"));
        Kit.Squeezed(Kit.Render("leonid-3", DocumentKinds.Student).Bytes).ShouldContain(Kit.Squeeze("He was 17 years old. And that’s it, right there."));
    }

    [Fact]
    public void An_easy_read_edition_sets_the_reading_in_andika_and_keeps_every_word()
    {
        var pdf = Kit.Render("leonid-1", DocumentKinds.Student, options: HandoutOptions.Letter with { Edition = Edition.EasyRead }).Bytes;
        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        fonts.ShouldContain(f => f.Contains("Andika", StringComparison.Ordinal));
        fonts.ShouldNotContain(f => f.Contains("Charis", StringComparison.Ordinal));
        Kit.Squeezed(pdf).ShouldContain(Kit.Squeeze("“They were lying there, just 18 or 19 years old. Am I different from them? No, I’m not.”"), Case.Sensitive);
    }

    [QpdfFact]
    public void The_handout_passes_qpdf_check_without_warnings()
    {
        Qpdf.Check(Leonid1.Value.Bytes);
    }
}

internal static class HandoutStyleMargins
{
    public const double Side = 54;
    public const double Top = 40;
    public const double Bottom = 34;
}
