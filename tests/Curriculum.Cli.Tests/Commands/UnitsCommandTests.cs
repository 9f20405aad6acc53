using System.Text.Json;

namespace Curriculum.Cli.Tests.Commands;

public sealed class UnitsCommandTests
{
    [Fact]
    public async Task Units_prints_a_table_row_for_every_unit()
    {
        var run = await CliRun.Of("units");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("Kill if you don’t want to be killed.");
        foreach (var id in new[] { "introduction", "leonid-intro", "leonid-4", "ivan-3", "maxim-4" })
        {
            run.Out.ShouldContain(id);
        }
    }

    [Fact]
    public async Task Units_json_is_an_array_of_units_with_their_blocks()
    {
        var run = await CliRun.Of("units", "--json");
        run.ExitCode.ShouldBe(0);
        using var doc = JsonDocument.Parse(run.Out);
        var units = doc.RootElement.EnumerateArray().ToList();
        units.Count.ShouldBe(15);
        var first = units.Single(u => u.GetProperty("id").GetString() == "leonid-1");
        first.GetProperty("profile").GetString().ShouldBe("leonid");
        first.GetProperty("number").GetInt32().ShouldBe(1);
        first.GetProperty("title").GetString().ShouldBe("Kill if you don’t want to be killed.");
        var block = first.GetProperty("blocks")[1];
        block.GetProperty("id").GetString().ShouldBe("leonid-1.2");
        block.GetProperty("kind").GetString().ShouldBe("call");
        block.GetProperty("speaker").GetString().ShouldBe("Leonid’s mother");
        block.GetProperty("text").GetString().ShouldBe("Mother: “When did you get scared?”");
        block.GetProperty("line").GetInt32().ShouldBe(54);
        units.Single(u => u.GetProperty("id").GetString() == "introduction").GetProperty("number").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Help_is_offered_on_the_units_command()
    {
        var run = await CliRun.Of("units", "--help");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("--json");
    }
}
