using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Html;

namespace Curriculum.Rendering.Tests.Html;

public sealed partial class HtmlRendererTests
{
    private static readonly HtmlRenderer Renderer = new();

    [Fact]
    public void The_page_is_utf8_html_that_also_parses_as_xml_with_the_documents_language_and_title()
    {
        var bytes = Renderer.Render(SampleHandout.Build()).Bytes;
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte order mark");
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldStartWith("<!doctype html>\n<html lang=\"en-US\">");

        var html = Parse(bytes);
        html.Root!.Name.LocalName.ShouldBe("html");
        Single(html, "title").Value.ShouldBe("Leonid, part one: Kill if you don’t want to be killed — Student handout");
        Single(html, "meta", "charset").Attribute("charset")!.Value.ShouldBe("utf-8");
    }

    [Fact]
    public void Renderer_says_it_makes_html_and_gives_no_page_count()
    {
        Renderer.Format.ShouldBe(OutputFormat.Html);
        Renderer.Render(SampleHandout.Build()).PageCount.ShouldBeNull();
    }

    [Fact]
    public void Same_document_gives_the_same_bytes()
    {
        var first = new HtmlRenderer().Render(SampleHandout.Build()).Bytes;
        var second = new HtmlRenderer().Render(SampleHandout.Build()).Bytes;
        second.ShouldBe(first);
    }

    [Fact]
    public void The_page_stands_alone_with_no_script_and_nothing_fetched()
    {
        var text = Encoding.UTF8.GetString(Renderer.Render(SampleHandout.Build()).Bytes);
        text.ShouldNotContain("<script", Case.Insensitive);
        text.ShouldNotContain("<link", Case.Insensitive);
        text.ShouldNotContain("<img", Case.Insensitive);
        text.ShouldNotContain("url(", Case.Insensitive);
        text.ShouldNotContain("@import", Case.Insensitive);
        ExternalReference().Matches(text).Select(m => m.Value).ShouldBeEmpty();
        Elements(Parse(Encoding.UTF8.GetBytes(text)), "style").Count().ShouldBe(1);
    }

    [Fact]
    public void Every_quotation_is_on_the_page_verbatim_with_its_line_its_speaker_and_its_voice()
    {
        var document = SampleHandout.Build();
        var html = Parse(Renderer.Render(document).Bytes);
        var figures = Elements(html, "figure").ToList();
        var quotations = SampleHandout.Quotations(document).ToList();
        quotations.Count.ShouldBeGreaterThan(8);
        figures.Count.ShouldBe(quotations.Count);

        for (var i = 0; i < quotations.Count; i++)
        {
            var (quotation, figure) = (quotations[i], figures[i]);
            SampleHandout.SeedLines[quotation.Line - 1].ShouldContain(quotation.Words, customMessage: "the sample quotes the seed");
            Single(figure, "blockquote").Value.ShouldBe(quotation.Words);
            figure.Attribute("data-line")!.Value.ShouldBe(quotation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var caption = Single(figure, "figcaption").Value;
            caption.ShouldContain($"(line {quotation.Line})");
            var voice = quotation.Voice.ToString().ToLowerInvariant();
            figure.Attribute("class")!.Value.ShouldBe($"quotation {voice}");
            caption.ShouldContain(quotation.Voice switch
            {
                Voice.Call => "intercepted call",
                Voice.Interview => "later interview with the AP",
                _ => "The AP’s narration",
            });
            if (quotation.Voice == Voice.Narration)
            {
                caption.ShouldStartWith("The AP’s narration", customMessage: "narration has no speaker");
            }
            else
            {
                caption.ShouldStartWith(quotation.Speaker + ", ");
            }
        }
    }

    [Fact]
    public void An_interview_and_a_call_are_set_apart_by_more_than_their_words()
    {
        var css = Single(Parse(Renderer.Render(SampleHandout.Build()).Bytes), "style").Value;
        var call = Rule(css, "figure.call");
        var interview = Rule(css, "figure.interview");
        call.ShouldContain("border-left: 5px solid");
        interview.ShouldContain("dashed");
        interview.ShouldNotBe(call);
    }

    [Fact]
    public void Text_that_looks_like_markup_is_shown_as_text_everywhere_it_can_appear()
    {
        const string Nasty = "<script>alert(\"x\")</script> & Tom's </style><b>";
        var document = new HandoutDocument(
            new DocumentInfo(Nasty, Nasty, Nasty, "en", Nasty),
            new PageSetup(Paper.Letter, Edition.Standard, Nasty, Nasty + "\n\\ \" end"),
            [
                new Section("a<b>&c", Nasty, Nasty,
                [
                    new Heading(1, Nasty),
                    new Paragraph([new Run(Nasty), new Run(Nasty, RunStyle.Emphasis), new Run(Nasty, RunStyle.Strong)], ParagraphRole.Note),
                    new Quotation(Nasty, Nasty, 3, Voice.Call),
                    ListBlock.Bullets([Nasty]),
                    new Table([new TableColumn(Nasty)], [[new TableCell(Nasty)]], Nasty),
                    new FormFields([Nasty]),
                    new Callout(CalloutKind.Note, Nasty, [new Paragraph(Nasty)]),
                    new Contents([new ContentsEntry(Nasty, Nasty, "a<b>&c")]),
                ]),
            ]);
        var bytes = Renderer.Render(document).Bytes;
        var text = Encoding.UTF8.GetString(bytes);

        text.ShouldNotContain("<script", Case.Insensitive);
        text.ShouldNotContain("<b>");
        Regex.Matches(text, "</style>").Count.ShouldBe(1, "no text closes the stylesheet early");
        var html = Parse(bytes);
        Single(html, "title").Value.ShouldBe(Nasty);
        Single(html, "h1").Value.ShouldBe(Nasty);
        Single(html, "p", "class", "note").Value.ShouldBe(Nasty + Nasty + Nasty);
        Single(html, "blockquote").Value.ShouldBe(Nasty);
        Single(html, "span", "class", "who").Value.ShouldBe(Nasty);
        Single(html, "th").Value.ShouldBe(Nasty);
        Single(html, "td").Value.ShouldBe(Nasty);
        Single(html, "caption").Value.ShouldBe(Nasty);
        Single(html, "label").Value.ShouldBe(Nasty);
        Single(html, "p", "class", "callout-title").Value.ShouldBe(Nasty);
        Single(html, "meta", "name", "description").Attribute("content")!.Value.ShouldBe(Nasty);
        Single(html, "header").Value.Trim().ShouldBe(Nasty);
        var section = Single(html, "section");
        section.Attribute("id")!.Value.ShouldMatch("^[a-z0-9_-]+$");
        Single(html, "a").Attribute("href")!.Value.ShouldBe("#" + section.Attribute("id")!.Value);
        // The running header and footer are CSS strings in the page margins: escaped there too.
        var css = Single(html, "style").Value;
        css.ShouldContain("@top-left { content: \"\\3C script\\3E alert(\\22 x\\22 )\\3C /script\\3E  \\26  Tom's \\3C /style\\3E \\3C b\\3E \"");
        css.ShouldContain("\\A \\5C  \\22  end\"");
    }

    [Fact]
    public void Header_main_and_footer_hold_the_document_name_its_sections_and_the_attribution()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build()).Bytes);
        var body = Single(html, "body");
        body.Elements().Select(e => e.Name.LocalName).ShouldBe(["header", "main", "footer"]);
        Single(html, "header").Value.Trim().ShouldBe("Never saw such hell · Student handout");
        Single(html, "footer").Value.Trim().ShouldBe(Core.Course.Attribution);
        Single(html, "main").Elements().Select(e => e.Name.LocalName).ShouldBe(["section", "section", "section"]);
    }

    [Fact]
    public void Each_section_is_named_by_its_first_heading_and_the_contents_link_to_the_sections()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build()).Bytes);
        var sections = Elements(html, "section").ToList();
        sections.Select(s => s.Attribute("id")!.Value).ShouldBe(["contents", "leonid-1", "leonid-2"]);
        foreach (var section in sections)
        {
            var title = section.Attribute("aria-labelledby")!.Value;
            var heading = section.Descendants().Single(e => (string?)e.Attribute("id") == title);
            heading.Name.LocalName.ShouldBe("h1");
        }

        var nav = Single(html, "nav");
        nav.Attribute("aria-label")!.Value.ShouldBe("Contents");
        nav.Descendants().Where(e => e.Name.LocalName == "a").Select(a => a.Attribute("href")!.Value).ShouldBe(["#leonid-1", "#leonid-2"]);
        nav.Value.ShouldContain("Leonid 1 ONE: Kill if you don’t want to be killed.");
    }

    [Fact]
    public void A_section_without_a_heading_is_named_by_its_running_title()
    {
        var document = SampleHandout.Build() with
        {
            Sections = [new Section("notes", "Notes for the teacher", null, [new Paragraph("Only a paragraph.")])],
        };
        var section = Single(Parse(Renderer.Render(document).Bytes), "section");
        section.Attribute("aria-label")!.Value.ShouldBe("Notes for the teacher");
        section.Attribute("aria-labelledby").ShouldBeNull();
    }

    [Fact]
    public void Headings_never_skip_a_level_and_runs_keep_their_emphasis()
    {
        var document = SampleHandout.Build() with
        {
            Sections =
            [
                new Section("s", "S", null,
                [
                    new Heading(1, "Title"),
                    new Heading(3, "Straight to three"),
                    new Paragraph([new Run("plain "), new Run("leaned", RunStyle.Emphasis), new Run(" and "), new Run("bold", RunStyle.Strong)]),
                ]),
            ],
        };
        var html = Parse(Renderer.Render(document).Bytes);
        Single(html, "h2").Value.ShouldBe("Straight to three");
        Elements(html, "h3").ShouldBeEmpty();
        var paragraph = Single(html, "p", "class", "body");
        Single(paragraph, "em").Value.ShouldBe("leaned");
        Single(paragraph, "strong").Value.ShouldBe("bold");
        paragraph.Value.ShouldBe("plain leaned and bold");
    }

    [Fact]
    public void Paragraph_roles_are_classes_a_stylesheet_can_name()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build()).Bytes);
        var roles = Elements(html, "p").Select(p => (string?)p.Attribute("class")).Distinct().ToList();
        roles.ShouldContain("kicker");
        roles.ShouldContain("body");
        roles.ShouldContain("note");
        roles.ShouldContain("starter");
    }

    [Fact]
    public void A_table_has_its_caption_header_cells_for_columns_and_widths_in_proportion()
    {
        var table = Single(Parse(Renderer.Render(SampleHandout.Build()).Bytes), "table");
        Single(table, "caption").Value.ShouldBe("Vocabulary");
        Elements(table, "col").Select(c => c.Attribute("style")!.Value).ShouldBe(["width: 20%", "width: 40%", "width: 40%"]);
        var headers = Elements(Single(table, "thead"), "th").ToList();
        headers.Select(h => h.Value).ShouldBe(["Word", "What it means here", "Your own sentence"]);
        headers.ShouldAllBe(h => (string?)h.Attribute("scope") == "col");
        var rows = Elements(Single(table, "tbody"), "tr").ToList();
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.Elements().Count() == 3);
        Elements(table, "td").Count(td => (string?)td.Attribute("class") == "write-in").ShouldBe(2);
    }

    [Fact]
    public void Lists_are_numbered_or_bulleted_and_carry_their_starters_and_writing_space()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build()).Bytes);
        var numbered = Elements(html, "ol").Single(ol => ol.Parent!.Name.LocalName != "nav");
        var items = numbered.Elements().ToList();
        items.Count.ShouldBe(2);
        items.ShouldAllBe(li => (string?)li.Attribute("class") == "keep");
        Single(items[0], "p", "class", "starter").Value.ShouldBe("I think he means … because …");
        Elements(items[0], "div").Count(d => (string?)d.Attribute("class") == "rule").ShouldBe(4);
        Single(html, "ul").Elements().Select(li => li.Value).ShouldBe(["who is speaking, and to whom", "what the speaker leaves out", "words that make killing sound ordinary"]);
    }

    [Fact]
    public void Writing_space_is_ruled_lines_hidden_from_screen_readers_with_one_sentence_saying_it_is_there()
    {
        var document = SampleHandout.Build() with { Sections = [new Section("w", "W", null, [new Heading(1, "W"), new WritingSpace(6)])] };
        var space = Single(Parse(Renderer.Render(document).Bytes), "div", "class", "writing-space");
        Single(space, "p", "class", "sr-only").Value.ShouldBe("Space to write (6 lines).");
        var rules = Single(space, "div", "aria-hidden", "true");
        rules.Elements().Count().ShouldBe(6);
        rules.Elements().ShouldAllBe(e => (string?)e.Attribute("class") == "rule");
    }

    [Fact]
    public void Form_fields_are_labelled_inputs_with_ids_unique_on_the_page()
    {
        var document = SampleHandout.Build() with
        {
            Sections = [new Section("f", "F", null, [new Heading(1, "F"), FormFields.NameClassDate, FormFields.NameClassDate])],
        };
        var html = Parse(Renderer.Render(document).Bytes);
        var inputs = Elements(html, "input").ToList();
        inputs.Count.ShouldBe(6);
        inputs.Select(i => i.Attribute("id")!.Value).Distinct().Count().ShouldBe(6);
        foreach (var input in inputs)
        {
            var id = input.Attribute("id")!.Value;
            Elements(html, "label").Single(l => (string?)l.Attribute("for") == id).Value.ShouldBeOneOf("Name", "Class", "Date");
        }
    }

    [Fact]
    public void A_callout_is_a_note_named_by_its_title_and_an_advisory_is_marked_as_one()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build()).Bytes);
        var asides = Elements(html, "aside").ToList();
        asides.Select(a => a.Attribute("class")!.Value).ShouldBe(["callout advisory", "callout note"]);
        foreach (var aside in asides)
        {
            aside.Attribute("role")!.Value.ShouldBe("note");
            var title = aside.Elements().First();
            title.Attribute("id")!.Value.ShouldBe(aside.Attribute("aria-labelledby")!.Value);
        }

        asides[0].Elements().First().Value.ShouldBe("Content advisory: strong");
    }

    [Fact]
    public void Kept_together_blocks_are_not_split_when_printed()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build()).Bytes);
        var keep = Single(html, "div", "class", "keep");
        Elements(keep, "figure").Count().ShouldBe(2);
        Rule(Single(html, "style").Value, ".keep, li.keep, table, tr, aside.callout, .form-fields").ShouldContain("break-inside: avoid");
    }

    [Theory]
    [InlineData(Paper.Letter, "size: letter;")]
    [InlineData(Paper.A4, "size: A4;")]
    public void The_paper_is_the_setups(Paper paper, string size)
    {
        var css = Single(Parse(Renderer.Render(SampleHandout.Build(paper)).Bytes), "style").Value;
        css.ShouldContain(size);
        css.ShouldContain("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);");
        css.ShouldContain("main > section + section { break-before: page;");
        css.ShouldContain("@page section-2 { @top-right { content: \"Leonid 1: Kill if you don’t want to be killed\"");
    }

    [Fact]
    public void The_standard_edition_names_the_kits_faces_with_fallbacks()
    {
        var css = Single(Parse(Renderer.Render(SampleHandout.Build()).Bytes), "style").Value;
        Rule(css, "body").ShouldContain("font-family: \"Charis SIL\", Charter, \"Bitstream Charter\", Georgia, serif;");
        Rule(css, "h1, h2, h3, .kicker, .callout-title, figcaption, caption, th, label, .contents").ShouldContain("font-family: Lato, \"Helvetica Neue\", Arial, sans-serif;");
    }

    [Fact]
    public void Easy_read_is_sans_at_one_and_a_half_spacing_left_aligned_with_no_italics()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build(edition: Edition.EasyRead)).Bytes);
        var css = Single(html, "style").Value;
        var body = Rule(css, "body");
        body.ShouldContain("font-family: Andika, Lato, Verdana, sans-serif;");
        body.ShouldContain("line-height: 1.5;");
        body.ShouldContain("text-align: left;");
        css.ShouldNotContain("Charis SIL");
        css.ShouldNotContain("Georgia");
        css.ShouldNotContain("italic");
        css.ShouldContain("* { font-style: normal !important; }");
        css.ShouldNotContain("justify");
        Single(html, "body").Attribute("class")!.Value.ShouldBe("easy-read");
    }

    [Fact]
    public void Large_print_sets_nothing_under_18_points()
    {
        var css = Single(Parse(Renderer.Render(SampleHandout.Build(edition: Edition.LargePrint)).Bytes), "style").Value;
        var sizes = PointSize().Matches(css).Select(m => double.Parse(m.Groups["pt"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        sizes.Count.ShouldBeGreaterThan(5);
        sizes.ShouldAllBe(pt => pt >= 18);
        Rule(css, "body").ShouldContain("font-size: 18pt;");
    }

    [Fact]
    public void Large_print_prints_the_attribution_once_at_the_end_not_in_every_pages_margin()
    {
        var html = Parse(Renderer.Render(SampleHandout.Build(edition: Edition.LargePrint)).Bytes);
        var css = Single(html, "style").Value;
        css.ShouldNotContain("@bottom-left");
        css.ShouldContain("body > header { display: none; }");
        Single(html, "footer").Value.Trim().ShouldBe(Core.Course.Attribution);

        var standard = Single(Parse(Renderer.Render(SampleHandout.Build()).Bytes), "style").Value;
        standard.ShouldContain("@bottom-left { content: \"Source: “In phone calls home");
        standard.ShouldContain("body > header, body > footer { display: none; }");
    }

    [Fact]
    public void Every_colour_on_the_page_passes_wcag_aa_against_white()
    {
        var css = Single(Parse(Renderer.Render(SampleHandout.Build()).Bytes), "style").Value;
        var colours = TextColour().Matches(css).Select(m => m.Groups["hex"].Value).Distinct().ToList();
        colours.Count.ShouldBeGreaterThan(2);
        foreach (var hex in colours)
        {
            // Text sits on white or on the light grey of a header cell or an interview.
            Contrast(hex, "ffffff").ShouldBeGreaterThanOrEqualTo(4.5, $"#{hex} on white");
            Contrast(hex, "ececec").ShouldBeGreaterThanOrEqualTo(4.5, $"#{hex} on #ececec");
        }
    }

    /// <summary>The page without its doctype, as XML: every element in the empty namespace.</summary>
    internal static XDocument Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        const string Doctype = "<!doctype html>\n";
        text.ShouldStartWith(Doctype);
        return XDocument.Parse(text[Doctype.Length..], LoadOptions.PreserveWhitespace);
    }

    private static IEnumerable<XElement> Elements(XContainer root, string name) => root.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>The one element of this name (with this attribute, and this value when given).</summary>
    private static XElement Single(XContainer root, string name, string? attribute = null, string? value = null)
    {
        var found = Elements(root, name)
            .Where(e => attribute is null || (value is null ? e.Attribute(attribute) is not null : (string?)e.Attribute(attribute) == value))
            .ToList();
        found.Count.ShouldBe(1, $"one <{name}{(attribute is null ? "" : $" {attribute}={value}")}>");
        return found[0];
    }

    /// <summary>The declarations of the first rule with exactly this selector.</summary>
    private static string Rule(string css, string selector)
    {
        var at = css.IndexOf("\n" + selector + " {", StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"a rule for {selector}");
        var start = css.IndexOf('{', at) + 1;
        return css[start..css.IndexOf('}', start)];
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = Convert.ToInt32(hex.Substring(i, 2), 16) / 255.0;
                return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
        }

        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""(?<![\w-])(?:font-size:|font:)\s*(?<pt>\d+(?:\.\d+)?)pt""")]
    private static partial Regex PointSize();

    [GeneratedRegex("""(?<![\w-])color:\s*#(?<hex>[0-9a-fA-F]{6})""")]
    private static partial Regex TextColour();
}
