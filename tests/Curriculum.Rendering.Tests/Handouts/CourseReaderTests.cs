using System.Text.RegularExpressions;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Tests.Handouts;

public sealed partial class CourseReaderTests
{
    private static readonly Lazy<RenderedDocument> Reader = new(() => Kit.Renderer.Render(Kit.EveryUnit(), DocumentKinds.Reader, HandoutOptions.Letter));

    [Fact]
    public void The_contents_give_the_page_each_unit_starts_on()
    {
        var pages = Kit.PageTexts(Reader.Value.Bytes);
        foreach (var unit in Kit.Course.Article.Units)
        {
            var listed = int.Parse(Regex.Match(pages[0], $@"(?<=^|\s){Regex.Escape(unit.Id)}\s.*?\s(\d+)\s").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var first = unit.ArticleBlocks.First();
            var actual = pages.Select((text, i) => (text, page: i + 1)).First(p => p.page > 1 && Kit.Squeeze(p.text).Contains(Kit.Squeeze(first.Spoken ?? first.Text)[..30], StringComparison.Ordinal)).page;
            listed.ShouldBe(actual, unit.Id);
        }
    }

    [Fact]
    public void The_reader_holds_every_unit_s_words_and_no_furniture()
    {
        var squeezed = Kit.Squeezed(Reader.Value.Bytes);
        foreach (var block in Kit.Course.Article.Blocks)
        {
            var printed = Kit.Squeeze(block.Spoken ?? block.Text);
            if (block.IsFurniture)
            {
                squeezed.ShouldNotContain(printed, Case.Sensitive, block.Id);
            }
            else
            {
                squeezed.ShouldContain(printed, Case.Sensitive, block.Id);
            }
        }
    }
}
