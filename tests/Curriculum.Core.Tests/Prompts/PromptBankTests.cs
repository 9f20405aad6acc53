using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Prompts;

public sealed class PromptBankTests
{
    private static string Prompt(string id, string level) => $$$"""
        prompts:
          - id: {{{id}}}
            theme: propaganda
            framework: ipa:card-stacking
            level: {{{level}}}
            question: viewpoints
            audiences: [9-10]
            text: "{{{id}}} {{ quote }}"
        """;

    [Fact]
    public void A_facilitator_prompt_overrides_a_shipped_prompt_with_the_same_id()
    {
        var bank = PromptBank.FromLayers(TestCourse.Course, [
            [new TemplateSource("shipped.yaml", Prompt("same", "remember"))],
            [new TemplateSource("mine.yaml", Prompt("same", "create"))],
        ]);
        bank.Prompts.ShouldHaveSingleItem().Level.ShouldBe("create");
    }

    [Fact]
    public void A_facilitator_prompt_with_a_new_id_is_added()
    {
        var bank = PromptBank.FromLayers(TestCourse.Course, [
            [new TemplateSource("shipped.yaml", Prompt("a", "remember"))],
            [new TemplateSource("mine.yaml", Prompt("b", "create"))],
        ]);
        bank.Prompts.Select(p => p.Id).ShouldBe(["a", "b"]);
    }

    [Fact]
    public void A_layer_with_any_error_loads_nothing()
    {
        var e = Should.Throw<TemplateErrorsException>(() => PromptBank.FromLayers(TestCourse.Course, [
            [new TemplateSource("shipped.yaml", Prompt("a", "remember"))],
            [new TemplateSource("mine.yaml", Prompt("b", "creat"))],
        ]));
        e.Errors.ShouldHaveSingleItem().File.ShouldBe("mine.yaml");
    }

    [Fact]
    public void A_folder_is_read_with_its_files_named_in_errors()
    {
        var dir = Directory.CreateTempSubdirectory("templates-");
        File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), Prompt("a", "analysing"));
        var e = Should.Throw<TemplateErrorsException>(() => PromptBank.Load(TestCourse.Course, [dir.FullName], includeShipped: false));
        e.Errors.ShouldHaveSingleItem().File.ShouldBe(Path.Combine(dir.FullName, "a.yaml"));
    }

    [Fact]
    public void The_shipped_bank_loads_clean()
    {
        Should.NotThrow(() => PromptBank.Load(Course.Embedded, []));
    }

    [Fact]
    public void The_shipped_bank_read_at_start_up_holds_the_same_prompts_as_the_full_check()
    {
        var read = PromptBank.Shipped(Course.Embedded).Prompts;
        var checkedInFull = TemplateLoader.Check(Course.Embedded, PromptBank.ShippedSources()).Prompts;
        read.Select(p => (p.Id, p.Theme, p.Level, p.Text, p.Needs.Block, p.Needs.Pairing)).ShouldBe(checkedInFull.Select(p => (p.Id, p.Theme, p.Level, p.Text, p.Needs.Block, p.Needs.Pairing)));
    }

    [Fact]
    public void A_set_from_the_shipped_bank_read_at_start_up_is_the_set_from_the_bank_checked_in_full()
    {
        var course = Course.Embedded;
        var request = new DiscussionRequest([.. course.Article.UnitIds], [], "11-12", DiscussionGenerator.MaxCount, 7);
        var fast = new DiscussionGenerator(course, PromptBank.Shipped(course)).Generate(request);
        var full = new DiscussionGenerator(course, PromptBank.FromLayers(course, [PromptBank.ShippedSources()])).Generate(request);
        DiscussionJson.Serialize(fast).ShouldBe(DiscussionJson.Serialize(full));
    }

    [Fact]
    public void A_course_that_is_not_the_embedded_one_gets_the_shipped_bank_checked_in_full()
    {
        var other = Course.Embedded with { };
        PromptBank.Shipped(other).Prompts.Count.ShouldBe(PromptBank.Shipped(Course.Embedded).Prompts.Count);
        other.IsEmbedded.ShouldBeFalse();
        Course.Embedded.IsEmbedded.ShouldBeTrue();
    }
}
