using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Prompts;

public sealed class PromptLimitsTests
{
    /// <summary>The one error a wild template gets; which limit stopped it is in the message, so no clock is needed.</summary>
    private static TemplateError Fails(string text)
    {
        var yaml = $"""
            prompts:
              - id: wild
                theme: propaganda
                framework: ipa:card-stacking
                level: analyse
                question: viewpoints
                audiences: [9-10]
                text: '{text}'
            """;
        var check = TestCourse.Check(yaml);
        check.Prompts.ShouldBeEmpty();
        return check.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public void An_endless_range_is_refused_before_it_runs()
    {
        Fails("{% for i in (1..100000000) %}x{% endfor %}").Message
            .ShouldBe("the range (1..100000000) is too long: a loop may count at most 1,000 numbers");
    }

    [Fact]
    public void Nested_loops_stop_at_the_step_limit()
    {
        Fails("{% for i in (1..999) %}{% for j in (1..999) %}{% endfor %}{% endfor %}").Message
            .ShouldBe("the template takes more than 100,000 steps to fill: does a loop run without end?");
    }

    [Fact]
    public void Huge_output_stops_at_the_output_cap()
    {
        Fails("{% for i in (1..999) %}{{ quote }}{{ quote }}{% endfor %}").Message
            .ShouldBe("the template makes text longer than 16,384 characters: a prompt should fit on a handout");
    }

    [Fact]
    public void Doubling_a_string_stops_at_the_output_cap()
    {
        Fails("{% assign s = quote %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}").Message
            .ShouldStartWith("the template makes text longer than");
    }

    [Fact]
    public void Deep_nesting_is_refused_before_parsing()
    {
        var deep = string.Concat(Enumerable.Repeat("{% if quote %}", 2000)) + string.Concat(Enumerable.Repeat("{% endif %}", 2000));
        Fails(deep).Message.ShouldBe("Liquid tags are nested more than 16 deep here; keep a prompt simple");
    }

    [Fact]
    public void An_oversized_file_is_refused_before_parsing()
    {
        var error = TestCourse.Check("prompts:\n" + new string('#', TemplateLoader.MaxFileBytes + 1));
        error.Errors.ShouldHaveSingleItem().Message.ShouldBe("the file is 65,546 bytes; a template file may be at most 65,536 bytes");
    }

    [Fact]
    public void Deeply_nested_yaml_is_refused_before_it_is_built()
    {
        var check = TestCourse.Check("prompts: " + new string('[', 20_000) + new string(']', 20_000));
        check.Errors.ShouldHaveSingleItem().Message.ShouldBe("the YAML is nested more than 24 levels deep");
    }

    [Fact]
    public void An_unknown_filter_is_refused()
    {
        Fails("{{ quote | hmac_sha256: quote }}").Message.ShouldStartWith("unknown filter 'hmac_sha256'; filters are: ");
    }

    [Fact]
    public void Model_members_are_not_reachable()
    {
        Fails("{{ quote.Length }}").Message.ShouldStartWith("unknown placeholder 'quote.Length'");
    }
}
