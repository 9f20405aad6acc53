using System.Net;
using System.Text;

namespace Curriculum.Api.Tests.Hosting;

/// <summary>What every body-taking endpoint does with a body it cannot use.</summary>
public sealed class RequestBodyTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Posts => ["/api/discussions", "/api/handouts", "/api/templates/validate"];

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task Malformed_json_is_a_400_saying_where(string url)
    {
        var response = await factory.CreateClient().PostText(url, "{\n  ]");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).Detail().ShouldStartWith("The body is not valid JSON at line 2, column 3");
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task An_empty_body_is_a_400(string url)
    {
        var response = await factory.CreateClient().PostText(url, "");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).Detail().ShouldStartWith("The request body is empty");
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_body_that_is_not_json_is_a_415(string url)
    {
        var response = await factory.CreateClient().PostText(url, "units=leonid-1", "application/x-www-form-urlencoded");
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await response.Problem()).Detail().ShouldBe("The body must be JSON: send it with 'Content-Type: application/json' (got 'application/x-www-form-urlencoded; charset=utf-8').");
    }

    [Theory]
    [MemberData(nameof(Posts))]
    public async Task A_body_over_the_limit_is_a_413_saying_the_limit(string url)
    {
        var big = "{ \"units\": [\"" + new string('x', 300 * 1024) + "\"] }";
        var response = await factory.CreateClient().PostText(url, big);
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Problem()).Detail().ShouldBe("The request body is larger than the limit of 256 KiB (262144 bytes).");
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_too()
    {
        using var limited = factory.With(("Limits:MaxBodyBytes", "1000"));
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{ \"units\": [\"" + new string('x', 5000) + "\"] }")));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/discussions") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await limited.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Problem()).Detail().ShouldBe("The request body is larger than the limit of 1000 bytes.");
    }

    [Theory]
    [InlineData("/api/discussions", "null")]
    [InlineData("/api/discussions", "[]")]
    [InlineData("/api/discussions", "42")]
    [InlineData("/api/discussions", "{ \"units\": [null] }")]
    [InlineData("/api/discussions", "{ \"units\": [\"ivan-1\"], \"themes\": [null] }")]
    [InlineData("/api/discussions", "{ \"units\": [\"ivan-1\"], \"options\": { \"levels\": [null] } }")]
    [InlineData("/api/handouts", "{ \"units\": [\"ivan-1\"], \"themes\": [null] }")]
    [InlineData("/api/discussions", "{ \"units\": [\"leonid-1\"], \"templates\": [null] }")]
    [InlineData("/api/discussions", "{ \"units\": [\"leonid-1\"], \"count\": 99999999999 }")]
    [InlineData("/api/discussions", "{ \"units\": [\"leonid-1\"], \"options\": { \"minLevels\": -1 } }")]
    [InlineData("/api/discussions", "{ \"units\": [\"leonid-1\"], \"templates\": [{ \"text\": \"prompts: [\" }] }")]
    [InlineData("/api/discussions", "{ \"units\": [\"leonid-1\"], \"templates\": [{ \"text\": \"prompts:\\n  - id: x\\n    text: '{% for i in (1..100000000) %}x{% endfor %}'\" }] }")]
    [InlineData("/api/handouts", "{ \"units\": [\"leonid-1\"], \"kind\": 3 }")]
    [InlineData("/api/handouts", "{ \"units\": [\"leonid-1\"], \"paper\": null, \"kind\": null }")]
    [InlineData("/api/templates/validate", "{ \"text\": \"\\u0000\\u0001:\" }")]
    [InlineData("/api/templates/validate", "{ \"file\": \"../../etc/passwd\", \"text\": \"a: b\" }")]
    [InlineData("/api/templates/validate", "\"just a string\"")]
    public async Task No_input_produces_a_500_or_a_stack_trace(string url, string body)
    {
        var response = await factory.CreateClient().PostText(url, body);
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeLessThan(500, text);
        text.ShouldNotContain("   at ");
        text.ShouldNotContain("Exception");
    }
}
