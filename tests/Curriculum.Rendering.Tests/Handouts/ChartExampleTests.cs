using System.Text.RegularExpressions;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Tests.Lms;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>
/// The students' chart prints one example per framework: it must be the example lesson-templates/FRAMEWORKS.md gives for
/// that tag (the same words, the same speaker, the same line), and a tag the article holds no clear case of has none.
/// </summary>
public sealed partial class ChartExampleTests
{
    private static Dictionary<string, string> ExamplesInDocument()
    {
        var document = File.ReadAllText(Path.Combine(NodeTools.RepositoryRoot, "lesson-templates", "FRAMEWORKS.md"));
        return Heading().Matches(document).ToDictionary(
            m => m.Groups["id"].Value,
            m => ExampleLine().Match(m.Groups["body"].Value).Groups["example"].Value,
            StringComparer.Ordinal);
    }

    [Fact]
    public void Every_chart_example_is_the_frameworks_document_s_example_with_its_speaker_and_line()
    {
        var documented = ExamplesInDocument();
        foreach (var (id, example) in LessonPlan.Examples)
        {
            documented.ShouldContainKey(id);
            documented[id].ShouldBe($"“{example.Words}” ({example.Who}; line {example.Line})", id);
        }
    }

    [Fact]
    public void Every_clear_case_in_the_document_is_on_the_chart_and_no_unclear_one_is()
    {
        foreach (var (id, example) in ExamplesInDocument().Where(e => !e.Key.StartsWith("history:", StringComparison.Ordinal)))
        {
            if (example.Contains("holds no clear case", StringComparison.Ordinal))
            {
                LessonPlan.Examples.ShouldNotContainKey(id);
            }
            else
            {
                LessonPlan.Examples.ShouldContainKey(id);
            }
        }
    }

    [Fact]
    public void Every_idea_on_the_chart_has_an_everyday_example_that_quotes_no_one()
    {
        var onTheChart = Core.Teaching.Taxonomy.Frameworks.Select(t => t.Id).Where(id => !id.StartsWith("history:", StringComparison.Ordinal)).ToList();
        onTheChart.ShouldNotBeEmpty();
        foreach (var id in onTheChart)
        {
            LessonPlan.Everyday.ShouldContainKey(id);
            // Not the article's words, so never in quotation marks: a student must not take them for a quotation.
            LessonPlan.Everyday[id].ShouldNotContain("“");
            LessonPlan.Everyday[id].ShouldNotContain("‘");
        }
    }

    [Fact]
    public void The_chart_never_teaches_a_drinking_excuse_as_diffusion_of_responsibility()
    {
        LessonPlan.Examples.Values.ShouldNotContain(e => e.Line == 315);
        LessonPlan.Examples["bandura:attribution-of-blame"].Line.ShouldNotBe(118);
    }

    [GeneratedRegex(@"^### (?<id>[a-z]+:[a-z-]+)\n(?<body>(?:- [^\n]*\n?)+)", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"- Example: (?<example>[^\n]*)")]
    private static partial Regex ExampleLine();
}
