namespace Curriculum.Api.Tests.Browser;

/// <summary>The Scalar API reference page as an integrator sees it in a real browser: the API, and no vendor's buttons.</summary>
public sealed class ApiReferenceBrowserTests(LiveServer server) : IClassFixture<LiveServer>
{
    [ChromiumFact]
    public async Task The_reference_page_shows_the_api_and_no_ask_ai_or_deploy_buttons()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "scalar/").ToString());
        await page.GetByText("Curriculum API").First.WaitForAsync(new() { Timeout = 30_000 });
        await page.GetByText("Handouts").First.WaitForAsync(new() { Timeout = 30_000 });

        var text = await page.Locator("body").InnerTextAsync();
        text.ShouldContain("Exports");
        foreach (var vendor in new[] { "Ask AI", "Deploy", "Agent", "Scalar Cloud", "Register" })
        {
            text.ShouldNotContain(vendor, Case.Insensitive);
        }
    }
}
