using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Html;
using Curriculum.Rendering.Tests.Html;

namespace Curriculum.Api.Tests.Browser;

/// <summary>The HTML the kit renders, checked with axe-core in chromium at a laptop's and a tablet's width.</summary>
public sealed class HtmlOutputAccessibilityTests
{
    /// <summary>
    /// The documents checked. The sample uses every block of the model; the kit's own handouts (composed from a
    /// discussion set) belong here too, one entry each.
    /// </summary>
    public static IEnumerable<(string Name, HandoutDocument Document)> Documents()
    {
        yield return ("sample handout, Letter", SampleHandout.Build());
        yield return ("sample handout, easy read, A4", SampleHandout.Build(Paper.A4, Edition.EasyRead));
        yield return ("sample handout, large print", SampleHandout.Build(edition: Edition.LargePrint));

        // The kit's own documents: a student handout and a teacher guide, the packet and the reader.
        var course = Core.Course.Embedded;
        var generator = new Core.Discussion.DiscussionGenerator(course, Core.Prompts.PromptBank.Shipped(course));
        var renderer = new Rendering.Handouts.HandoutRenderer();
        Core.Discussion.DiscussionSet Set(params string[] units) => generator.Generate(new Core.Discussion.DiscussionRequest(units, [], "9-10", 6, 1));
        var options = Rendering.Handouts.HandoutOptions.Letter;
        yield return ("student handout maxim-2", renderer.Compose(Set("maxim-2"), DocumentKinds.Student, options));
        yield return ("teacher guide ivan-1", renderer.Compose(Set("ivan-1"), DocumentKinds.Teacher, options));
        yield return ("student handout leonid-3, grades 6-8, easy read", renderer.Compose(
            generator.Generate(new Core.Discussion.DiscussionRequest(["leonid-3"], [], "6-8", 6, 1)), DocumentKinds.Student, options with { Edition = Edition.EasyRead }));
        yield return ("workshop packet", renderer.Compose(Set("leonid-1", "ivan-2", "maxim-3"), DocumentKinds.Packet, options));
        yield return ("course reader", renderer.Compose(Set([.. course.Article.UnitIds]), DocumentKinds.Reader, options));
    }

    [AccessibilityTheory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task Rendered_html_has_no_axe_core_violations(int width)
    {
        await using var chromium = await Chromium.LaunchAsync();
        var renderer = new HtmlRenderer();
        var report = new List<string>();
        var checkedCount = 0;
        foreach (var (name, document) in Documents())
        {
            var violations = await Axe.CheckHtmlAsync(chromium.Context, renderer.Render(document).Bytes, width);
            checkedCount++;
            if (violations.Count > 0)
            {
                report.Add($"{name} at {width} px:\n{Axe.Describe(violations)}");
            }
        }

        checkedCount.ShouldBeGreaterThan(0);
        report.ShouldBeEmpty(string.Join('\n', report));
    }
}

/// <summary>The check itself: axe-core runs and reports, so a clean result means a clean page.</summary>
public sealed class AxeCheckTests
{
    [AccessibilityTheory]
    [InlineData(1280)]
    public async Task Axe_core_reports_a_page_that_breaks_its_rules(int width)
    {
        await using var chromium = await Chromium.LaunchAsync();
        var broken = "<!doctype html><html><head><title>x</title></head><body><main><h1>Broken</h1><input type=\"text\"><p style=\"color:#aaa\">faint</p></main></body></html>"u8.ToArray();
        var violations = await Axe.CheckHtmlAsync(chromium.Context, broken, width);
        violations.Select(v => v.Id).ShouldBe(["color-contrast", "html-has-lang", "label"], ignoreOrder: true);
    }
}
