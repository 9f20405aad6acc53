using System.Text;
using Curriculum.Core.Content;

namespace Curriculum.Core.Tests.Content;

public sealed class ArticleParserTests
{
    private static readonly string SeedText = File.ReadAllText(SeedFiles.Path(Course.SeedFile), Encoding.UTF8);
    private static readonly string[] SeedLines = SeedText.Split('\n');
    private static readonly SeedStructure Structure = SeedStructure.Parse("structure.yaml", File.ReadAllText(SeedFiles.Path(Course.StructureFile)));
    private static readonly Article Article = ArticleParser.Parse("seed.txt", SeedText, Structure);

    [Fact]
    public void Every_block_is_exactly_the_seed_text_at_its_line()
    {
        foreach (var block in Article.Blocks)
        {
            block.Text.ShouldBe(SeedLines[block.Line - 1], $"block {block.Id}");
        }
    }

    [Fact]
    public void Every_non_blank_line_of_the_seed_is_a_block_the_headline_or_a_section_heading()
    {
        var covered = Article.Blocks.Select(b => b.Line)
            .Append(Article.Headline.Line)
            .Concat(Article.Units.Where(u => u.Heading is not null).Select(u => u.TitleLine))
            .ToHashSet();
        var nonBlank = Enumerable.Range(1, SeedLines.Length).Where(n => !string.IsNullOrWhiteSpace(SeedLines[n - 1]));
        nonBlank.Where(n => !covered.Contains(n)).ShouldBeEmpty();
    }

    [Fact]
    public void The_headline_is_the_first_line()
    {
        Article.Headline.ShouldBe(new Headline("In phone calls home, Russian soldiers in Ukraine say they ‘never saw such hell’", 1));
    }

    [Fact]
    public void There_are_exactly_eleven_numbered_sections_with_their_exact_titles()
    {
        Article.Units.Where(u => u.Kind == UnitKind.Section).Select(u => $"{u.Id} {u.Heading}").ShouldBe(
        [
            "leonid-1 ONE: Kill if you don’t want to be killed.",
            "leonid-2 TWO: The rules of normal life no longer apply.",
            "leonid-3 THREE: The enemy is everybody.",
            "leonid-4 FOUR: What it takes to get home alive.",
            "ivan-1 ONE: Ivan’s road to war.",
            "ivan-2 TWO: Love and fear.",
            "ivan-3 THREE: The end.",
            "maxim-1 ONE: Gold!",
            "maxim-2 TWO: Propaganda.",
            "maxim-3 THREE: War and peace.",
            "maxim-4 FOUR: The end?",
        ]);
    }

    [Fact]
    public void Units_are_the_introduction_then_each_profile_framing_unit_and_its_sections_in_order()
    {
        Article.UnitIds.ShouldBe(
        [
            "introduction", "leonid-intro", "leonid-1", "leonid-2", "leonid-3", "leonid-4",
            "ivan-intro", "ivan-1", "ivan-2", "ivan-3",
            "maxim-intro", "maxim-1", "maxim-2", "maxim-3", "maxim-4",
        ]);
    }

    [Fact]
    public void Each_profile_framing_passage_begins_with_the_soldier_s_name()
    {
        Article.FindUnit("leonid-intro")!.Blocks[0].Text.ShouldStartWith("Leonid became a soldier");
        Article.FindUnit("ivan-intro")!.Blocks[0].Text.ShouldStartWith("Ivan dreamed of being a paratrooper");
        Article.FindUnit("maxim-intro")!.Blocks[0].Text.ShouldStartWith("Maxim is drunk in some of the calls");
    }

    [Theory]
    [InlineData(54, "Leonid’s mother", "Mother")]
    [InlineData(56, "Leonid", "Leonid")]
    [InlineData(169, "Ivan’s mother", "Mother")]
    [InlineData(190, "Olya, Ivan’s girlfriend", "Olya")]
    [InlineData(292, "Maxim’s mother", "Mother")]
    [InlineData(267, "Maxim’s wife", "Wife")]
    public void Speakers_are_resolved_within_their_profile(int line, string name, string label)
    {
        var block = Article.Blocks.Single(b => b.Line == line);
        block.Kind.ShouldBe(BlockKind.Call);
        block.Speaker.ShouldNotBeNull().Name.ShouldBe(name);
        block.Speaker.Label.ShouldBe(label);
    }

    [Theory]
    [InlineData(103, "laughing")]
    [InlineData(194, "Laughs")]
    [InlineData(173, "laughs")]
    public void Stage_directions_are_read_wherever_they_stand(int line, string direction)
    {
        Article.Blocks.Single(b => b.Line == line).Direction.ShouldBe(direction);
    }

    [Fact]
    public void The_spoken_words_of_a_call_are_a_verbatim_span_of_its_line()
    {
        foreach (var call in Article.Blocks.Where(b => b.Kind == BlockKind.Call))
        {
            call.Spoken.ShouldNotBeNull();
            call.Text.ShouldEndWith(call.Spoken, Case.Sensitive);
        }
    }

    [Fact]
    public void Photos_are_title_caption_and_credit_and_never_the_article_s_words()
    {
        var photos = Article.Blocks.Where(b => b.Kind == BlockKind.Photo).ToList();
        photos.Count.ShouldBe(15); // five photos, three lines each
        photos.ShouldAllBe(p => p.IsFurniture && p.Speaker == null);
        Article.FindUnit("introduction")!.Blocks.Take(3).ShouldAllBe(b => b.Kind == BlockKind.Photo);
    }

    [Fact]
    public void Teasers_for_other_stories_are_furniture_with_no_speaker()
    {
        var teasers = Article.Blocks.Where(b => b.Kind == BlockKind.Teaser).ToList();
        teasers.Count.ShouldBe(11);
        teasers.ShouldAllBe(t => t.IsFurniture && t.Speaker == null);
        teasers.ShouldContain(t => t.Text.StartsWith("China’s top diplomat", StringComparison.Ordinal));
    }

    [Fact]
    public void Furniture_does_not_count_as_the_article_s_words()
    {
        var unit = Article.FindUnit("leonid-1")!;
        unit.Words.ShouldBe(unit.Blocks.Where(b => b.Kind != BlockKind.Teaser).Sum(b => b.Words));
        unit.Words.ShouldBeLessThan(unit.Blocks.Sum(b => b.Words));
    }

    [Fact]
    public void The_mothers_later_interviews_are_not_intercepts()
    {
        var interviews = Article.Blocks.Where(b => b.Kind == BlockKind.Interview).ToList();
        interviews.Select(b => b.Line).ShouldBe([31, 39, 47, 235]);
        interviews.ShouldAllBe(b => b.Speaker!.Role == SpeakerRole.Mother);
    }

    [Fact]
    public void Block_ids_are_the_unit_id_and_the_block_s_place_in_it()
    {
        Article.FindUnit("maxim-4")!.Blocks.Select(b => b.Id).ShouldBe(Enumerable.Range(1, 8).Select(n => $"maxim-4.{n}"));
        Article.Blocks.Select(b => b.Id).ShouldBeUnique();
    }
}
