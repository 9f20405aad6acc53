using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Curriculum.Api.Tests.Browser;

/// <summary>The facilitator's page in real Chromium against real Kestrel, driven as a person would, keyboard first.</summary>
public sealed class FacilitatorPageBrowserTests(LiveServer server) : IClassFixture<LiveServer>
{
    [ChromiumFact]
    public async Task A_facilitator_picks_a_unit_generates_edits_a_prompt_and_downloads_the_handout()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(server.Address.ToString());

        // Pick a unit and generate, with the keyboard alone.
        var unit = page.Locator("#unit-leonid-1");
        await unit.WaitForAsync();
        await unit.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        (await unit.IsCheckedAsync()).ShouldBeTrue();
        await page.Locator("#count").FillAsync("4");
        await page.Locator("#generate").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var prompts = page.Locator("#prompts > li");
        await prompts.First.WaitForAsync();
        (await prompts.CountAsync()).ShouldBeGreaterThan(0);
        var first = prompts.First;
        (await first.Locator("blockquote").CountAsync()).ShouldBeGreaterThan(0, "each prompt shows its excerpt");
        (await first.InnerTextAsync()).ShouldContain("Why this prompt:");

        // Edit the first prompt: it is copied into the editor; an error is shown at its line, then fixed.
        await first.GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit prompt 1") }).ClickAsync();
        await page.Locator("#status", new() { HasTextString = "copied into your templates" }).WaitForAsync();
        var editor = page.Locator("#template-text");
        var template = await editor.InputValueAsync();
        template.ShouldStartWith("prompts:\n  - id: ", customMessage: await page.Locator("#alert").InnerTextAsync());
        var broken = template.Replace("    level: ", "    level: wisest\n    old_level: ", StringComparison.Ordinal);
        await editor.FillAsync(broken);
        await page.Locator("#check-templates").ClickAsync();
        var problem = page.Locator("#template-error-list li").First;
        await problem.WaitForAsync(new() { Timeout = 10_000 }).ShouldSucceed(page);
        (await problem.InnerTextAsync()).ShouldStartWith("Line ");

        const string Marker = "Edited by the facilitator.";
        var edited = EditText(template, Marker);
        await editor.FillAsync(edited);
        await page.Locator("#check-templates").ClickAsync();
        await page.Locator("#status", new() { HasTextString = "Your templates are fine" }).WaitForAsync();
        await page.Locator("#generate").ClickAsync();
        await page.Locator("#prompts > li", new() { HasTextString = Marker }).First.WaitForAsync();

        // Download the student handout and read it back.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-student").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".pdf");
        var path = Path.Combine(chromium.Downloads, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        using (var pdf = PdfDocument.Open(path))
        {
            pdf.NumberOfPages.ShouldBeGreaterThan(0);
            var words = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            words.ShouldContain("Edited");
        }

        // The one failed request expected is the broken template's 422.
        errors.Where(e => !e.Contains("status of 422", StringComparison.Ordinal)).ShouldBeEmpty();
        var profile = chromium.Profile;
        await chromium.DisposeAsync();
        Chromium.ProcessesUsing(profile).ShouldBeEmpty("no chromium process is left behind");
    }

    [ChromiumFact]
    public async Task Every_control_is_reachable_with_the_tab_key_and_has_an_accessible_name()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#unit-introduction").WaitForAsync();

        var unnamed = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, textarea, button')]
              .filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label') && !c.textContent.trim())
              .map(c => c.id || c.outerHTML)
            """);
        unnamed.ShouldBeEmpty();

        var reached = new HashSet<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''"));
        }

        reached.ShouldContain("audience");
        reached.ShouldContain("generate");
        reached.ShouldContain("template-text");
    }

    /// <summary>Puts a marker at the start of the prompt's text, whether it is a folded block or a one-line scalar.</summary>
    private static string EditText(string template, string marker)
    {
        var lines = template.Split('\n').ToList();
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("text:", StringComparison.Ordinal));
        at.ShouldBeGreaterThanOrEqualTo(0);
        var indent = lines[at][..(lines[at].Length - lines[at].TrimStart().Length)];
        var end = at + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end].Length - lines[end].TrimStart().Length > indent.Length))
        {
            end++;
        }

        lines.RemoveRange(at, end - at);
        lines.Insert(at, $"{indent}text: \"{marker} What does the excerpt show?\"");
        return string.Join('\n', lines);
    }
}

internal static class PageState
{
    /// <summary>Waits, and on failure says what the page was showing: its status, its alert and the editor.</summary>
    public static async Task ShouldSucceed(this Task wait, IPage page)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException e)
        {
            var state = await page.EvaluateAsync<string>("() => `status: ${document.querySelector('#status').textContent}\nalert: ${document.querySelector('#alert').textContent}\neditor:\n${document.querySelector('#template-text').value}`");
            throw new TimeoutException($"{e.Message}\n{state}", e);
        }
    }
}
