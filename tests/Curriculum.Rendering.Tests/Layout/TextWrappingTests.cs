using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class TextWrappingTests
{
    [Fact]
    public void Text_wraps_at_the_last_space_that_fits()
    {
        var page = Render(c => c.Text("aaaa bbbb cccc dddd eeee", Ten)).Single();

        page.Strings.ShouldBe(["aaaa bbbb cccc dddd ", "eeee"]);
        page.Texts.Select(t => t.Y).ShouldBe([8.0, 18.0]);
    }

    [Fact]
    public void Text_breaks_after_a_hyphen()
    {
        var page = Render(c => c.Text("aaaaaaaaaa-bbbbbbbbbbbb", Ten)).Single();

        page.Strings.ShouldBe(["aaaaaaaaaa-", "bbbbbbbbbbbb"]);
    }

    [Fact]
    public void A_number_range_is_never_broken_at_its_hyphen()
    {
        var page = Render(c => c.Text("aaaaaaaaa D2.His.4.9-12", Ten)).Single();

        page.Strings.ShouldBe(["aaaaaaaaa ", "D2.His.4.9-12"]);
    }

    [Theory]
    [InlineData('\u2014')]
    [InlineData('\u2013')]
    public void Text_breaks_after_a_dash(char dash)
    {
        var page = Render(c => c.Text($"aaaaaaaaaa{dash}bbbbbbbbbbbb", Ten)).Single();

        page.Strings.ShouldBe([$"aaaaaaaaaa{dash}", "bbbbbbbbbbbb"]);
    }

    [Fact]
    public void A_word_longer_than_the_line_breaks_between_characters()
    {
        var page = Render(c => c.Text(new string('x', 45), Ten)).Single();

        page.Strings.ShouldBe([new string('x', 20), new string('x', 20), new string('x', 5)]);
    }

    [Fact]
    public void Drawn_text_keeps_every_character_of_the_input()
    {
        const string input = "“Curly” quotes, it’s — dashes… and more words to wrap across several lines here.";

        var page = Render(c => c.Text(input, Ten)).Single();

        string.Concat(page.Strings).ShouldBe(input);
    }

    [Fact]
    public void Spans_in_different_styles_sit_side_by_side_on_one_line()
    {
        var bold = Ten.AsBold();

        var page = Render(c => c.Text(t =>
        {
            t.Span("Bold", bold);
            t.Span(" plain", Ten);
        })).Single();

        page.Texts.Select(t => (t.Text, t.X, t.Font.Bold)).ShouldBe([("Bold", 0.0, true), (" plain", 20.0, false)]);
    }

    [Fact]
    public void Centred_text_is_placed_in_the_middle_of_the_line()
    {
        var page = Render(c => c.Text("abcd", Ten, TextAlignment.Center)).Single();

        page.Texts.Single().X.ShouldBe(40);
    }
}
