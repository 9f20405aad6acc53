using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Prompts;

public sealed class TemplateLoaderTests
{
    private const string Valid = """
        prompts:
          - id: one
            theme: propaganda
            framework: ipa:card-stacking
            level: analyse
            question: viewpoints
            audiences: [9-10]
            text: "{{ speaker }} says: {{ quote }}"
        """;

    private static TemplateError Single(string yaml)
    {
        var check = TestCourse.Check(yaml);
        check.Prompts.ShouldBeEmpty();
        return check.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_valid_file_loads_its_prompt()
    {
        var check = TestCourse.Check(Valid);
        check.Errors.ShouldBeEmpty();
        check.Prompts.ShouldHaveSingleItem().Id.ShouldBe("one");
    }

    [Fact]
    public void Bad_yaml_is_reported_with_its_position()
    {
        var error = Single("prompts:\n  - id: one\n    theme: [propaganda\n");
        error.Message.ShouldStartWith("this is not valid YAML:");
        (error.File, error.Line).ShouldBe(("t.yaml", 4));
    }

    [Fact]
    public void An_unknown_field_is_named_with_the_fields_nearest_first()
    {
        var error = Single(Valid.Replace("    level: analyse", "    levl: analyse\n    level: analyse"));
        error.ToString().ShouldBe("t.yaml:5:5: unknown field 'levl' in prompt 'one'; fields are: level, text, id, needs, theme, topic, units, question, starters, audiences, framework, look_fors");
    }

    [Fact]
    public void A_missing_field_is_reported_at_the_prompt()
    {
        var error = Single(Valid.Replace("    question: viewpoints\n", ""));
        error.ToString().ShouldBe("t.yaml:2:5: prompt 'one' is missing the field 'question'");
    }

    [Fact]
    public void An_unknown_theme_is_reported_at_its_value_with_the_nearest_first()
    {
        var error = Single(Valid.Replace("theme: propaganda", "theme: propoganda"));
        error.ToString().ShouldBe("t.yaml:3:12: unknown theme 'propoganda'; themes are: propaganda, sourcing, normalization, family-loyalty, moral-dissonance");
    }

    [Fact]
    public void An_unknown_level_is_reported_at_its_value()
    {
        var error = Single(Valid.Replace("level: analyse", "level: analysing"));
        error.ToString().ShouldStartWith("t.yaml:5:12: unknown level 'analysing'; levels (Bloom) are: analyze, ");
    }

    [Theory]
    [InlineData("analyse")]
    [InlineData("analyze")]
    public void Both_spellings_of_analyze_are_accepted_and_read_as_analyze(string spelling)
    {
        var check = TestCourse.Check(Valid.Replace("level: analyse", $"level: {spelling}"));
        check.Errors.ShouldBeEmpty();
        check.Prompts.ShouldHaveSingleItem().Level.ShouldBe("analyze");
    }

    [Fact]
    public void An_unknown_audience_is_reported_at_the_item()
    {
        var error = Single(Valid.Replace("audiences: [9-10]", "audiences: [9-10, grade-9]"));
        error.ToString().ShouldStartWith("t.yaml:7:23: unknown audience 'grade-9'; audiences are: ");
    }

    [Fact]
    public void An_unknown_placeholder_is_reported_where_it_stands()
    {
        var error = Single(Valid.Replace("{{ speaker }} says", "{{ speakr }} says"));
        error.ToString().ShouldStartWith("t.yaml:8:15: unknown placeholder 'speakr'; placeholders are: speaker, ");
    }

    [Fact]
    public void An_unknown_placeholder_in_a_folded_block_is_reported_on_its_own_line()
    {
        var yaml = Valid.Replace("    text: \"{{ speaker }} says: {{ quote }}\"", "    text: >-\n      {{ speaker }} says:\n      {{ quote }} and {{ unit.name }}");
        var error = Single(yaml);
        error.ToString().ShouldStartWith("t.yaml:10:26: unknown placeholder 'unit.name'");
    }

    [Fact]
    public void A_quote_placeholder_wrapped_in_quote_marks_is_reported_because_it_brings_its_own()
    {
        var yaml = Valid.Replace("    text: \"{{ speaker }} says: {{ quote }}\"", "    text: \"{{ speaker }} says: “{{ quote }}”\"");
        var error = Single(yaml);
        error.ToString().ShouldBe("t.yaml:8:32: {{ quote }} brings the article's own quote marks: write it without “ ” around it");
    }

    [Fact]
    public void A_liquid_syntax_error_is_mapped_into_the_file()
    {
        var yaml = Valid.Replace("    text: \"{{ speaker }} says: {{ quote }}\"", "    text: |\n      Line one.\n      {% if speaker %}no end");
        var error = Single(yaml);
        error.ToString().ShouldBe("t.yaml:10:29: Liquid syntax error: '{% endif %}' was expected");
    }

    [Fact]
    public void A_duplicate_id_names_the_first_place_it_was_used()
    {
        var check = TemplateLoader.Check(TestCourse.Course, [new TemplateSource("a.yaml", Valid), new TemplateSource("b.yaml", Valid)]);
        check.Errors.ShouldHaveSingleItem().ToString().ShouldBe("b.yaml:2:9: duplicate prompt id 'one': it is already used at a.yaml:2:9");
    }

    [Fact]
    public void Every_error_in_a_file_is_reported_and_none_of_its_prompts_is_used()
    {
        var yaml = Valid.Replace("theme: propaganda", "theme: nope").Replace("level: analyse", "level: nope") + "\n  - id: two\n    colour: red\n";
        var check = TestCourse.Check(yaml);
        check.Prompts.ShouldBeEmpty();
        check.Errors.Count.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Words_in_curly_quotes_must_be_the_articles_own()
    {
        var error = Single(Valid.Replace("{{ quote }}", "“We were liberators everywhere.”"));
        error.Message.ShouldStartWith("the words in curly quotes “We were liberators everywhere.” are not in the article");
    }

    [Fact]
    public void Pair_placeholders_need_a_pairing()
    {
        var error = Single(Valid.Replace("{{ quote }}", "{{ pair.quote }}"));
        error.Message.ShouldBe("the placeholder 'pair.quote' is only filled when the prompt's needs name a pairing");
    }

    [Fact]
    public void An_unknown_block_is_reported()
    {
        var error = Single(Valid.Replace("    text:", "    needs: { block: leonid-1.999 }\n    text:"));
        error.Message.ShouldStartWith("unknown block 'leonid-1.999'");
    }

    [Fact]
    public void A_block_of_page_furniture_cannot_be_pinned()
    {
        var photo = TestCourse.Course.Article.Blocks.First(b => b.IsFurniture);
        var error = Single(Valid.Replace("    text:", $"    needs: {{ block: {photo.Id} }}\n    text:"));
        error.Message.ShouldStartWith($"block '{photo.Id}' is page furniture");
    }

    [Fact]
    public void The_include_tag_is_refused()
    {
        var error = Single(Valid.Replace("{{ quote }}", "{% include 'secrets' %}"));
        error.Message.ShouldBe("the 'include' tag is not allowed: a template cannot read other files");
    }

    [Fact]
    public void The_starter_file_validates_clean()
    {
        var check = TestCourse.Check(TemplateStarter.Text());
        check.Errors.ShouldBeEmpty();
        check.Prompts.ShouldHaveSingleItem();
    }
}
