using System.Text.Json;

namespace Curriculum.Cli.Tests.Commands;

public sealed class ShowCommandTests
{
    [Fact]
    public async Task Show_prints_the_unit_with_speakers_named_as_a_teacher_would()
    {
        var run = await CliRun.Of("show", "ivan-2");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("ivan-2: TWO: Love and fear.");
        run.Out.ShouldContain("Olya, Ivan’s girlfriend (Laughs)");
        run.Out.ShouldContain("Olya: (Laughs) “Agreed.”");
        run.Out.ShouldContain("teaser, not the article");
    }

    [Fact]
    public async Task Show_json_gives_the_unit_and_its_blocks()
    {
        var run = await CliRun.Of("show", "maxim-4", "--json");
        run.ExitCode.ShouldBe(0);
        using var doc = JsonDocument.Parse(run.Out);
        doc.RootElement.GetProperty("id").GetString().ShouldBe("maxim-4");
        doc.RootElement.GetProperty("blocks").GetArrayLength().ShouldBe(8);
        doc.RootElement.GetProperty("blocks")[0].GetProperty("speaker").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task An_unknown_unit_exits_2_and_names_the_valid_ids_nearest_first()
    {
        var run = await CliRun.Of("show", "ivan-9");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("Unknown unit 'ivan-9'. Valid unit ids, nearest first: ivan-1, ivan-2, ivan-3,");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task A_missing_unit_id_is_a_usage_error()
    {
        var run = await CliRun.Of("show");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("Try 'curriculum show --help'.");
    }
}
