using System.IO.Compression;
using System.Net;
using System.Xml.Linq;

namespace Curriculum.Api.Tests.Exports;

public sealed class ExportsApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Url = "/api/exports";

    [Fact]
    public async Task A_common_cartridge_has_a_module_per_unit_and_every_file_its_manifest_names()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["leonid-1", "ivan-3"], "lms": "cc" }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.ims.imscc+zip");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("curriculum-leonid-1-ivan-3.imscc");
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        XNamespace cp = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
        using var stream = zip.GetEntry("imsmanifest.xml")!.Open();
        var manifest = XDocument.Load(stream).Root!;
        var modules = manifest.Descendants(cp + "organization").Single().Element(cp + "item")!.Elements(cp + "item").ToList();
        modules.Count.ShouldBe(2);
        manifest.Descendants(cp + "file").Select(f => (string)f.Attribute("href")!)
            .ShouldBe(zip.Entries.Select(e => e.FullName).Where(n => n != "imsmanifest.xml"), ignoreOrder: true);
    }

    [Fact]
    public async Task Gift_is_plain_text_with_one_question_per_prompt()
    {
        var response = await factory.CreateClient().PostText(Url, """{ "units": ["maxim-2"], "lms": "gift", "count": 4 }""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        var gift = await response.Content.ReadAsStringAsync();
        gift.Split('\n').Count(l => l.StartsWith("::", StringComparison.Ordinal)).ShouldBe(4);
    }

    [Fact]
    public async Task An_unknown_package_and_an_unknown_unit_are_refused_in_the_requests_terms()
    {
        var client = factory.CreateClient();

        var badLms = await client.PostText(Url, """{ "units": ["leonid-1"], "lms": "scorm" }""");
        badLms.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badLms.Problem()).GetProperty("errors").GetProperty("lms")[0].GetString().ShouldBe("'lms': unknown package 'scorm'; packages are: cc, gift.");

        var badUnit = await client.PostText(Url, """{ "units": ["leonid-9"], "lms": "gift" }""");
        ((int)badUnit.StatusCode).ShouldBeOneOf(400, 404);
        (await badUnit.Content.ReadAsStringAsync()).ShouldContain("leonid-9");
    }
}
