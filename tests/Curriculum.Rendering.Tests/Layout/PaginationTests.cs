using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class PaginationTests
{
    [Fact]
    public void Page_break_starts_a_new_page()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Text("before", Ten);
            col.Item().PageBreak();
            col.Item().Text("after", Ten);
        }));

        pages.Select(p => string.Concat(p.Strings)).ShouldBe(["before", "after"]);
    }

    [Fact]
    public void Keep_together_moves_a_box_that_would_split_to_the_next_page()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(70);
            col.Item().KeepTogether().Text(Lines(4), Ten);
        }));

        pages.Select(p => p.Texts.Count).ShouldBe([0, 4]);
        pages[1].Texts[0].Y.ShouldBe(8);
    }

    [Fact]
    public void Keep_together_splits_a_box_taller_than_a_page_where_it_stands()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(70);
            col.Item().KeepTogether().Text(Lines(15), Ten);
        }));

        pages.Select(p => p.Texts.Count).ShouldBe([3, 10, 2]);
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(85);
            col.Item().KeepWithNext().Text("Heading", Ten);
            col.Item().Text(Lines(3), Ten);
        }));

        pages[0].Strings.ShouldBeEmpty();
        pages[1].Texts[0].ShouldBe(new TextCall("Heading", Ten.Font, 0, 8));
    }

    [Fact]
    public void A_heading_stays_when_the_first_lines_of_the_next_item_fit_after_it()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(65);
            col.Item().KeepWithNext().Text("Heading", Ten);
            col.Item().Text(Lines(4), Ten);
        }));

        pages.Select(p => p.Texts.Count).ShouldBe([3, 2]);
    }

    [Fact]
    public void A_paragraph_leaves_no_single_line_at_the_foot_of_a_page()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(90);
            col.Item().Text(Lines(5), Ten);
        }));

        pages.Select(p => p.Texts.Count).ShouldBe([0, 5]);
    }

    [Fact]
    public void A_paragraph_leaves_no_single_line_at_the_head_of_the_next_page()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(60);
            col.Item().Text(Lines(5), Ten);
        }));

        pages.Select(p => p.Texts.Count).ShouldBe([3, 2]);
    }

    [Fact]
    public void A_paragraph_continues_on_the_next_page_where_it_stopped()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(80);
            col.Item().Text(Lines(5), Ten);
        }));

        pages.Select(p => string.Join("|", p.Strings)).ShouldBe(["L1|L2", "L3|L4|L5"]);
    }

    [Fact]
    public void Writing_lines_continue_on_the_next_page()
    {
        var pages = Render(c => c.Lines(5, spacing: 24));

        pages.Select(p => p.Lines.Count).ShouldBe([4, 1]);
        pages[1].Lines[0].ShouldBe(new LineCall(0, 24, 100, 24));
    }

    [Fact]
    public void Content_that_can_never_fit_fails_naming_the_element()
    {
        var error = Should.Throw<LayoutException>(() => Render(c => c.Column(col =>
        {
            col.Item().Text("fits", Ten);
            col.Item().Name("callout").Text("Huge words", Ten.WithSize(200));
        })));

        error.Message.ShouldContain("Text \"Huge words\"");
        error.Message.ShouldContain("\"callout\"");
    }
}
