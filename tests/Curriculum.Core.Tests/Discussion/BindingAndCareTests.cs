using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Discussion;

/// <summary>The generator binds prompts truthfully, spreads excerpts, keeps the care rules and puts facilitators first.</summary>
public sealed class BindingAndCareTests
{
    private static readonly Course Course = Course.Embedded;
    private static readonly DiscussionGenerator Shipped = new(Course, PromptBank.Shipped(Course));

    private static DiscussionSet Generate(string unit, string audience = "9-10", int count = 6, int seed = 1, string[]? themes = null, DiscussionGenerator? generator = null) =>
        (generator ?? Shipped).Generate(new DiscussionRequest([unit], themes ?? [], audience, count, seed));

    [Fact]
    public void A_soldier_s_words_inside_the_AP_s_narration_are_his_as_reported_never_the_AP_s()
    {
        var generator = new DiscussionGenerator(Course, PromptBank.FromLayers(Course, [[new TemplateSource("t.yaml", """
            prompts:
              - id: reported
                theme: propaganda
                framework: history:sourcing
                level: understand
                question: clarification
                audiences: [9-10]
                needs: { voice: reported, speaker: soldier }
                text: "{{ said }}: {{ quote }} ({{ speaker }}, {{ voice }}) Why?"
            """)]]));
        foreach (var seed in Enumerable.Range(1, 10))
        {
            var set = Generate("maxim-1", seed: seed, generator: generator);
            var prompt = set.Prompts.ShouldHaveSingleItem();
            var excerpt = set.Excerpts.Single(e => e.Id == prompt.Excerpt);
            excerpt.Speaker.ShouldBe("Maxim, as reported by the AP");
            excerpt.Voice.ShouldBe("as reported by the AP");
            prompt.Text.ShouldStartWith("The AP quotes Maxim: “");
            prompt.Text.ShouldContain("(Maxim, as reported by the AP)");
            prompt.Text.ShouldNotContain("Words from the AP");
        }
    }

    [Fact]
    public void A_call_is_introduced_with_who_spoke_and_to_whom()
    {
        var bank = PromptBank.FromLayers(Course, [[new TemplateSource("t.yaml", """
            prompts:
              - id: call
                theme: propaganda
                framework: history:close-reading
                level: understand
                question: clarification
                audiences: [9-10]
                units: [maxim-3]
                needs: { block: maxim-3.5 }
                text: "{{ said }}: {{ quote }} Why?"
            """)]]);
        var set = Generate("maxim-3", generator: new DiscussionGenerator(Course, bank));
        set.Prompts.ShouldHaveSingleItem().Text.ShouldBe("In a call with his wife, Maxim says: “Everyone is like that here. It’s impossible without it here.” Why?");
    }

    [Fact]
    public void Narration_quoted_in_a_prompt_stands_in_quote_marks_with_its_own_quotes_made_single()
    {
        DiscussionGenerator.QuoteOf(Course.Article.FindBlock("ivan-3.10")!)
            .ShouldBe("“Ivan tells his mother of Ukrainian resistance backed by U.S. help; she says he has her blessing to ‘kill them all.’”");
    }

    [Fact]
    public void A_pairing_binds_only_two_statements_never_a_question()
    {
        var bound = Course.Annotations.Pairings.Where(p => p.Kind == "calls-vs-interview").ToList();
        bound.ShouldNotBeEmpty();
        foreach (var unit in Course.Article.Units)
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                var set = Generate(unit.Id, count: 12, seed: seed);
                foreach (var prompt in set.Prompts.Where(p => p.Pair is not null))
                {
                    foreach (var id in new[] { prompt.Excerpt, prompt.Pair! })
                    {
                        var excerpt = set.Excerpts.Single(e => e.Id == id);
                        var block = Course.Article.FindBlock(excerpt.Block)!;
                        var words = excerpt.Quote is { } q ? $"“{q}”" : DiscussionGenerator.QuoteOf(block);
                        DiscussionGenerator.IsStatement(words).ShouldBeTrue($"{prompt.Id}: {excerpt.Block} is a question");
                    }
                }
            }
        }

        DiscussionGenerator.IsStatement("“Are those bastards getting cleaned up?”").ShouldBeFalse();
        DiscussionGenerator.IsStatement("“Holy f—, are we looters?!”").ShouldBeFalse();
        DiscussionGenerator.IsStatement("“It’s totally horrible.”").ShouldBeTrue();
    }

    [Fact]
    public void A_set_of_six_quotes_no_excerpt_more_than_twice_and_uses_each_template_once()
    {
        foreach (var unit in Course.Article.Units)
        {
            foreach (var audience in Teaching.Taxonomy.Audiences)
            {
                var set = Generate(unit.Id, audience.Id, seed: 3);
                set.Prompts.Select(p => p.Id).ShouldBeUnique();
                var uses = set.Prompts.SelectMany(p => new[] { p.Excerpt, p.Pair }.OfType<string>()).Select(id => set.Excerpts.Single(e => e.Id == id).Block);
                uses.GroupBy(b => b).ShouldAllBe(g => g.Count() <= DiscussionGenerator.MaxUsesOfAnExcerpt);
            }
        }
    }

    [Fact]
    public void At_most_one_prompt_of_a_set_touches_self_harm()
    {
        foreach (var seed in Enumerable.Range(1, 20))
        {
            var set = Generate("leonid-4", count: 12, seed: seed);
            set.Prompts.Count(p => new[] { p.Excerpt, p.Pair }.OfType<string>()
                .Any(id => Course.Annotations.For(Course.Article.FindBlock(set.Excerpts.Single(e => e.Id == id).Block)!).Has("self-harm")))
                .ShouldBeLessThanOrEqualTo(1, $"seed {seed}");
        }
    }

    [Fact]
    public void Coverage_is_counted_per_audience_as_issue_nine_asks()
    {
        var set = Generate("maxim-1", "9-10", count: 3, themes: ["propaganda"]);
        set.Prompts.Count.ShouldBe(3);
        foreach (var unit in new[] { "leonid-1", "ivan-2", "maxim-3", "maxim-4" })
        {
            Generate(unit, "6-8", count: 4, themes: ["moral-dissonance"]).Prompts.Count.ShouldBe(4, unit);
        }
    }

    private const string Mine = """
        prompts:
          - id: my-remember
            theme: propaganda
            framework: history:close-reading
            level: remember
            question: clarification
            audiences: [9-10]
            units: [ivan-1]
            needs: { block: ivan-1.1 }
            text: "{{ said }}: {{ quote }} What does the message say, in order?"
          - id: my-for-younger
            theme: propaganda
            framework: history:close-reading
            level: understand
            question: clarification
            audiences: [6-8]
            text: "{{ said }}: {{ quote }} What does it mean?"
          - id: my-for-maxim
            theme: propaganda
            framework: history:close-reading
            level: understand
            question: clarification
            audiences: [9-10]
            units: [maxim-2]
            text: "{{ said }}: {{ quote }} What does it mean?"
        """;

    [Fact]
    public void A_facilitator_s_prompt_that_fits_comes_first_and_one_left_out_is_named_with_its_reason()
    {
        var bank = PromptBank.Shipped(Course).With(Course, [[new TemplateSource("mine.yaml", Mine)]]);
        var generator = new DiscussionGenerator(Course, bank);
        foreach (var seed in Enumerable.Range(1, 8))
        {
            var set = Generate("ivan-1", count: 6, seed: seed, generator: generator);
            var mine = set.Prompts.Where(p => p.Id == "my-remember").ShouldHaveSingleItem();
            mine.FromFacilitator.ShouldBe(true);
            set.Prompts.Where(p => p.Level == "remember").First().Id.ShouldBe("my-remember");
            set.Notes.ShouldContain("Your prompt 'my-for-younger' was loaded but not used: it is not written for audience 9-10 (its audiences: 6-8).");
            set.Notes.ShouldContain("Your prompt 'my-for-maxim' was loaded but not used: it is written for maxim-2, not for ivan-1.");
        }
    }
}
