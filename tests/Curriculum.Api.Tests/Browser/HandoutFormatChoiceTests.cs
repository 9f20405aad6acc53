using System.Text.Json;
using Microsoft.Playwright;

namespace Curriculum.Api.Tests.Browser;

/// <summary>
/// The print panel's file types. The server's handout endpoint is stood in for here, so what is tested is the page:
/// what it sends for each choice and what it does with the file it gets back.
/// </summary>
public sealed class HandoutFormatChoiceTests(LiveServer server) : IClassFixture<LiveServer>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [ChromiumFact]
    public async Task Choosing_Word_posts_the_same_request_with_format_docx_and_saves_the_docx_it_gets()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        var sent = new List<JsonElement>();
        await page.RouteAsync("**/api/handouts", async route =>
        {
            sent.Add(JsonDocument.Parse(route.Request.PostData!).RootElement.Clone());
            var format = sent[^1].TryGetProperty("format", out var f) ? f.GetString() : "pdf";
            await route.FulfillAsync(new()
            {
                Status = 200,
                ContentType = format == "docx" ? WordType : "application/pdf",
                Headers = new Dictionary<string, string> { ["Content-Disposition"] = $"attachment; filename=leonid-1-student-handout.{format}" },
                BodyBytes = "PK"u8.ToArray(),
            });
        });
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#unit-leonid-1").CheckAsync();

        var student = page.GetByRole(AriaRole.Button, new() { Name = "Download student handout (PDF)", Exact = true });
        await student.WaitForAsync();
        var pdf = await page.RunAndWaitForDownloadAsync(() => student.ClickAsync());
        pdf.SuggestedFilename.ShouldBe("leonid-1-student-handout.pdf");

        // Chosen by its label, as a person would.
        await page.GetByLabel("Word (.docx)").CheckAsync();
        var word = page.GetByRole(AriaRole.Button, new() { Name = "Download student handout (Word)", Exact = true });
        (await word.CountAsync()).ShouldBe(1, "the button says which file it gives");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Download teacher guide (Word)", Exact = true }).CountAsync()).ShouldBe(1);
        var docx = await page.RunAndWaitForDownloadAsync(() => word.ClickAsync());
        docx.SuggestedFilename.ShouldBe("leonid-1-student-handout.docx");
        (await page.Locator("#status").InnerTextAsync()).ShouldBe("Downloaded leonid-1-student-handout.docx.");

        sent.Count.ShouldBe(2);
        sent[0].TryGetProperty("format", out _).ShouldBeFalse("PDF is the default: the request names no format");
        sent[1].GetProperty("format").GetString().ShouldBe("docx");
        // Everything else is the same request.
        var others = sent.Select(b => string.Join(',', b.EnumerateObject().Where(p => p.Name != "format").Select(p => $"{p.Name}={p.Value.GetRawText()}"))).ToList();
        others[1].ShouldBe(others[0]);
        sent[1].GetProperty("kind").GetString().ShouldBe("student");
        sent[1].GetProperty("units").EnumerateArray().Select(u => u.GetString()).ShouldBe(["leonid-1"]);
    }

    [ChromiumFact]
    public async Task The_file_types_are_one_labelled_group_reached_with_the_keyboard_before_the_download_buttons()
    {
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.Context.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await page.Locator("#unit-leonid-1").WaitForAsync();

        var group = page.GetByRole(AriaRole.Group, new() { Name = "File type" });
        (await group.GetByRole(AriaRole.Radio).AllInnerTextsAsync()).Count.ShouldBe(3);
        (await group.GetByRole(AriaRole.Radio, new() { Name = "PDF (print it as it is)" }).IsCheckedAsync()).ShouldBeTrue();

        // Arrow keys move within the group; the next Tab goes on to the buttons.
        await page.Locator("#paper").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("format-pdf");
        await page.Keyboard.PressAsync("ArrowDown");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("format-docx");
        (await page.Locator("#format-docx").IsCheckedAsync()).ShouldBeTrue();
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("download-student");
        (await page.Locator("#download-student").InnerTextAsync()).ShouldBe("Download student handout (Word)");
    }
}
