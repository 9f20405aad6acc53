using System.Text.Json;

namespace Curriculum.Api.Tests.Hosting;

public sealed class OpenApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "/api/units", "get" },
        { "/api/units/{id}", "get" },
        { "/api/themes", "get" },
        { "/api/audiences", "get" },
        { "/api/discussions", "post" },
        { "/api/handouts", "post" },
        { "/api/exports", "post" },
        { "/api/templates", "get" },
        { "/api/templates/validate", "post" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task The_openapi_document_describes_every_endpoint(string path, string method)
    {
        var paths = (await Document()).GetProperty("paths");
        paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing from /openapi/v1.json");
        var operation = item.GetProperty(method);
        operation.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
        operation.GetProperty("responses").TryGetProperty("200", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_openapi_document_describes_the_errors_of_the_api()
    {
        var responses = (await Document()).GetProperty("paths").GetProperty("/api/units/{id}").GetProperty("get").GetProperty("responses");
        responses.GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        responses.TryGetProperty("429", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/discussions")]
    [InlineData("/api/handouts")]
    [InlineData("/api/exports")]
    [InlineData("/api/templates/validate")]
    public async Task The_openapi_document_describes_each_body_and_its_errors(string path)
    {
        var operation = (await Document()).GetProperty("paths").GetProperty(path).GetProperty("post");
        operation.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).ShouldBeTrue();
        var responses = operation.GetProperty("responses");
        foreach (var status in new[] { "400", "413", "415", "422", "429" })
        {
            responses.TryGetProperty(status, out _).ShouldBeTrue($"{path} does not document {status}");
        }
    }

    [Fact]
    public async Task The_api_reference_page_is_served_from_this_process()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/scalar/");
        html.ShouldContain("openapi/v1.json");
        html.ShouldNotContain("cdn.jsdelivr.net");
    }

    private async Task<JsonElement> Document() =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement.Clone();
}
