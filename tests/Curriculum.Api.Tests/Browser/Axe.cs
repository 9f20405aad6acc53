using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Curriculum.Api.Tests.Browser;

/// <summary>
/// axe-core (npm, from the committed lock file: <c>npm ci</c> installs it into <c>node_modules/</c>) run in a page
/// of Debian's chromium. Point it at any page: the facilitator's, or any HTML the kit renders.
/// </summary>
public static class Axe
{
    /// <summary>Where <c>npm ci</c> at the repository root puts axe-core.</summary>
    public static string? ScriptPath { get; } = Find();

    public static bool Installed => ScriptPath is not null;

    // The script is served from the page's own origin, so a page whose policy allows only 'self' (the facilitator's) runs it unchanged.
    private const string ScriptName = "__axe-core/axe.min.js";

    /// <summary>A page of rendered HTML, loaded as a document at an address of its own (no server, no file access), then checked.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckHtmlAsync(IBrowserContext context, byte[] html, int width)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.SetViewportSizeAsync(width, 900);
            var address = new Uri("http://rendered.curriculum.test/document.html");
            await page.RouteAsync(address.ToString(), route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", BodyBytes = html }));
            // A self-contained page asks for nothing else; anything it did ask for would fail here and show up as an error.
            await page.GotoAsync(address.ToString());
            return await CheckAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Every axe-core violation (WCAG 2.x A and AA, and axe's best practices) on the page as it is now.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page)
    {
        var script = ScriptPath ?? throw new InvalidOperationException(
            "axe-core is not installed: run `npm ci` at the repository root (.ci/run does) to put node_modules/axe-core in place.");
        var address = new Uri(new Uri(page.Url), "/" + ScriptName).ToString();
        await page.RouteAsync(address, route => route.FulfillAsync(new() { Status = 200, ContentType = "text/javascript", Path = script }));
        await page.AddScriptTagAsync(new() { Url = address });
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact ?? "", help: v.help,
                nodes: v.nodes.map(n => `${n.target.join(" ")}: ${n.html.slice(0, 160)}`),
              }));
            }
            """);
        await page.UnrouteAsync(address);
        return [.. json.EnumerateArray().Select(v => new AxeViolation(
            v.GetProperty("id").GetString()!,
            v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!,
            [.. v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!)]))];
    }

    /// <summary>Violations as a reader wants them in a failed test: rule, impact, what it asks, and where.</summary>
    public static string Describe(IEnumerable<AxeViolation> violations)
    {
        var text = new StringBuilder();
        foreach (var v in violations)
        {
            text.Append("- ").Append(v.Id).Append(" (").Append(v.Impact).Append("): ").Append(v.Help).Append('\n');
            foreach (var node in v.Nodes.Take(5))
            {
                text.Append("    ").Append(node).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")))
            {
                var script = Path.Combine(dir.FullName, "node_modules", "axe-core", "axe.min.js");
                return File.Exists(script) ? script : null;
            }
        }

        return null;
    }
}

/// <summary>One axe-core rule the page breaks, and the elements that break it.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes);

/// <summary>
/// A theory that needs chromium and axe-core: skipped, with the reason, where either is missing, unless CI=true
/// demands it (then it runs and fails saying what is missing).
/// </summary>
public sealed class AccessibilityTheoryAttribute : TheoryAttribute
{
    public AccessibilityTheoryAttribute()
    {
        if (Chromium.MustRun)
        {
            return;
        }

        if (!Chromium.Installed)
        {
            Skip = $"No chromium at {Chromium.Executable} (apt-get install chromium); under CI=true this test runs and fails without it.";
        }
        else if (!Axe.Installed)
        {
            Skip = "No node_modules/axe-core (run `npm ci` at the repository root); under CI=true this test runs and fails without it.";
        }
    }
}
