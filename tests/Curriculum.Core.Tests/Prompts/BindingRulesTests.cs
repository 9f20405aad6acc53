using Curriculum.Core.Content;
using Curriculum.Core.Teaching;

namespace Curriculum.Core.Tests.Prompts;

/// <summary>Who said what comes from the binding; a tag comes from the frameworks the kit defines.</summary>
public sealed class BindingRulesTests
{
    private static string Prompt(string text, string needs = "", string framework = "history:close-reading") => $$"""
        prompts:
          - id: one
            theme: propaganda
            framework: {{framework}}
            level: understand
            question: clarification
            audiences: [9-10]
        {{needs}}
            text: "{{text}}"
        """;

    [Theory]
    [InlineData("Words from the AP: {{ quote }} What does it mean?", "Words from the AP")]
    [InlineData("One is from an intercepted call with her son: {{ quote }}", "from an intercepted call")]
    [InlineData("{{ quote }} (the AP) What does it mean?", "(the AP)")]
    [InlineData("His mother asks {{ quote }} Why?", "His mother asks")]
    [InlineData("{{ quote }} is what she told the AP months later.", "told the AP")]
    public void A_fixed_phrase_saying_who_said_it_is_refused(string text, string phrase)
    {
        var check = TestCourse.Check(Prompt(text));
        check.Prompts.ShouldBeEmpty();
        check.Errors.ShouldContain(e => e.Message.StartsWith($"“{phrase}", StringComparison.Ordinal) && e.Message.Contains("{{ said }}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_binding_s_placeholders_are_accepted()
    {
        var check = TestCourse.Check(Prompt("{{ said }}: {{ quote }} Who is {{ speaker }}, and what does {{ voice }} tell you?"));
        check.Errors.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ipa:told-vs-found", "“What the soldiers were told vs. what they found” is a theme, not one of the IPA’s seven propaganda devices: write it as 'topic: told-vs-found'")]
    [InlineData("ipa:conspiracy-narrative", "“Conspiracy narrative” is a theme, not one of the IPA’s seven propaganda devices: write it as 'topic: conspiracy-narrative'")]
    public void A_theme_is_never_accepted_as_an_IPA_device(string framework, string message)
    {
        var check = TestCourse.Check(Prompt("{{ said }}: {{ quote }} Why?", framework: framework));
        check.Errors.ShouldHaveSingleItem().Message.ShouldStartWith(message);
    }

    [Fact]
    public void A_topic_stands_beside_the_framework()
    {
        var check = TestCourse.Check(Prompt("{{ said }}: {{ quote }} Why?").Replace("    level:", "    topic: told-vs-found\n    level:"));
        check.Errors.ShouldBeEmpty();
        check.Prompts.ShouldHaveSingleItem().Topic.ShouldBe("told-vs-found");
    }

    [Fact]
    public void Fixed_quoted_words_must_be_in_the_line_the_prompt_is_written_for()
    {
        var needs = "    units: [leonid-1]\n    needs: { block: leonid-1.14 }";
        TestCourse.Check(Prompt("{{ said }}: {{ quote }} Why ask “Am I different from them?”", needs)).Errors.ShouldBeEmpty();
        var error = TestCourse.Check(Prompt("{{ said }}: {{ quote }} Compare “So, we won.”", needs)).Errors.ShouldHaveSingleItem();
        error.Message.ShouldStartWith("“So, we won.” is not in the line the prompt is written for (leonid-1.14)");
    }

    [Fact]
    public void Fixed_quoted_words_may_come_from_the_other_half_of_the_prompt_s_pairing()
    {
        // The test course pairs (soldier vs. narration) Leonid's first call with the AP's first paragraph of the section,
        // which a prompt for that call and that pairing prints beside it.
        var call = TestCourse.FirstCall("leonid-1", SpeakerRole.Soldier).Id;
        var words = "“decimated a detachment of Ukrainians at the border”";
        TestCourse.First("leonid-1", BlockKind.Narration).Text.ShouldContain(words.Trim('“', '”'));
        var paired = $"    units: [leonid-1]\n    needs: {{ block: {call}, pairing: soldier-vs-narration }}";
        TestCourse.Check(Prompt($"{{{{ said }}}}: {{{{ quote }}}} {{{{ pair.said }}}}: {{{{ pair.quote }}}} Why {words}?", paired)).Errors.ShouldBeEmpty();
        var unpaired = $"    units: [leonid-1]\n    needs: {{ block: {call} }}";
        TestCourse.Check(Prompt($"{{{{ said }}}}: {{{{ quote }}}} Why {words}?", unpaired)).Errors.ShouldHaveSingleItem()
            .Message.ShouldContain($"is not in the line the prompt is written for ({call})");
    }

    [Fact]
    public void A_prompt_for_any_line_cannot_quote_fixed_words()
    {
        var error = TestCourse.Check(Prompt("{{ said }}: {{ quote }} Think of “So, we won.”")).Errors.ShouldHaveSingleItem();
        error.Message.ShouldContain("the prompt is not written for one line");
    }

    [Fact]
    public void A_voice_must_fit_its_speaker_and_its_line()
    {
        TestCourse.Check(Prompt("{{ said }}: {{ quote }}", "    needs: { speaker: narrator, voice: call }")).Errors.ShouldHaveSingleItem()
            .Message.ShouldStartWith("a narrator cannot be bound with the voice 'call'");
        TestCourse.Check(Prompt("{{ said }}: {{ quote }}", "    units: [leonid-1]\n    needs: { block: leonid-1.1, voice: call }")).Errors.ShouldHaveSingleItem()
            .Message.ShouldBe("block 'leonid-1.1' is the AP's narration, not a line of a call");
    }

    [Fact]
    public void The_old_spelling_of_euphemistic_labeling_is_read_as_the_US_one()
    {
        var check = TestCourse.Check(Prompt("{{ said }}: {{ quote }}", framework: "bandura:euphemistic-labelling"));
        check.Prompts.ShouldHaveSingleItem().Framework.ShouldBe("bandura:euphemistic-labeling");
    }

    [Fact]
    public void The_frameworks_are_the_IPA_s_seven_Bandura_s_eight_Festinger_s_five_and_four_moves_of_historical_thinking()
    {
        Taxonomy.Frameworks.Count(f => f.Id.StartsWith("ipa:", StringComparison.Ordinal)).ShouldBe(7);
        Taxonomy.Frameworks.Count(f => f.Id.StartsWith("bandura:", StringComparison.Ordinal)).ShouldBe(8);
        Taxonomy.Frameworks.Count(f => f.Id.StartsWith("festinger:", StringComparison.Ordinal)).ShouldBe(5);
        Taxonomy.Frameworks.Count(f => f.Id.StartsWith("history:", StringComparison.Ordinal)).ShouldBe(4);
        Taxonomy.Frameworks.ShouldNotContain(f => f.Label.Contains("Conspiracy", StringComparison.Ordinal) || f.Label.Contains("told", StringComparison.Ordinal));
    }
}
