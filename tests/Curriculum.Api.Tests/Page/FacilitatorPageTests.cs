using System.Net;
using System.Text.RegularExpressions;

namespace Curriculum.Api.Tests.Page;

public sealed partial class FacilitatorPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    public async Task The_page_and_its_assets_are_served_by_this_process(string path, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'self'");
    }

    [Fact]
    public async Task The_page_loads_nothing_from_another_host()
    {
        var client = factory.CreateClient();
        foreach (var path in new[] { "/", "/app.js", "/app.css" })
        {
            var text = await client.GetStringAsync(path);
            ExternalUrl().Matches(text).Select(m => m.Value).ShouldBeEmpty(path);
        }
    }

    [Fact]
    public async Task Every_form_control_on_the_page_has_a_label()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        foreach (Match control in Control().Matches(html))
        {
            var id = control.Groups["id"].Value;
            html.ShouldContain($"for=\"{id}\"", customMessage: $"#{id} has no <label for>");
        }
    }

    [Fact]
    public async Task The_print_panel_offers_the_Word_file_beside_the_PDF_and_a_web_page()
    {
        var html = await factory.CreateClient().GetStringAsync("/");
        var formats = html[html.IndexOf("<fieldset id=\"formats\">", StringComparison.Ordinal)..];
        formats = formats[..(formats.IndexOf("</fieldset>", StringComparison.Ordinal) + "</fieldset>".Length)];
        formats.ShouldContain("<legend>File type</legend>");
        foreach (var (format, label) in new[] { ("pdf", "PDF"), ("docx", "Word (.docx)"), ("html", "Web page (.html)") })
        {
            formats.ShouldContain($"<input type=\"radio\" id=\"format-{format}\" name=\"format\" value=\"{format}\"");
            formats.ShouldContain($"<label for=\"format-{format}\">{label} ");
        }

        Regex.Matches(formats, "\\bchecked\\b").Count.ShouldBe(1, "one file type is chosen to start with");
        formats.ShouldContain("value=\"pdf\" checked>");
    }

    [Fact]
    public async Task The_script_names_the_format_in_the_handout_request_only_when_it_is_not_the_default_pdf()
    {
        var script = await factory.CreateClient().GetStringAsync("/app.js");
        script.ShouldContain("if (format !== \"pdf\") body.format = format;");
        script.ShouldContain("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?(?:https?:)?//[^"'\s>]+|(?:fetch|import)\(\s*["'`]https?://""")]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(""""<(?:input|select|textarea)\b[^>]*\bid="(?<id>[^"]+)"""")]
    private static partial Regex Control();
}
