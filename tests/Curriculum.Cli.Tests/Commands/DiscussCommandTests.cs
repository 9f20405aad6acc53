using System.Text.Json;
using Curriculum.Core.Prompts;

namespace Curriculum.Cli.Tests.Commands;

public sealed class DiscussCommandTests
{
    private static string TemplatesFolder()
    {
        var dir = Directory.CreateTempSubdirectory("cli-templates-");
        File.WriteAllText(Path.Combine(dir.FullName, "mine.yaml"), TemplateStarter.Text().Replace("audiences: [9-10, 11-12, adult, workshop]", "audiences: [9-10]", StringComparison.Ordinal));
        return dir.FullName;
    }

    [Fact]
    public async Task Discuss_json_gives_the_agreed_shape()
    {
        var run = await CliRun.Of("discuss", "leonid-1", "--templates", TemplatesFolder(), "--theme", "family-loyalty", "--count", "50", "--seed", "5", "--json");
        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("seed").GetInt32().ShouldBe(5);
        var mine = doc.RootElement.GetProperty("prompts").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "my-first-prompt");
        var excerpt = doc.RootElement.GetProperty("excerpts").EnumerateArray().Single(e => e.GetProperty("id").GetString() == mine.GetProperty("excerpt").GetString());
        excerpt.GetProperty("speaker").GetString().ShouldBe("Leonid’s mother");
    }

    [Theory]
    [InlineData("6-8", 3)]
    [InlineData("9-10", 4)]
    public async Task Grades_6_to_8_get_a_shorter_set_unless_a_count_is_given(string audience, int prompts)
    {
        var run = await CliRun.Of("discuss", "leonid-2", "--audience", audience, "--json");
        run.ExitCode.ShouldBe(0, run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("prompts").GetArrayLength().ShouldBe(prompts);

        var asked = await CliRun.Of("discuss", "leonid-2", "--audience", audience, "--count", "5", "--json");
        using var five = JsonDocument.Parse(asked.Out);
        five.RootElement.GetProperty("prompts").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task Discuss_prints_readable_text_by_default()
    {
        var run = await CliRun.Of("discuss", "leonid-1", "--templates", TemplatesFolder(), "--theme", "family-loyalty", "--count", "50");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Out.ShouldContain("Leonid’s mother says: “", Case.Sensitive);
    }

    [Fact]
    public async Task An_unknown_theme_exits_2_and_names_the_valid_themes_nearest_first()
    {
        var run = await CliRun.Of("discuss", "leonid-1", "--theme", "propoganda");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("Unknown theme 'propoganda'; themes are: propaganda, ");
    }

    [Fact]
    public async Task A_templates_folder_that_does_not_exist_is_a_usage_error()
    {
        var run = await CliRun.Of("discuss", "leonid-1", "--templates", "/no/such/folder");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldBe("--templates /no/such/folder: there is no such folder.\n");
    }

    [Fact]
    public async Task An_unknown_unit_exits_2()
    {
        var run = await CliRun.Of("discuss", "leonid-9");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("units are: leonid-1");
    }

    [Fact]
    public async Task Broken_templates_print_their_errors_and_exit_1_without_a_stack_trace()
    {
        var dir = Directory.CreateTempSubdirectory("cli-bad-");
        File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"), "prompts:\n  - id: x\n");
        var run = await CliRun.Of("discuss", "leonid-1", "--templates", dir.FullName);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("bad.yaml:2:5: prompt 'x' is missing the field 'theme'");
        run.Error.ShouldNotContain("   at ");
    }
}
