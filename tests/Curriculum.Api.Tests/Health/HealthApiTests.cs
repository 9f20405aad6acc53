using System.Net.Http.Json;
using Curriculum.Api.Health;

namespace Curriculum.Api.Tests.Health;

public sealed class HealthApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_says_healthy_with_the_course_loaded()
    {
        var health = await factory.CreateClient().GetFromJsonAsync<HealthStatus>("/health");
        health.ShouldBe(new HealthStatus("healthy", 15));
    }
}
