extern alias cli;
using System.Net;
using System.Text.Json;
using cli::Curriculum.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Curriculum.Api.Tests.Discussions;

public sealed class DiscussionsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/discussions";

    [Fact]
    public async Task A_discussion_gives_the_same_json_as_the_cli_discuss_json()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["leonid-1", "ivan-2"], "themes": ["propaganda"], "audience": "11-12", "count": 5, "seed": 7 }""");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var api = await response.Content.ReadAsStringAsync();

        var output = new StringWriter();
        await using var services = new ServiceCollection().AddCurriculumCli(output, new StringWriter()).BuildServiceProvider();
        var exit = await services.GetRequiredService<CliApp>().RunAsync(["discuss", "leonid-1", "ivan-2", "--theme", "propaganda", "--audience", "11-12", "--count", "5", "--seed", "7", "--json"]);
        exit.ShouldBe(0);
        api.ShouldBe(output.ToString().TrimEnd('\n'));
    }

    [Fact]
    public async Task A_discussion_carries_excerpts_and_prompts_that_say_why_they_were_chosen()
    {
        var set = await Set("""{ "units": ["maxim-2"] }""");
        set.GetProperty("units")[0].GetProperty("id").GetString().ShouldBe("maxim-2");
        var excerpts = set.GetProperty("excerpts").EnumerateArray().ToList();
        excerpts.ShouldNotBeEmpty();
        excerpts.ShouldAllBe(e => e.GetProperty("why").GetString()!.Length > 0);
        var prompts = set.GetProperty("prompts").EnumerateArray().ToList();
        prompts.Count.ShouldBeInRange(1, 6);
        prompts.ShouldAllBe(p => p.GetProperty("why").GetString()!.Length > 0);
    }

    [Fact]
    public async Task Same_request_same_seed_gives_the_same_set()
    {
        const string Body = """{ "units": ["leonid-2"], "count": 4, "seed": 42 }""";
        var client = factory.CreateClient();
        var first = await (await client.PostText(Url, Body)).Content.ReadAsStringAsync();
        var second = await (await client.PostText(Url, Body)).Content.ReadAsStringAsync();
        second.ShouldBe(first);
    }

    [Fact]
    public async Task An_inline_template_overrides_the_shipped_prompt_with_its_id()
    {
        var original = await Set("""{ "units": ["leonid-1"], "count": 3 }""");
        var prompt = original.GetProperty("prompts")[0];
        var id = prompt.GetProperty("id").GetString()!;
        var template = $$"""
            prompts:
              - id: {{id}}
                theme: {{prompt.GetProperty("theme").GetString()}}
                framework: {{prompt.GetProperty("framework").GetString()}}
                level: {{prompt.GetProperty("level").GetString()}}
                question: {{prompt.GetProperty("question").GetString()}}
                audiences: [6-8, 9-10, 11-12, adult, workshop]
                units: [leonid-1]
                text: "Rewritten by the facilitator: what does the speaker mean here?"
            """;
        var body = JsonSerializer.Serialize(new { units = new[] { "leonid-1" }, count = 3, templates = new[] { new { file = "mine.yaml", text = template } } });

        var edited = await Set(body);

        edited.GetProperty("prompts").EnumerateArray().Select(p => p.GetProperty("text").GetString())
            .ShouldContain(t => t!.StartsWith("Rewritten by the facilitator: what does ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404_naming_the_valid_ids()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["leonid-7"] }""");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.Problem();
        problem.Detail().ShouldStartWith("There is no unit 'leonid-7'. Valid unit ids, nearest first: leonid-1");
        problem.GetProperty("valid").EnumerateArray().Count().ShouldBe(15);
    }

    [Theory]
    [InlineData("""{ "units": [] }""", "units", "'units' is required")]
    [InlineData("""{ "themes": ["propaganda"] }""", "units", "'units' is required")]
    [InlineData("""{ "units": ["leonid-1"], "themes": ["propoganda"] }""", "themes", "'themes': unknown theme 'propoganda'; themes are: propaganda")]
    [InlineData("""{ "units": ["leonid-1"], "audience": "grade-9" }""", "audience", "'audience': unknown audience 'grade-9'; audiences are: ")]
    [InlineData("""{ "units": ["leonid-1"], "count": 0 }""", "count", "'count': count must be between 1 and 50, not 0.")]
    [InlineData("""{ "units": ["leonid-1"], "options": { "levels": ["wise"] } }""", "options.levels", "'options.levels': unknown level 'wise'; levels are: ")]
    [InlineData("""{ "units": ["leonid-1"], "count": "five" }""", "count", "'count' must be a whole number at line 1, column")]
    [InlineData("""{ "units": "leonid-1" }""", "units", "'units' must be an array of strings")]
    [InlineData("""{ "units": ["leonid-1"], "colour": "red" }""", "colour", "'colour' is not a field of this request")]
    [InlineData("""{ "units": ["leonid-1"], "templates": [{ "file": "a.yaml" }] }""", "templates[0].text", "a template file needs its text.")]
    public async Task An_invalid_field_is_a_400_naming_the_field_and_why(string body, string field, string why)
    {
        var response = await factory.CreateClient().PostText(Url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Problem();
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"errors has no '{field}': {errors}");
        messages[0].GetString()!.ShouldContain(why);
    }

    [Fact]
    public async Task Template_errors_are_a_422_with_file_line_and_column()
    {
        const string Template = "prompts:\n  - id: broken\n    theme: propaganda\n    level: wisest\n";
        var body = JsonSerializer.Serialize(new { units = new[] { "leonid-1" }, templates = new[] { new { file = "mine.yaml", text = Template } } });

        var response = await factory.CreateClient().PostText(Url, body);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Problem()).GetProperty("errors").EnumerateArray().ToList();
        errors.ShouldNotBeEmpty();
        errors.ShouldAllBe(e => e.GetProperty("file").GetString() == "mine.yaml");
        errors.ShouldContain(e => e.GetProperty("line").GetInt32() == 4 && e.GetProperty("column").GetInt32() > 1 && e.GetProperty("message").GetString()!.Contains("wisest"));
    }

    private async Task<JsonElement> Set(string body)
    {
        var response = await factory.CreateClient().PostText(Url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
