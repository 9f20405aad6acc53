using Curriculum.Core.Content;
using Curriculum.Core.Yaml;

namespace Curriculum.Core.Tests.Yaml;

public sealed class YamlReaderTests
{
    [Fact]
    public void A_tab_in_the_indentation_is_reported_on_its_own_line()
    {
        var e = Should.Throw<ContentException>(() => YamlReader.LoadMapping("t.yaml", "prompts:\n  - id: one\n\ttheme: propaganda\n"));
        e.Position.Line.ShouldBe(3);
        e.Problem.ShouldStartWith("this is not valid YAML: ");
        e.Problem.ShouldNotContain("(Line");
    }

    [Fact]
    public void An_unclosed_list_is_reported_near_where_it_breaks()
    {
        var e = Should.Throw<ContentException>(() => YamlReader.LoadMapping("t.yaml", "a: 1\nb: [1, 2\nc: 3\n"));
        e.Position.Line.ShouldBeGreaterThan(1);
        e.Problem.ShouldContain("is not closed", Case.Sensitive);
    }
}
