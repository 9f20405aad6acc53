extern alias cli;
using System.Net;
using System.Text.Json;
using cli::Curriculum.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Curriculum.Api.Tests.Units;

public sealed class UnitsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Units_gives_the_same_json_as_the_cli_units_json()
    {
        var api = await factory.CreateClient().GetStringAsync("/api/units");
        var cli = await Cli("units", "--json");
        api.ShouldBe(cli.TrimEnd('\n'));
    }

    [Fact]
    public async Task A_unit_gives_the_same_json_as_the_cli_show_json()
    {
        var api = await factory.CreateClient().GetStringAsync("/api/units/leonid-1");
        var cli = await Cli("show", "leonid-1", "--json");
        api.ShouldBe(cli.TrimEnd('\n'));
        JsonDocument.Parse(api).RootElement.GetProperty("title").GetString().ShouldBe("Kill if you don’t want to be killed.");
    }

    [Fact]
    public async Task A_block_quoting_someone_in_narration_gives_whose_words_they_are_and_where()
    {
        var api = await factory.CreateClient().GetStringAsync("/api/units/maxim-4");
        var block = JsonDocument.Parse(api).RootElement.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("id").GetString() == "maxim-4.8");
        var quote = block.GetProperty("quotes")[0];
        quote.GetProperty("speaker").GetString().ShouldBe("Maxim");
        quote.GetProperty("text").GetString().ShouldBe("Forward,");
        quote.GetProperty("start").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404_problem_naming_the_nearest_valid_ids()
    {
        var response = await factory.CreateClient().GetAsync("/api/units/leonid-9");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Problem();
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.Detail().ShouldStartWith("There is no unit 'leonid-9'. Valid unit ids, nearest first: leonid-1, leonid-2");
    }

    private static async Task<string> Cli(params string[] args)
    {
        var output = new StringWriter();
        await using var services = new ServiceCollection().AddCurriculumCli(output, new StringWriter()).BuildServiceProvider();
        (await services.GetRequiredService<CliApp>().RunAsync(args)).ShouldBe(0);
        return output.ToString().ReplaceLineEndings("\n");
    }
}
