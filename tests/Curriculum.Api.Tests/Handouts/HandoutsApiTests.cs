using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Curriculum.Api.Tests.Handouts;

public sealed class HandoutsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/handouts";

    [Theory]
    [InlineData("student", "letter", "student-handout-leonid-1.pdf", 612)]
    [InlineData("teacher", "a4", "teacher-guide-leonid-1-a4.pdf", 595)]
    public async Task A_handout_is_a_pdf_with_a_file_name_that_says_what_it_is(string kind, string paper, string fileName, int width)
    {
        var response = await factory.CreateClient().PostText(Url, $$"""{ "units": ["leonid-1"], "kind": "{{kind}}", "paper": "{{paper}}" }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe(fileName);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        pdf.NumberOfPages.ShouldBeGreaterThan(0);
        ((int)Math.Round(pdf.GetPage(1).Width)).ShouldBe(width);
        string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text)).ShouldContain("Kill");
    }

    [Fact]
    public async Task A_null_kind_and_paper_mean_the_defaults_and_easy_read_embeds_andika()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["maxim-4"], "kind": null, "paper": null, "easyRead": true }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("student-handout-maxim-4-easy-read.pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        ((int)Math.Round(pdf.GetPage(1).Width)).ShouldBe(612);
        pdf.GetPage(1).Letters.ShouldContain(l => (l.FontName ?? "").Contains("Andika", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Same_request_gives_the_same_bytes()
    {
        const string Body = """{ "units": ["ivan-1"], "seed": 3 }""";
        var client = factory.CreateClient();
        var first = await (await client.PostText(Url, Body)).Content.ReadAsByteArrayAsync();
        var second = await (await client.PostText(Url, Body)).Content.ReadAsByteArrayAsync();
        second.ShouldBe(first);
    }

    [Theory]
    [InlineData("""{ "units": ["leonid-1"], "kind": "poster" }""", "kind", "'kind': unknown kind 'poster'; kinds are: student, teacher, packet, reader.")]
    [InlineData("""{ "units": ["leonid-1"], "paper": "legal" }""", "paper", "'paper': unknown paper 'legal'; papers are: letter, a4.")]
    [InlineData("""{ "units": [], "paper": "legal" }""", "units", "'units' is required")]
    [InlineData("""{ "units": ["leonid-1"], "count": 51 }""", "count", "'count': count must be between 1 and 50, not 51")]
    public async Task An_invalid_field_is_a_400_naming_the_field_and_why(string body, string field, string why)
    {
        var response = await factory.CreateClient().PostText(Url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Problem()).GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(why);
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["maxim-9"] }""");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Problem()).Detail().ShouldStartWith("There is no unit 'maxim-9'.");
    }

    [Fact]
    public async Task Template_errors_are_a_422()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["leonid-1"], "templates": [{ "file": "x.yaml", "text": "prompts:\n  - id: x\n" }] }""");
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_burst_beyond_the_rendering_queue_is_turned_away_with_429_and_retry_after()
    {
        using var narrow = factory.With(("Limits:PdfConcurrency", "1"), ("Limits:PdfQueue", "0"));
        var client = narrow.CreateClient();
        // The one place in the queue is taken, as a request being rendered takes it, for as long as the test needs:
        // a burst raced against real renders passed without a refusal once renders got fast (session 7, a fresh clone),
        // so the test holds the place itself rather than hope a render is still running when the burst arrives.
        var queue = narrow.Services.GetRequiredService<Curriculum.Api.Hosting.RenderQueue>();
        queue.TryAdmit().ShouldBeTrue();
        HttpResponseMessage[] burst;
        try
        {
            burst = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => client.PostText(Url, $$"""{ "units": ["maxim-1"], "seed": {{i + 1}} }""")));
        }
        finally
        {
            queue.Leave();
        }

        burst.ShouldAllBe(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        burst[0].Headers.GetValues("Retry-After").Single().ShouldBe("1");
        (await burst[0].Problem()).Detail().ShouldBe("PDF rendering is at capacity: 1 at a time and 0 waiting. Retry after 1 s.");

        // With the place free again, the same request is rendered.
        (await client.PostText(Url, """{ "units": ["maxim-1"], "seed": 1 }""")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
