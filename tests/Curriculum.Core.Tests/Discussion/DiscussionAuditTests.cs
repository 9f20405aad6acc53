using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Core.Tests.Discussion;

/// <summary>The audit passes the shipped bank and catches each kind of defect issue 9 names.</summary>
public sealed class DiscussionAuditTests
{
    private static readonly Course Course = Course.Embedded;

    private static AuditReport Audit(string yaml, int seeds = 2) =>
        new DiscussionAudit(Course, PromptBank.Shipped(Course).With(Course, [[new TemplateSource("mine.yaml", yaml)]])).Run(1, seeds);

    private static string Prompt(string id, string text, string needs = "{ speaker: mother, voice: call }", string units = "[leonid-2]") => $$"""
        prompts:
          - id: {{id}}
            theme: propaganda
            framework: history:close-reading
            level: understand
            question: clarification
            audiences: [6-8, 9-10, 11-12, adult, workshop]
            units: {{units}}
            needs: {{needs}}
            text: "{{text}}"
        """;

    [Fact]
    public void The_shipped_bank_passes_over_a_few_seeds_with_what_was_checked_counted()
    {
        var report = new DiscussionAudit(Course, PromptBank.Shipped(Course)).Run(1, 3);
        report.Failures.ShouldBeEmpty();
        report.Sets.ShouldBe((15 + 14) * 5 * 5 * 3);
        report.Prompts.ShouldBeGreaterThan(report.Sets);
        report.CoverageCells.ShouldBe(11 * 2 * 5);
    }

    [Fact]
    public void A_voice_the_binding_does_not_have_is_a_failure_naming_prompt_unit_audience_and_seed()
    {
        // Passes the validator (the voice phrase is made from a placeholder) but claims a call for every line it binds.
        var report = Audit(Prompt("claims-a-call", "{{ speaker }}, in a call with her son, asked: {{ quote }} Why?", "{ voice: reported }", "[ivan-3]"));
        var failure = report.Failures.First(f => f.Prompt == "claims-a-call" && f.Units == "ivan-3");
        failure.Units.ShouldBe("ivan-3");
        failure.Seed.ShouldBe(1);
        failure.Problem.ShouldContain("in a call with her son");
        failure.ToString().ShouldStartWith("claims-a-call · ivan-3 · propaganda · audience ");
    }

    [Fact]
    public void A_quote_introduced_as_someone_else_s_words_is_a_failure()
    {
        var report = Audit(Prompt("wrong-speaker", "Words of {{ soldier }}: {{ quote }} Why?"));
        report.Failures.ShouldContain(f => f.Prompt == "wrong-speaker" && f.Problem.Contains("introduces words of leonid-2.", StringComparison.Ordinal));
    }

    [Fact]
    public void Doubled_punctuation_and_stray_fragments_are_failures()
    {
        var report = Audit(Prompt("doubled", "{{ said }}: {{ quote }}. Why,, exactly?"));
        report.Failures.ShouldContain(f => f.Prompt == "doubled" && f.Problem.StartsWith("the text ends a sentence twice", StringComparison.Ordinal));
        report.Failures.ShouldContain(f => f.Prompt == "doubled" && f.Problem.StartsWith("the text has stray or doubled punctuation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_graphic_line_asked_to_be_read_aloud_is_a_failure_and_a_tame_one_is_not()
    {
        var report = Audit(Prompt("read-it-aloud", "{{ said }}: {{ quote }} Read the line aloud. How does it sound?", "{ block: leonid-3.12 }", "[leonid-3]"));
        report.Failures.ShouldContain(f => f.Prompt == "read-it-aloud" && f.Problem.StartsWith("the prompt asks for a graphic line to be performed", StringComparison.Ordinal));
        var tame = Audit(Prompt("read-it-aloud", "{{ said }}: {{ quote }} Read the line aloud. How does it sound?", "{ block: leonid-3.9 }", "[leonid-3]"));
        tame.Failures.ShouldNotContain(f => f.Prompt == "read-it-aloud");
    }

    [Fact]
    public void Saying_the_AP_translated_the_calls_is_a_failure()
    {
        var report = Audit(Prompt("who-translated", "{{ said }}: {{ quote }} The AP edited and translated the calls. What might be lost?"));
        report.Failures.ShouldContain(f => f.Prompt == "who-translated" && f.Problem.StartsWith("the text says “The AP edited and translated”", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bank_too_thin_for_an_audience_fails_coverage_cell_by_cell()
    {
        var report = new DiscussionAudit(Course, PromptBank.Empty).Run(1, 1);
        report.Failures.Count(f => f.Prompt == "(coverage)").ShouldBe(11 * 2 * 5);
        report.Failures.ShouldContain(f => f.Prompt == "(coverage)" && f.Units == "maxim-4" && f.Theme == "moral-dissonance" && f.Audience == "6-8"
            && f.Problem == "0 fitting prompt(s) over 0 Bloom level(s); at least 4 over 3 are needed");
    }

    [Fact]
    public void A_shortfall_without_a_note_saying_why_would_fail_and_the_generator_always_writes_one()
    {
        var set = new DiscussionGenerator(Course, PromptBank.Shipped(Course)).Generate(new DiscussionRequest(["maxim-4"], ["sourcing"], "6-8", 50, 1));
        set.Prompts.Count.ShouldBeLessThan(50);
        set.Notes[0].ShouldStartWith($"Asked for 50 prompts; {set.Prompts.Count} fit maxim-4 (sourcing, audience 6-8): ");
    }
}
