using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Discussion;

/// <summary>
/// What the third blind review found, pinned where it was fixed: a pairing binds only where its halves speak to each
/// other, corroboration only on a claim another source could know, a tag only where lesson-templates/FRAMEWORKS.md says
/// it fits, and a unit's objective is served by a prompt of its set.
/// </summary>
public sealed class FrameworkFitTests
{
    private static readonly Course Course = Course.Embedded;
    private static readonly DiscussionGenerator Shipped = new(Course, PromptBank.Shipped(Course));
    private static readonly string[] Audiences = ["6-8", "9-10", "11-12", "adult", "workshop"];

    private static DiscussionSet Generate(string[] units, string audience = "9-10", int count = 4, int seed = 1) =>
        Shipped.Generate(new DiscussionRequest(units, [], audience, count, seed));

    private static IEnumerable<(DiscussionSet Set, string Audience, int Seed)> Sets(string[] units, int count, int seeds = 12) =>
        from audience in Audiences from seed in Enumerable.Range(1, seeds) select (Generate(units, audience, count, seed), audience, seed);

    private static string Block(DiscussionSet set, string? excerpt) => set.Excerpts.Single(e => e.Id == excerpt).Block;

    [Fact]
    public void Leonid_s_mother_s_horror_in_the_call_is_never_set_against_her_January_words_as_a_contradiction()
    {
        foreach (var (set, audience, seed) in Sets(["leonid-1"], count: 12))
        {
            set.Prompts.ShouldNotContain(p => p.Pair != null && Block(set, p.Excerpt) == "leonid-1.13", $"{audience} seed {seed}");
        }
    }

    [Fact]
    public void A_reflection_is_never_asked_to_be_corroborated_and_the_battle_report_is()
    {
        var corroborated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (set, audience, seed) in Sets(["leonid-1"], count: 12))
        {
            foreach (var prompt in set.Prompts.Where(p => p.Framework == "history:corroboration"))
            {
                Block(set, prompt.Excerpt).ShouldNotBe("leonid-1.14", $"{prompt.Id}, {audience} seed {seed}: “Am I different from them? No, I’m not.” is not a checkable claim");
                corroborated.Add(Block(set, prompt.Excerpt));
            }
        }

        corroborated.ShouldContain("leonid-1.7");
    }

    [Fact]
    public void A_pairing_never_brings_a_profane_or_graphic_line_in_from_a_section_not_being_taught()
    {
        foreach (var unit in Course.Article.Units)
        {
            foreach (var (set, audience, seed) in Sets([unit.Id], count: 12, seeds: 4))
            {
                foreach (var prompt in set.Prompts.Where(p => p.Pair is not null))
                {
                    var block = Course.Article.FindBlock(Block(set, prompt.Pair))!;
                    if (block.UnitId != unit.Id)
                    {
                        var note = Course.Annotations.For(block);
                        (note.Has("profanity") || note.Has("graphic")).ShouldBeFalse($"{prompt.Id} in {unit.Id}, {audience} seed {seed}: {block.Id}");
                    }
                }
            }
        }
    }

    [Fact]
    public void The_Telegram_message_meets_Ivan_s_words_at_the_front_only_when_that_section_is_taught_too()
    {
        Sets(["ivan-1"], count: 12, seeds: 6).ShouldAllBe(s => s.Set.Prompts.All(p => p.Pair == null || Block(s.Set, p.Pair) != "ivan-2.9"));
        Sets(["ivan-1", "ivan-2"], count: 12, seeds: 6)
            .ShouldContain(s => s.Set.Prompts.Any(p => p.Pair != null && Block(s.Set, p.Pair) == "ivan-2.9"));
    }

    [Fact]
    public void Ivan_s_last_section_asks_about_pests_or_clean_up_in_every_default_set()
    {
        foreach (var audience in Audiences)
        {
            foreach (var seed in Enumerable.Range(1, 12))
            {
                var set = Generate(["ivan-3"], audience, count: audience == "6-8" ? 3 : 4, seed: seed);
                set.Prompts.ShouldContain(p => p.Framework == "bandura:dehumanization" || p.Framework == "bandura:euphemistic-labeling", $"{audience} seed {seed}");
            }
        }
    }

    [Fact]
    public void A_framework_named_by_a_unit_s_objective_is_in_its_default_set_whenever_a_prompt_of_it_fits()
    {
        foreach (var unit in Course.Article.Units)
        {
            var wanted = Course.Annotations.For(unit).Objectives.SelectMany(o => o.ServedBy).Where(s => s.Contains(':', StringComparison.Ordinal) && !s.StartsWith("prompt:", StringComparison.Ordinal)).ToList();
            foreach (var framework in wanted)
            {
                var full = Generate([unit.Id], count: 50);
                if (!full.Prompts.Any(p => p.Framework == framework))
                {
                    continue;
                }

                Generate([unit.Id]).Prompts.ShouldContain(p => p.Framework == framework, $"{unit.Id}: {framework}");
            }
        }
    }

    [Fact]
    public void Plain_recall_is_not_shown_under_the_propaganda_theme_where_it_asks_nothing_of_a_message()
    {
        var bank = PromptBank.Shipped(Course).Prompts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        bank.ShouldNotContainKey("leonid-4-where-in-may");
        bank["maxim-4-getting-ready"].Theme.ShouldNotBe("propaganda");
        bank["ivan-intro-the-boy"].Theme.ShouldNotBe("propaganda");
    }

    [Theory]
    [InlineData("leonid-2-everyone-ran-away", "history:close-reading")]
    [InlineData("leonid-3-and-thats-it", "history:close-reading")]
    [InlineData("maxim-4-why-do-you-ask", "history:close-reading")]
    [InlineData("maxim-2-bats-migrating-birds", "history:close-reading")]
    [InlineData("leonid-4-a-year-later", "history:sourcing")]
    [InlineData("pair-told-vs-found-compare", "history:close-reading")]
    [InlineData("ivan-1-told-vs-found", "history:close-reading")]
    public void A_tag_the_review_found_unfit_is_replaced_by_one_that_fits(string id, string framework)
    {
        PromptBank.Shipped(Course).Prompts.Single(p => p.Id == id).Framework.ShouldBe(framework);
    }

    [Fact]
    public void Meet_Ivan_offers_a_full_ladder_of_four()
    {
        var set = Generate(["ivan-intro"]);
        set.Prompts.Count.ShouldBe(4);
        set.Prompts.Select(p => p.Level).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void No_look_for_leans_on_a_generic_example_of_what_it_or_they_points_to()
    {
        foreach (var prompt in PromptBank.Shipped(Course).Prompts)
        {
            prompt.Text.ShouldNotContain("a word like ‘it’ or ‘they’", Case.Sensitive, prompt.Id);
            prompt.LookFors.ShouldAllBe(l => !l.Contains("and will come back", StringComparison.Ordinal), prompt.Id);
        }
    }
}
