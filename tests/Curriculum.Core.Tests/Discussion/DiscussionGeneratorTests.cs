using System.Text.RegularExpressions;
using Curriculum.Core.Discussion;

namespace Curriculum.Core.Tests.Discussion;

public sealed partial class DiscussionGeneratorTests
{
    private static readonly DiscussionGenerator Generator = new(TestCourse.Course, TestCourse.PromptBank);

    [Theory]
    [InlineData("leonid-4")]
    [InlineData("maxim-4")]
    [InlineData("introduction")]
    public void Every_set_climbs_from_what_was_said_to_the_student_s_own_judgment(string unit)
    {
        foreach (var seed in Enumerable.Range(1, 50))
        {
            var levels = Generator.Generate(new DiscussionRequest([unit], [], "9-10", 6, seed)).Prompts.Select(p => p.Level).ToList();
            levels.ShouldContain(l => l == "remember" || l == "understand", $"{unit}, seed {seed}");
            levels.ShouldContain(l => l == "evaluate" || l == "create", $"{unit}, seed {seed}");
        }
    }

    private static DiscussionSet Generate(string audience = "9-10", int count = 6, int seed = 7, string[]? units = null, string[]? themes = null, DiscussionOptions? options = null) =>
        Generator.Generate(new DiscussionRequest(units ?? ["leonid-1"], themes ?? [], audience, count, seed, options));

    [Fact]
    public void The_same_request_and_seed_give_the_same_json()
    {
        DiscussionJson.Serialize(Generate(seed: 42)).ShouldBe(DiscussionJson.Serialize(Generate(seed: 42)));
    }

    [Fact]
    public void Another_seed_still_gives_a_valid_set()
    {
        Generate(seed: 43).Prompts.Count.ShouldBe(Generate(seed: 42).Prompts.Count);
    }

    [Fact]
    public void Every_excerpt_is_the_seed_text_at_its_line_and_never_furniture()
    {
        var set = Generate(units: ["leonid-1", "leonid-intro", "ivan-1"], count: 20);
        var lines = TestCourse.Course.Article.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        set.Excerpts.ShouldNotBeEmpty();
        foreach (var e in set.Excerpts)
        {
            lines[e.Line - 1].ShouldBe(e.Text);
            TestCourse.Course.Article.FindBlock(e.Block)!.IsFurniture.ShouldBeFalse();
        }
    }

    [Fact]
    public void No_placeholder_is_left_unfilled()
    {
        var set = Generate(units: ["leonid-1", "leonid-intro"], count: 20);
        foreach (var text in set.Prompts.SelectMany(p => p.LookFors.Concat(p.Starters).Append(p.Text)))
        {
            text.ShouldNotContain("{{");
            text.ShouldNotContain("{%");
        }
    }

    [Fact]
    public void Every_span_in_curly_quotes_is_the_articles_own_words()
    {
        var set = Generate(units: ["leonid-1", "leonid-intro", "ivan-1"], count: 20);
        foreach (var p in set.Prompts)
        {
            foreach (Match m in CurlyQuoted().Matches(p.Text))
            {
                TestCourse.Course.Article.Text.ShouldContain(m.Groups[1].Value);
            }
        }
    }

    [Fact]
    public void Prompts_climb_the_bloom_levels()
    {
        var levels = Generate(count: 10).Prompts.Select(p => Teaching.Taxonomy.Levels.Select(l => l.Id).ToList().IndexOf(p.Level)).ToList();
        levels.ShouldBe(levels.Order().ToList());
        levels.Distinct().Count().ShouldBeGreaterThan(3);
    }

    [Fact]
    public void A_pairing_prompt_points_at_both_excerpts()
    {
        var prompt = Generate(count: 10).Prompts.Single(p => p.Id == "mother-then-later");
        prompt.Pair.ShouldNotBeNull();
        prompt.Text.ShouldContain("The calls against the interview.");
    }

    [Fact]
    public void Grades_6_to_8_never_see_a_graphic_line_or_a_graphic_prompt()
    {
        var set = Generate(audience: "6-8", count: 20);
        set.Prompts.ShouldNotContain(p => p.Id == "graphic-discussion");
        set.Excerpts.ShouldNotContain(e => TestCourse.Course.Annotations.For(TestCourse.Course.Article.FindBlock(e.Block)!).Has("graphic"));
        set.Notes.ShouldContain(n => n.StartsWith("Left out 1 line(s) tagged graphic for grades 6–8", StringComparison.Ordinal));
    }

    [Fact]
    public void Older_audiences_may_get_the_graphic_prompt()
    {
        Generate(audience: "11-12", count: 20).Prompts.ShouldContain(p => p.Id == "graphic-discussion");
    }

    [Fact]
    public void Audiences_are_respected()
    {
        Generate(audience: "workshop", count: 20).Prompts.Select(p => p.Id).ShouldBe(["say-it-back", "mother-then-later", "judge-the-source"], ignoreOrder: true);
    }

    [Fact]
    public void A_short_bank_is_never_padded_and_says_so()
    {
        var set = Generate(count: 50, themes: ["sourcing"]);
        set.Prompts.ShouldHaveSingleItem();
        set.Notes[0].ShouldStartWith("Asked for 50 prompts; 1 fit leonid-1 (sourcing, audience 9-10): ");
    }

    [Fact]
    public void Never_more_prompts_than_asked()
    {
        Generate(count: 2).Prompts.Count.ShouldBe(2);
    }

    [Fact]
    public void The_set_carries_advisories_vocabulary_and_minutes_of_its_units()
    {
        var set = Generate(units: ["maxim-4", "leonid-1"]);
        set.Advisories.Select(a => a.Unit).Take(2).ShouldBe(["maxim-4", "leonid-1"]);
        set.Advisories.Skip(2).ShouldAllBe(a => set.Excerpts.Any(e => e.Unit == a.Unit)); // units a pairing brought in
        set.Vocabulary.ShouldHaveSingleItem().Term.ShouldBe("war");
        set.Minutes.ShouldBe(40);
    }

    [Theory]
    [InlineData("units", "leonid-9", "leonid-1")]
    [InlineData("themes", "propoganda", "propaganda")]
    [InlineData("audience", "9-11", "9-10")]
    public void An_unknown_value_names_the_field_and_the_nearest_valid_value(string field, string value, string nearest)
    {
        var request = field switch
        {
            "units" => new DiscussionRequest([value], [], "9-10", 3, 1),
            "themes" => new DiscussionRequest(["leonid-1"], [value], "9-10", 3, 1),
            _ => new DiscussionRequest(["leonid-1"], [], value, 3, 1),
        };
        var error = Should.Throw<DiscussionRequestException>(() => Generator.Generate(request)).Error;
        (error.Field, error.Value, error.Valid[0]).ShouldBe((field, value, nearest));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void The_count_must_be_between_1_and_50(int count)
    {
        Should.Throw<DiscussionRequestException>(() => Generate(count: count)).Error.Field.ShouldBe("count");
    }

    [Fact]
    public void The_json_uses_the_agreed_names()
    {
        var json = DiscussionJson.Serialize(Generate(count: 3));
        foreach (var name in new[] { "\"units\"", "\"excerpts\"", "\"prompts\"", "\"vocabulary\"", "\"advisories\"", "\"minutes\"", "\"notes\"", "\"seed\"", "\"lookFors\"", "\"starters\"", "\"why\"", "\"excerpt\"", "\"block\"", "\"line\"" })
        {
            json.ShouldContain(name);
        }
    }

    [Fact]
    public void Markdown_lists_every_prompt()
    {
        var set = Generate(count: 4);
        var markdown = DiscussionMarkdown.Render(set);
        foreach (var p in set.Prompts)
        {
            markdown.ShouldContain(p.Text);
        }
    }

    [GeneratedRegex("“([^“”]*)”")]
    private static partial Regex CurlyQuoted();
}
