using System.IO.Compression;
using System.Net;

namespace Curriculum.Api.Tests.Handouts;

public sealed class HandoutFormatsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/handouts";

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "student-handout-ivan-2.docx")]
    [InlineData("HTML", "text/html", "student-handout-ivan-2.html")]
    [InlineData("pdf", "application/pdf", "student-handout-ivan-2.pdf")]
    public async Task A_handout_comes_in_the_format_asked_for_with_its_media_type_and_file_name(string format, string mediaType, string fileName)
    {
        var response = await factory.CreateClient().PostText(Url, $$"""{ "units": ["ivan-2"], "format": "{{format}}" }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe(fileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (format == "docx")
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            zip.GetEntry("word/document.xml").ShouldNotBeNull();
        }
        else if (format == "HTML")
        {
            System.Text.Encoding.UTF8.GetString(bytes).ShouldStartWith("<!DOCTYPE html>", Case.Insensitive);
        }
    }

    [Fact]
    public async Task An_unknown_format_and_two_editions_are_named_in_one_problem()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["ivan-2"], "format": "odt", "easyRead": true, "largePrint": true }""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Problem();
        var errors = problem.GetProperty("errors");
        errors.GetProperty("format")[0].GetString().ShouldBe("'format': unknown format 'odt'; formats are: pdf, docx, html.");
        errors.GetProperty("largePrint")[0].GetString()!.ShouldContain("two editions");
    }

    [Fact]
    public async Task The_reader_is_the_whole_article_when_no_units_are_named()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": [], "kind": "reader", "format": "html" }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Kill if you don’t want to be killed.");
        html.ShouldContain("The end?");
    }
}
