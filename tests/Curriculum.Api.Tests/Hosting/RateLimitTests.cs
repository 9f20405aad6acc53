using System.Net;

namespace Curriculum.Api.Tests.Hosting;

public sealed class RateLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_client_over_its_window_gets_429_with_retry_after_and_a_problem_saying_the_limit()
    {
        using var limited = factory.With(("Limits:RequestsPerWindow", "2"), ("Limits:WindowSeconds", "60"));
        var client = limited.CreateClient();
        (await client.GetAsync("/api/themes")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/audiences")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.GetAsync("/api/themes");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 60);
        (await refused.Problem()).Detail().ShouldStartWith("Too many requests: at most 2 requests every 60 s from one client.");
    }

    [Fact]
    public async Task Health_is_not_rate_limited()
    {
        using var limited = factory.With(("Limits:RequestsPerWindow", "1"), ("Limits:WindowSeconds", "60"));
        var client = limited.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
