using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

/// <summary>What the engine tells the canvas about structure and artifacts, as recorded.</summary>
public sealed class TaggingTests
{
    [Fact]
    public void Semantic_roles_bracket_the_text_they_tag_in_reading_order()
    {
        var pages = Render(c => c.Semantic(StructureRole.Document).Column(col =>
        {
            col.Item().Semantic(StructureRole.H1).Text("Title", Ten);
            col.Item().Semantic(StructureRole.P).Text("Body", Ten);
            col.Item().Semantic(StructureRole.L).Column(list =>
                list.Item().Semantic(StructureRole.LI).Row(r =>
                {
                    r.ConstantItem(10).Semantic(StructureRole.Lbl).Text("•", Ten);
                    r.RelativeItem().Semantic(StructureRole.LBody).Text("Item", Ten);
                }));
        }));

        pages[0].Tagging.ShouldBe("Document(H1(Title)P(Body)L(LI(Lbl(•)LBody(Item))))");
    }

    [Fact]
    public void A_paragraph_split_across_pages_reenters_the_same_structure_node()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(80);
            col.Item().Semantic(StructureRole.P).Text(Lines(5), Ten);
        }));

        pages.Select(p => p.Tagging).ShouldBe(["P(L1L2)", "P(L3L4L5)"]);
        pages[1].Tags[0].Identity.ShouldBeSameAs(pages[0].Tags[0].Identity);
    }

    [Fact]
    public void Headers_and_footers_are_pagination_artifacts_without_being_asked()
    {
        var pages = RenderPage(page =>
        {
            page.Header().Text("Head", Ten);
            page.Content().Semantic(StructureRole.P).Text("Body", Ten);
            page.Footer().Text(ctx => $"Page {ctx.PageNumber}", Ten);
        });

        pages[0].Tagging.ShouldBe("[Head][Page 1]P(Body)");
    }

    [Fact]
    public void Rules_writing_lines_borders_and_backgrounds_are_artifacts()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Rule();
            col.Item().Lines(1, spacing: 10);
            col.Item().Background(Color.Gray).Border(1).Semantic(StructureRole.Note).Text("Boxed", Ten);
            col.Item().Artifact().Text("Decoration", Ten);
        }));

        pages[0].Tagging.ShouldBe("[][][]Note(Boxed)[][Decoration]");
        (pages[0].Lines.Count, pages[0].Rects.Count).ShouldBe((2, 2));
    }

    [Fact]
    public void A_bookmark_points_at_the_page_and_height_where_its_content_starts()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Text(Lines(9), Ten);
            col.Item().KeepWithNext().Bookmark("Part two", 2).Semantic(StructureRole.H2).Text("Part two", Ten);
            col.Item().Text(Lines(3), Ten);
        }));

        pages[0].Bookmarks.ShouldBeEmpty();
        pages[1].Bookmarks.ShouldBe([("Part two", 2, 0.0)]);
    }

    [Fact]
    public void A_link_is_tagged_as_a_Link_around_its_text()
    {
        var pages = Render(c => c.Semantic(StructureRole.P).Hyperlink(new Uri("https://example.org/")).Text("site", Ten));

        pages[0].Tagging.ShouldBe("P(Link(site))");
        pages[0].Links.Count.ShouldBe(1);
    }
}
