using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class TableTests
{
    /// <summary>A header row "Name | Note" and <paramref name="rows"/> body rows of two lines each ("Rn" over "-").</summary>
    private static Action<IContainer> Roster(int rows) => c => c.Table(t =>
    {
        t.Columns(1, 1);
        t.HeaderCell().Text("Name", Ten);
        t.HeaderCell().Text("Note", Ten);
        for (var r = 1; r <= rows; r++)
        {
            t.NewRow();
            t.Cell().Text($"R{r}\n-", Ten);
            t.Cell().Text($"N{r}", Ten);
        }
    });

    [Fact]
    public void A_table_splits_only_between_rows_and_repeats_its_header_on_each_page()
    {
        // 10 pt header + 20 pt rows on 100 pt pages: four rows a page, the fifth whole on the next.
        var pages = Render(Roster(10));

        pages.Select(p => string.Join("|", p.Strings.Where(s => s.StartsWith('R') || s == "Name"))).ShouldBe(
            ["Name|R1|R2|R3|R4", "Name|R5|R6|R7|R8", "Name|R9|R10"]);
        pages.ShouldAllBe(p => p.Texts.First(t => t.Text == "Name").Y == 8);
        pages[1].Texts.First(t => t.Text == "R5").Y.ShouldBe(18);
    }

    [Fact]
    public void Cells_are_TH_and_TD_in_TR_in_a_Table_and_the_repeated_header_is_an_artifact()
    {
        var pages = Render(Roster(5));

        pages[0].Tagging.ShouldStartWith("Table(TR(TH(Name)TH(Note))TR(TD(R1-)TD(N1))");
        // The last row never stands alone on a page: the row before it goes with it.
        pages[1].Tagging.ShouldBe("Table([NameNote]TR(TD(R4-)TD(N4))TR(TD(R5-)TD(N5)))");
    }

    [Fact]
    public void The_last_row_goes_alone_rather_than_leave_one_row_alone_above_it()
    {
        // 40 pt of space, then a 10 pt header and two 20 pt rows fill 90 of 100 pt: the third row goes to the next page
        // by itself, since pulling the second after it would leave the first alone under the header.
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(40);
            Roster(3)(col.Item());
        }));

        pages.Select(p => string.Join("|", p.Strings.Where(s => (s.StartsWith('R') && s.Length == 2) || s == "Name"))).ShouldBe(["Name|R1|R2", "Name|R3"]);
    }

    [Fact]
    public void A_row_split_across_pages_is_one_row_in_the_structure()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Text("intro", Ten);
            col.Item().Table(t =>
            {
                t.Columns(1);
                t.HeaderCell().Text("Head", Ten);
                t.Cell().Text(Lines(12), Ten);
                t.NewRow();
                t.Cell().Text("after", Ten);
            });
        }));

        // 120 pt of row never fits under a 10 pt header: it splits where it stands (8 lines, then 4 and the header again).
        pages.Select(p => p.Texts.Count(t => t.Text.StartsWith('L'))).ShouldBe([8, 4]);
        pages[1].Strings.ShouldBe(["Head", "L9", "L10", "L11", "L12", "after"]);
        var rowOnFirst = pages[0].Tags.Where(t => t.Role == StructureRole.TR).Select(t => t.Identity).Last();
        var rowOnSecond = pages[1].Tags.First(t => t.Role == StructureRole.TR).Identity;
        rowOnSecond.ShouldBeSameAs(rowOnFirst);
    }

    [Fact]
    public void A_row_that_would_fit_on_a_fresh_page_moves_there_whole()
    {
        var pages = Render(c => c.Column(col =>
        {
            col.Item().Spacer(60);
            col.Item().Table(t =>
            {
                t.Columns(1);
                t.HeaderCell().Text("Head", Ten);
                t.Cell().Text(Lines(4), Ten);
            });
        }));

        // Header and the start of the row would fit after the spacer; the row would not: the table moves on whole.
        pages.Select(p => string.Join("|", p.Strings)).ShouldBe(["", "Head|L1|L2|L3|L4"]);
    }

    [Fact]
    public void A_header_row_taller_than_a_page_is_a_layout_error_naming_it()
    {
        var error = Should.Throw<LayoutException>(() => Render(c => c.Name("roster").Table(t =>
        {
            t.HeaderCell().Text(Lines(11), Ten);
            t.Cell().Text("x", Ten);
        })));

        error.Message.ShouldContain("Table header row");
        error.Message.ShouldContain("\"roster\"");
        error.Message.ShouldContain("does not fit on an empty page");
    }

    [Fact]
    public void Column_widths_are_shares_of_the_width()
    {
        var pages = Render(c => c.Table(t =>
        {
            t.Columns(1, 3);
            t.Cell().Text("a", Ten);
            t.Cell().Text("b", Ten);
        }));

        pages[0].Texts.Select(t => t.X).ShouldBe([0, 25]);
    }

    [Fact]
    public void Row_lines_are_artifacts_under_the_header_and_between_rows()
    {
        var pages = Render(c => c.Table(t =>
        {
            t.RowLines(0.5);
            t.HeaderCell().Text("H", Ten);
            t.Cell().Text("a", Ten);
            t.NewRow();
            t.Cell().Text("b", Ten);
        }));

        pages[0].Lines.Select(l => l.Y1).ShouldBe([10, 20]);
        pages[0].Tagging.ShouldBe("Table(TR(TH(H))[]TR(TD(a))[]TR(TD(b)))");
    }

    [Fact]
    public void A_second_pass_tags_the_header_again_on_the_first_page()
    {
        // "Page n of m" in the content makes the renderer lay the document out more than once.
        var pages = RenderPage(page => page.Content().Column(col =>
        {
            col.Item().Text(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", Ten);
            Roster(6)(col.Item());
        }));

        pages[0].Tagging.ShouldStartWith("Page 1 of 2Table(TR(TH(Name)");
        pages[1].Tagging.ShouldStartWith("Table([NameNote]");
    }
}
