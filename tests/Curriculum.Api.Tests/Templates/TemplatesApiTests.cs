using System.Net;
using System.Net.Http.Json;
using Curriculum.Api.Templates;
using Curriculum.Core.Prompts;

namespace Curriculum.Api.Tests.Templates;

public sealed class TemplatesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Templates_lists_the_shipped_files_and_a_starter()
    {
        var bank = await factory.CreateClient().GetFromJsonAsync<TemplateBank>("/api/templates");
        bank!.Files.Select(f => f.File).ShouldBe(PromptBank.ShippedSources().Select(s => s.File));
        bank.Starter.ShouldBe(TemplateStarter.Text());
    }

    [Fact]
    public async Task A_clean_template_validates_with_its_prompt_ids()
    {
        var response = await factory.CreateClient().PostJson("/api/templates/validate", new { file = "mine.yaml", text = TemplateStarter.Text() });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<TemplateValidation>();
        result.ShouldBe(new TemplateValidation(true, ["my-first-prompt"]), new ValidationComparer());
    }

    [Fact]
    public async Task A_bad_template_is_a_422_with_each_error_at_its_line_and_column()
    {
        var text = TemplateStarter.Text().Replace("level: understand", "level: wisest", StringComparison.Ordinal);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("level: wisest", StringComparison.Ordinal)) + 1;

        var response = await factory.CreateClient().PostJson("/api/templates/validate", new { file = "mine.yaml", text });

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problem = await response.Problem();
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        error.GetProperty("file").GetString().ShouldBe("mine.yaml");
        error.GetProperty("line").GetInt32().ShouldBe(line);
        error.GetProperty("column").GetInt32().ShouldBe(text.Split('\n')[line - 1].IndexOf("wisest", StringComparison.Ordinal) + 1);
        problem.Detail().ShouldStartWith($"mine.yaml:{line}:");
    }

    [Fact]
    public async Task A_template_without_text_is_a_400()
    {
        var response = await factory.CreateClient().PostJson("/api/templates/validate", new { file = "mine.yaml" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Problem();
        problem.GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("'text': a template file needs its text.");
    }

    private sealed class ValidationComparer : IEqualityComparer<TemplateValidation>
    {
        public bool Equals(TemplateValidation? x, TemplateValidation? y) => x!.Valid == y!.Valid && x.Prompts.SequenceEqual(y.Prompts);

        public int GetHashCode(TemplateValidation obj) => obj.Valid.GetHashCode();
    }
}
