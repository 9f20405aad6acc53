using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using Curriculum.Core.Discussion;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Lms;
using Curriculum.Rendering.Tests.Handouts;

namespace Curriculum.Rendering.Tests.Lms;

public sealed class LmsExportTests
{
    private static readonly XNamespace Cp = CommonCartridge.ManifestNamespace;
    private static readonly string[] Units = ["leonid-1", "maxim-3"];

    private static DiscussionSet SetFor(IReadOnlyList<string> units) => Kit.Generator.Generate(new DiscussionRequest(units, [], "9-10", 6, 1));

    [Fact]
    public void A_cartridge_of_real_units_holds_exactly_what_its_manifest_names_with_a_topic_per_prompt()
    {
        var package = new LmsExport(Kit.Renderer).Export(LmsFormat.CommonCartridge, Units, SetFor, HandoutOptions.Letter);

        package.FileName.ShouldBe("curriculum-leonid-1-maxim-3.imscc");
        using var zip = new ZipArchive(new MemoryStream(package.Bytes));
        XElement Xml(string name)
        {
            using var stream = zip.GetEntry(name)!.Open();
            return XDocument.Load(stream).Root!;
        }

        var manifest = Xml("imsmanifest.xml");
        var named = manifest.Descendants(Cp + "file").Select(f => (string)f.Attribute("href")!).ToList();
        named.ShouldBe(zip.Entries.Select(e => e.FullName).Where(n => n != "imsmanifest.xml"), ignoreOrder: true);
        foreach (var xml in named.Where(n => n.EndsWith(".xml", StringComparison.Ordinal)))
        {
            Xml(xml).Name.Namespace.NamespaceName.ShouldBe(CommonCartridge.DiscussionNamespace);
        }

        foreach (var unit in Units)
        {
            var set = SetFor([unit]);
            named.Count(n => n.StartsWith(unit + "/discussion-", StringComparison.Ordinal)).ShouldBe(set.Prompts.Count);
            named.ShouldContain($"{unit}/reading.html");
            named.ShouldContain($"{unit}/student-handout-{unit}.pdf");
            named.ShouldContain($"{unit}/student-handout-{unit}.docx");

            // The reading is the HTML renderer's page: every line of the unit, verbatim.
            using var reading = new StreamReader(zip.GetEntry($"{unit}/reading.html")!.Open());
            var html = System.Net.WebUtility.HtmlDecode(reading.ReadToEnd());
            foreach (var line in set.Materials.Single(m => m.Unit == unit).Reading.Where(r => !r.LeftOut))
            {
                html.ShouldContain(line.Words, Case.Sensitive, $"{unit} line {line.Line}");
            }
        }

        var instructorOnly = manifest.Descendants(Cp + "resource")
            .Where(r => r.Descendants().Any(d => d.Name.LocalName == "value" && d.Value == "Instructor"))
            .Select(r => (string)r.Attribute("href")!).Order(StringComparer.Ordinal).ToList();
        instructorOnly.ShouldBe(["leonid-1/teacher-guide-leonid-1.docx", "leonid-1/teacher-guide-leonid-1.pdf", "maxim-3/teacher-guide-maxim-3.docx", "maxim-3/teacher-guide-maxim-3.pdf"]);
    }

    [Fact]
    public void A_discussion_topic_quotes_its_excerpt_verbatim()
    {
        var set = SetFor(["leonid-1"]);
        var topics = CommonCartridge.Topics(set, "leonid-1");

        topics.Count.ShouldBe(set.Prompts.Count);
        var excerpts = set.Excerpts.ToDictionary(e => e.Id);
        for (var i = 0; i < topics.Count; i++)
        {
            var html = System.Net.WebUtility.HtmlDecode(topics[i].Html);
            html.ShouldContain(set.Prompts[i].Text);
            html.ShouldContain(excerpts[set.Prompts[i].Excerpt].Text);
        }
    }

    [NpmFact("gift-pegjs")]
    public void A_gift_export_of_real_units_reads_back_as_one_essay_question_per_prompt()
    {
        var package = new LmsExport(Kit.Renderer).Export(LmsFormat.Gift, Units, SetFor, HandoutOptions.Letter);
        var file = Path.Combine(Path.GetTempPath(), $"curriculum-{Guid.NewGuid():N}.gift");
        File.WriteAllBytes(file, package.Bytes);
        try
        {
            var parsed = JsonDocument.Parse(NodeTools.Run(Path.Combine(NodeTools.RepositoryRoot, "tests", "Curriculum.Rendering.Tests", "Lms", "gift-parse.cjs"), file)).RootElement;
            var prompts = Units.SelectMany(u => SetFor([u]).Prompts).ToList();
            parsed.GetArrayLength().ShouldBe(prompts.Count);
            parsed.EnumerateArray().ShouldAllBe(q => q.GetProperty("type").GetString() == "Essay");
            for (var i = 0; i < prompts.Count; i++)
            {
                System.Net.WebUtility.HtmlDecode(parsed[i].GetProperty("stem").GetProperty("text").GetString()!).ShouldContain(prompts[i].Text);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("cc", LmsFormat.CommonCartridge)]
    [InlineData("GIFT", LmsFormat.Gift)]
    public void The_format_is_read_case_insensitively(string text, LmsFormat expected)
    {
        LmsExport.TryParse(text, out var format).ShouldBeTrue();
        format.ShouldBe(expected);
        LmsExport.TryParse("scorm", out _).ShouldBeFalse();
    }
}
