using System.Text.RegularExpressions;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;

namespace Curriculum.Core.Tests.Prompts;

/// <summary>lesson-templates/FRAMEWORKS.md defines every tag the bank may use, each with a verbatim example.</summary>
public sealed partial class FrameworksDocumentTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(TestCourse.RepoRoot(), "lesson-templates", "FRAMEWORKS.md"));

    private static Dictionary<string, string> Sections() =>
        Heading().Matches(Document).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["body"].Value, StringComparer.Ordinal);

    [Fact]
    public void Every_framework_tag_has_fits_when_does_not_fit_when_and_an_example_from_the_article()
    {
        var sections = Sections();
        sections.Keys.Order(StringComparer.Ordinal).ShouldBe(Taxonomy.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal));
        foreach (var (id, body) in sections)
        {
            body.ShouldContain("- Fits when: ", Case.Sensitive, id);
            body.ShouldContain("- Does not fit when: ", Case.Sensitive, id);
            var example = ExampleLine().Match(body);
            example.Success.ShouldBeTrue(id);
            var quotes = Quoted().Matches(example.Value).Select(q => q.Groups[1].Value).ToList();
            quotes.ShouldNotBeEmpty(id);
            quotes.ShouldAllBe(q => Course.Embedded.Article.Text.Contains(q, StringComparison.Ordinal), id);
        }
    }

    [Fact]
    public void Every_framework_has_one_definition_and_it_is_the_one_the_handouts_print()
    {
        var sections = Sections();
        foreach (var term in Taxonomy.Frameworks)
        {
            sections[term.Id].ShouldContain($"- Definition: {term.Description}\n", Case.Sensitive, term.Id);
        }
    }

    [Fact]
    public void Every_shipped_prompt_uses_a_defined_framework_and_no_theme_as_a_device()
    {
        var defined = Sections().Keys.ToHashSet(StringComparer.Ordinal);
        var bank = PromptBank.Shipped(Course.Embedded);
        bank.Prompts.ShouldAllBe(p => defined.Contains(p.Framework));
        bank.Prompts.ShouldAllBe(p => p.Topic == null || Taxonomy.Topics.Any(t => t.Id == p.Topic));
    }

    [Fact]
    public void A_soldier_s_excuse_to_his_wife_is_never_asked_as_band_wagon_propaganda()
    {
        var bank = PromptBank.Shipped(Course.Embedded);
        bank.Prompts.Where(p => p.Needs.Block is "maxim-3.5" or "leonid-2.8").ShouldAllBe(p => !p.Framework.StartsWith("ipa:", StringComparison.Ordinal));
    }

    [Fact]
    public void No_shipped_prompt_carries_a_tag_the_article_holds_no_clear_case_of()
    {
        // A tag whose example says the article holds no clear case would teach the misfit: no prompt may carry it.
        var unclear = Sections().Where(s => ExampleLine().Match(s.Value).Value.Contains("holds no clear case", StringComparison.Ordinal))
            .Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        unclear.ShouldContain("bandura:diffusion-of-responsibility");
        var bank = PromptBank.Shipped(Course.Embedded);
        bank.Prompts.Where(p => unclear.Contains(p.Framework)).Select(p => $"{p.Id} ({p.Framework})").ShouldBeEmpty();
    }

    [Fact]
    public void Every_clear_example_says_who_said_it_and_its_line_and_the_line_holds_the_words()
    {
        var lines = File.ReadAllLines(Path.Combine(TestCourse.RepoRoot(), "seeds", "never-saw-such-hell.txt"));
        foreach (var (id, body) in Sections())
        {
            var example = ExampleLine().Match(body).Value;
            if (example.Contains("holds no clear case", StringComparison.Ordinal))
            {
                continue;
            }

            var m = Regex.Match(example, @"^- Example: “(?<words>[^“”]+)” \((?<who>[^;()]+); line (?<line>\d+)\)$");
            m.Success.ShouldBeTrue($"{id}: {example}");
            lines[int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1].ShouldContain(m.Groups["words"].Value, Case.Sensitive, id);
        }
    }

    [GeneratedRegex(@"^### (?<id>[a-z]+:[a-z-]+)\n(?<body>(?:- [^\n]*\n?)+)", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"- Example: [^\n]*")]
    private static partial Regex ExampleLine();

    [GeneratedRegex("“([^“”]*)”")]
    private static partial Regex Quoted();
}
