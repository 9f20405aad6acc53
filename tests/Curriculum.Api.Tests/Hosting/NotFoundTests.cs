using System.Net;

namespace Curriculum.Api.Tests.Hosting;

public sealed class NotFoundTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_unknown_address_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/nothing-here");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Problem()).GetProperty("status").GetInt32().ShouldBe(404);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        var response = await factory.CreateClient().DeleteAsync("/api/units");
        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.Problem()).GetProperty("status").GetInt32().ShouldBe(405);
    }
}
