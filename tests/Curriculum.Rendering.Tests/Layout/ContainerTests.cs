using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class ContainerTests
{
    [Fact]
    public void Column_items_are_stacked_with_the_spacing_between_them()
    {
        var page = Render(c => c.Column(col =>
        {
            col.Spacing(6);
            col.Item().Text("one", Ten);
            col.Item().Text("two", Ten);
        })).Single();

        page.Texts.Select(t => t.Y).ShouldBe([8.0, 24.0]);
    }

    [Fact]
    public void Padding_moves_content_in_from_the_edges()
    {
        var page = Render(c => c.Padding(10).Text("abc", Ten)).Single();

        page.Texts.Single().ShouldBe(new TextCall("abc", Ten.Font, 10, 18));
    }

    [Fact]
    public void Padding_narrows_the_width_text_wraps_in()
    {
        var page = Render(c => c.PaddingHorizontal(25).Text("aaaa bbbb cccc", Ten)).Single();

        page.Strings.ShouldBe(["aaaa bbbb ", "cccc"]);
    }

    [Fact]
    public void Row_gives_fixed_items_their_width_and_shares_the_rest_by_weight()
    {
        var page = Render(c => c.Row(row =>
        {
            row.Spacing(5);
            row.ConstantItem(30).Text("a", Ten);
            row.RelativeItem(1).Text("b", Ten);
            row.RelativeItem(2).Text("c", Ten);
        })).Single();

        page.Texts.Select(t => t.X).ShouldBe([0.0, 35.0, 60.0]);
    }

    [Fact]
    public void Border_is_drawn_around_the_height_its_content_takes()
    {
        var page = Render(c => c.Border(1).Padding(5).Text("abc", Ten)).Single();

        page.Rects.ShouldBe([new RectCall(new Rect(0, 0, 100, 20), Filled: false)]);
    }

    [Fact]
    public void Background_is_painted_before_the_content()
    {
        var page = Render(c => c.Background(Color.LightGray).Text("abc", Ten)).Single();

        page.Rects.ShouldBe([new RectCall(new Rect(0, 0, 100, 10), Filled: true)]);
    }

    [Fact]
    public void Rule_draws_a_line_across_the_width()
    {
        var page = Render(c => c.Rule(thickness: 2)).Single();

        page.Lines.ShouldBe([new LineCall(0, 1, 100, 1)]);
    }

    [Fact]
    public void Hyperlink_covers_the_area_of_its_content()
    {
        var page = Render(c => c.Hyperlink(new Uri("https://example.org/")).Text("link", Ten)).Single();

        page.Links.ShouldBe([(new Rect(0, 0, 100, 10), new Uri("https://example.org/"))]);
    }

    [Fact]
    public void A_container_refuses_a_second_element()
    {
        Should.Throw<InvalidOperationException>(() => Render(c =>
        {
            c.Text("one", Ten);
            c.Text("two", Ten);
        }));
    }
}
