using System.Net;
using System.Text.RegularExpressions;

namespace Curriculum.Api.Tests.Handouts;

/// <summary>The workshop packet through the API: each unit gets its own ladder of prompts, whatever count was asked.</summary>
public sealed class PacketApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_packet_gives_each_unit_a_ladder_of_four_prompts()
    {
        var response = await factory.CreateClient().PostText("/api/handouts", """{ "units": ["leonid-3", "maxim-2"], "kind": "packet", "format": "html", "count": 2 }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("workshop-packet-leonid-3-maxim-2.html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("The ladder of prompts");
        // Each prompt of a unit's ladder names the line it points at; nothing else in the packet does.
        Regex.Matches(html, "Points at line").Count.ShouldBe(2 * 4);
        html.ShouldContain("Testing the fit: contested cases");
        // What to listen for is on the facilitator's pages, after each group's own.
        html.ShouldContain("Facilitator’s notes");
    }

    [Fact]
    public async Task A_packet_with_an_unknown_unit_is_refused()
    {
        var response = await factory.CreateClient().PostText("/api/handouts", """{ "units": ["leonid-3", "leonid-9"], "kind": "packet" }""");

        ((int)response.StatusCode).ShouldBeInRange(400, 404);
    }
}
