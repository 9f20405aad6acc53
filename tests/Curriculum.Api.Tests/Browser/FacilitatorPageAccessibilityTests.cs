namespace Curriculum.Api.Tests.Browser;

/// <summary>
/// The facilitator's page checked with axe-core in chromium at a laptop's and a tablet's width: before and after
/// prompts are generated, and with a template's errors shown.
/// </summary>
public sealed class FacilitatorPageAccessibilityTests(LiveServer server) : IClassFixture<LiveServer>
{
    [AccessibilityTheory]
    [InlineData(1280)]
    [InlineData(768)]
    public async Task The_page_has_no_axe_core_violations_before_and_after_generating_prompts(int width)
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#unit-leonid-1").WaitForAsync();

        var before = await Axe.CheckAsync(page);

        await page.Locator("#unit-leonid-1").CheckAsync();
        await page.Locator("#generate").ClickAsync();
        await page.Locator("#prompts > li").First.WaitForAsync();
        // Open every "Look for" and "Sentence starters" so what they hold is checked too.
        await page.EvaluateAsync("() => document.querySelectorAll('#prompts details').forEach(d => d.open = true)");
        var after = await Axe.CheckAsync(page);

        // A broken template: its errors listed at their lines, and the alert.
        await page.Locator("#template-text").FillAsync("prompts:\n  - id: [unclosed\n");
        await page.Locator("#check-templates").ClickAsync();
        await page.Locator("#template-error-list li").First.WaitForAsync();
        var broken = await Axe.CheckAsync(page);

        (Axe.Describe(before) + Axe.Describe(after) + Axe.Describe(broken)).ShouldBeEmpty(
            $"at {width} px\nbefore generating:\n{Axe.Describe(before)}\nafter generating:\n{Axe.Describe(after)}\nwith a template error:\n{Axe.Describe(broken)}");
        (await page.Locator("#prompts > li").CountAsync()).ShouldBeGreaterThan(0);
    }
}
