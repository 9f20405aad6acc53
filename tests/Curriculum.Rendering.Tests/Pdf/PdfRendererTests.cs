using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;
using Curriculum.Rendering.Tests.Handouts;
using Curriculum.Rendering.Tests.Layout;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>The PDF renderer's side of the tagging contract: every block in its structure role, furniture as artifacts, bookmarks where sections and H2s start.</summary>
public sealed class PdfRendererTests
{
    private static HandoutDocument Guide(string unit = "leonid-3", string audience = "6-8") =>
        Kit.Renderer.Compose(Kit.Set(unit, audience), DocumentKinds.Teacher, HandoutOptions.Letter);

    /// <summary>Each element with the roles and artifacts around it, outermost first, as the structure tree will see them.</summary>
    private static IEnumerable<(Element Element, IReadOnlyList<Element> Path)> Walk(Element element, IReadOnlyList<Element> path)
    {
        yield return (element, path);
        IReadOnlyList<Element> inner = element is SemanticElement or ArtifactElement or BookmarkElement ? [.. path, element] : path;
        foreach (var child in element.Children)
        {
            foreach (var found in Walk(child, inner))
            {
                yield return found;
            }
        }
    }

    private static List<(Element Element, IReadOnlyList<Element> Path)> Content(HandoutDocument document) =>
        [.. PdfRenderer.Layout(document).Compose().Sections.SelectMany(s => Walk(s.Content, []))];

    [Fact]
    public void Every_text_in_the_body_is_inside_a_structure_role_or_an_artifact()
    {
        foreach (var document in new[] { Guide(), Kit.Renderer.Compose(Kit.EveryUnit(), DocumentKinds.Reader, HandoutOptions.Letter), Kit.Renderer.Compose(Kit.Set("ivan-2"), DocumentKinds.Student, HandoutOptions.Letter) })
        {
            var texts = Content(document).Where(e => e.Element is TextElement or PageTextElement).ToList();
            texts.ShouldNotBeEmpty();
            texts.ShouldAllBe(t => t.Path.Any(p => p is SemanticElement || p is ArtifactElement));
        }
    }

    [Fact]
    public void Running_headers_footers_rules_and_writing_lines_are_artifacts()
    {
        var composed = PdfRenderer.Layout(Kit.Renderer.Compose(Kit.Set("ivan-2"), DocumentKinds.Student, HandoutOptions.Letter)).Compose();
        foreach (var section in composed.Sections)
        {
            Walk(section.Header, []).Where(e => e.Element is TextElement or RuleElement).ShouldAllBe(e => e.Path.OfType<ArtifactElement>().Any());
            Walk(section.Footer, []).Where(e => e.Element is TextElement or PageTextElement or RuleElement).ShouldAllBe(e => e.Path.OfType<ArtifactElement>().Any());
        }

        var body = composed.Sections.SelectMany(s => Walk(s.Content, [])).ToList();
        body.Where(e => e.Element is WritingLinesElement).ShouldNotBeEmpty();
        body.Where(e => e.Element is WritingLinesElement or RuleElement).ShouldAllBe(e => e.Path.OfType<ArtifactElement>().Any());
    }

    [Fact]
    public void Headings_quotations_lists_tables_and_callouts_carry_their_roles_in_reading_order()
    {
        var document = Guide();
        var roles = Content(document).Select(e => e.Element).OfType<SemanticElement>().Select(s => s.Role).ToList();
        var headings = ModelWalk.Blocks(document).OfType<Heading>().Select(h => h.Level switch { 1 => StructureRole.H1, 2 => StructureRole.H2, _ => StructureRole.H3 });
        roles.Where(r => r is StructureRole.H1 or StructureRole.H2 or StructureRole.H3).ShouldBe(headings);
        roles.Count(r => r == StructureRole.Note).ShouldBe(ModelWalk.Blocks(document).OfType<Callout>().Count());
        roles.Count(r => r == StructureRole.L).ShouldBe(ModelWalk.Blocks(document).OfType<ListBlock>().Count());
        roles.Count(r => r == StructureRole.LI).ShouldBe(roles.Count(r => r == StructureRole.Lbl));
        roles.Count(r => r == StructureRole.LI).ShouldBe(roles.Count(r => r == StructureRole.LBody));
        // The guide’s tables (the agenda, the unit at a glance, the timeline, the organizer filled in, the rubric, the opt-out task’s rubric): one Table each, a TH per column, a TD per cell.
        var tables = ModelWalk.Blocks(document).OfType<Table>().ToList();
        tables.Count.ShouldBe(6);
        roles.Count(r => r == StructureRole.Table).ShouldBe(tables.Count);
        // The table element tags its own cells as it draws (TH for the header row, TD for the rest): its rows are counted here.
        var elements = Content(document).Select(e => e.Element).ToList();
        elements.OfType<TableElement>().Count().ShouldBe(tables.Count);
        elements.Count(e => e.Description == "Table header row").ShouldBe(tables.Count);
        elements.Count(e => e.Description == "Table row").ShouldBe(tables.Sum(t => t.Rows.Count));
        // No cell is wrapped in a role of its own: that would tag it twice.
        roles.Count(r => r is StructureRole.TR or StructureRole.TH or StructureRole.TD).ShouldBe(0);

        var student = Kit.Renderer.Compose(Kit.Set("maxim-2"), DocumentKinds.Student, HandoutOptions.Letter);
        var studentRoles = Content(student).Select(e => e.Element).OfType<SemanticElement>().Select(s => s.Role).ToList();
        studentRoles.Count(r => r == StructureRole.BlockQuote).ShouldBe(ModelWalk.Blocks(student).OfType<Quotation>().Count());
        studentRoles.Count(r => r == StructureRole.Form).ShouldBe(1);
    }

    [Fact]
    public void A_guide_bookmarks_its_unit_and_each_of_its_sections_beneath_it()
    {
        var document = Guide();
        var bookmarks = Content(document).Select(e => e.Element).OfType<BookmarkElement>().Select(b => (b.Title, b.Level)).ToList();
        // The unit, then its opt-out sheet: each section at the top level with its own headings beneath it.
        document.Sections.Count.ShouldBe(2);
        bookmarks.ShouldBe(document.Sections.SelectMany(section => ModelWalk.Blocks(section.Blocks).OfType<Heading>().Where(h => h.Level == 2).Select(h => (h.Text, 2)).Prepend((section.Bookmark!, 1))));
    }

    [Fact]
    public void The_reader_bookmarks_its_contents_and_every_unit_at_the_top_level()
    {
        var document = Kit.Renderer.Compose(Kit.EveryUnit(), DocumentKinds.Reader, HandoutOptions.Letter);
        var top = Content(document).Select(e => e.Element).OfType<BookmarkElement>().Where(b => b.Level == 1).Select(b => b.Title).ToList();
        // The contents page has no section bookmark, so its H2 ("Contents") stands at the top level.
        top.ShouldBe(document.Sections.Where(s => s.Bookmark is not null).Select(s => s.Bookmark!).Prepend("Contents"));
        top.Count.ShouldBe(Kit.Course.Article.Units.Count + 1);
    }

    [Fact]
    public void Large_print_sets_body_text_at_18_points()
    {
        var document = Kit.Renderer.Compose(Kit.Set("ivan-2"), DocumentKinds.Student, new HandoutOptions(Paper.Letter, Edition.LargePrint));
        var sink = new RecordingSink();
        DocumentRenderer.Render(PdfRenderer.Layout(document), new FakeTextMeasurer(), sink);
        var sizes = sink.Pages.SelectMany(p => p.Texts).Where(t => t.Font.Family == Fonts.Serif && !t.Font.Italic).Select(t => t.Font.Size).ToList();
        sizes.ShouldNotBeEmpty();
        sizes.Min().ShouldBeGreaterThanOrEqualTo(15.5); // notes are smaller than body text, in proportion
        sizes.ShouldContain(18);
    }

    [Fact]
    public void A_block_the_renderer_cannot_draw_is_reported_not_dropped()
    {
        var document = new HandoutDocument(new DocumentInfo("t", "s"), new PageSetup(Paper.Letter, Edition.Standard, "Test", "Footer"), [new Section("a", "A", null, [new Unknown()])]);
        Should.Throw<NotSupportedException>(() => new PdfRenderer().Render(document)).Message.ShouldContain("Unknown");
    }

    [Fact]
    public void The_renderer_says_it_writes_pdf_and_counts_the_pages()
    {
        var renderer = new PdfRenderer();
        renderer.Format.ShouldBe(OutputFormat.Pdf);
        var file = renderer.Render(Guide());
        file.PageCount.ShouldBe(Kit.PageTexts(file.Bytes).Count);
    }

    [QpdfFact]
    public void Every_kind_of_document_passes_qpdf_check_and_gives_the_same_bytes_twice()
    {
        var packet = Kit.Generator.Generate(new(["maxim-1", "maxim-2"], [], "6-8", 6, 1));
        foreach (var (set, kind) in new[] { (Kit.Set("ivan-3", "6-8"), DocumentKinds.Teacher), (Kit.EveryUnit(), DocumentKinds.Reader), (packet, DocumentKinds.Packet) })
        {
            var first = Kit.Renderer.Render(set, kind, new HandoutOptions(Paper.A4, Edition.EasyRead));
            Qpdf.Check(first.Bytes);
            Kit.Renderer.Render(set, kind, new HandoutOptions(Paper.A4, Edition.EasyRead)).Bytes.ShouldBe(first.Bytes, kind.Id);
        }
    }

    private sealed record Unknown : Block;
}
