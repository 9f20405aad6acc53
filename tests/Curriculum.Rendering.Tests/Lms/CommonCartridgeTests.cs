using System.IO.Compression;
using System.Xml.Linq;
using Curriculum.Rendering.Lms;

namespace Curriculum.Rendering.Tests.Lms;

public sealed class CommonCartridgeTests
{
    private static readonly XNamespace Cp = CommonCartridge.ManifestNamespace;
    private static readonly XNamespace Lom = CommonCartridge.ResourceLomNamespace;
    private static readonly XNamespace Dt = CommonCartridge.DiscussionNamespace;

    private static readonly IReadOnlyList<CartridgeModule> Modules =
    [
        new("leonid-1", "Leonid · ONE: Kill if you don’t want to be killed.",
            new CartridgeFile("reading.html", "The reading", "<!doctype html><html lang=\"en\"><title>x</title></html>"u8.ToArray()),
            [new CartridgeTopic("Discussion 1", "<p>What did Leonid mean by “Kill if you don’t want to be killed”?</p>"), new CartridgeTopic("Discussion 2", "<p>A &amp; B</p>")],
            [new CartridgeFile("student-handout-leonid-1.pdf", "Student handout (PDF)", [1, 2, 3]),
             new CartridgeFile("teacher-guide-leonid-1.pdf", "Teacher guide (PDF)", [4, 5], ForInstructors: true)]),
        new("ivan-2", "Ivan · TWO",
            new CartridgeFile("reading.html", "The reading", "<html/>"u8.ToArray()),
            [new CartridgeTopic("Discussion 1", "<p>Olya</p>")],
            [new CartridgeFile("student-handout-ivan-2.docx", "Student handout (Word)", [6])]),
    ];

    [Fact]
    public void Every_file_the_manifest_names_is_in_the_package_and_every_file_in_the_package_is_named()
    {
        using var zip = Open(CommonCartridge.Write("Never saw such hell", Modules));
        var manifest = Manifest(zip);

        var named = manifest.Descendants(Cp + "file").Select(f => (string)f.Attribute("href")!).ToHashSet();
        var packed = zip.Entries.Select(e => e.FullName).Where(n => n != "imsmanifest.xml").ToHashSet();
        named.ShouldBe(packed, ignoreOrder: true);
        named.Count.ShouldBe(5 + 3); // each module: its reading, its topics, its files
    }

    [Fact]
    public void The_manifest_is_common_cartridge_1_3_with_one_module_per_unit()
    {
        using var zip = Open(CommonCartridge.Write("Never saw such hell", Modules));
        var manifest = Manifest(zip);

        manifest.Name.ShouldBe(Cp + "manifest");
        manifest.Element(Cp + "metadata")!.Element(Cp + "schema")!.Value.ShouldBe("IMS Common Cartridge");
        manifest.Element(Cp + "metadata")!.Element(Cp + "schemaversion")!.Value.ShouldBe("1.3.0");
        var root = manifest.Element(Cp + "organizations")!.Element(Cp + "organization")!.Element(Cp + "item")!;
        root.Elements(Cp + "item").Select(i => i.Element(Cp + "title")!.Value)
            .ShouldBe(["Leonid · ONE: Kill if you don’t want to be killed.", "Ivan · TWO"]);

        var resources = manifest.Descendants(Cp + "resource").ToDictionary(r => (string)r.Attribute("identifier")!);
        foreach (var item in manifest.Descendants(Cp + "item").Where(i => i.Attribute("identifierref") is not null))
        {
            resources.ShouldContainKey((string)item.Attribute("identifierref")!);
        }

        manifest.Descendants().Select(e => e.Attributes().Where(a => a.Name.LocalName == "identifier").Select(a => a.Value))
            .SelectMany(x => x).ShouldBeUnique();
    }

    [Fact]
    public void Each_prompt_is_a_discussion_topic_and_only_the_teacher_guide_is_for_instructors()
    {
        using var zip = Open(CommonCartridge.Write("Never saw such hell", Modules));
        var manifest = Manifest(zip);

        var topics = manifest.Descendants(Cp + "resource").Where(r => (string)r.Attribute("type")! == "imsdt_xmlv1p3").ToList();
        topics.Count.ShouldBe(3);
        foreach (var topic in topics)
        {
            var href = (string)topic.Element(Cp + "file")!.Attribute("href")!;
            var xml = Load(zip, href);
            xml.Name.ShouldBe(Dt + "topic");
            xml.Element(Dt + "text")!.Attribute("texttype")!.Value.ShouldBe("text/html");
        }

        Load(zip, "leonid-1/discussion-1.xml").Element(Dt + "text")!.Value.ShouldBe("<p>What did Leonid mean by “Kill if you don’t want to be killed”?</p>");

        var instructorOnly = manifest.Descendants(Cp + "resource")
            .Where(r => r.Descendants(Lom + "value").Any(v => v.Value == "Instructor"))
            .Select(r => (string)r.Attribute("href")!).ToList();
        instructorOnly.ShouldBe(["leonid-1/teacher-guide-leonid-1.pdf"]);
    }

    [Fact]
    public void Every_xml_file_is_well_formed_and_the_same_modules_give_the_same_bytes()
    {
        var first = CommonCartridge.Write("Never saw such hell", Modules);
        CommonCartridge.Write("Never saw such hell", Modules).ShouldBe(first);

        using var zip = Open(first);
        zip.Entries[0].FullName.ShouldBe("imsmanifest.xml");
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            Should.NotThrow(() => XDocument.Load(stream), entry.FullName);
        }
    }

    [Fact]
    public void Two_files_with_the_same_name_in_a_module_are_refused_rather_than_one_lost()
    {
        var clash = new CartridgeModule("leonid-1", "Leonid", new CartridgeFile("a.pdf", "A", [1]), [], [new CartridgeFile("a.pdf", "A again", [2])]);

        Should.Throw<ArgumentException>(() => CommonCartridge.Write("x", [clash])).Message.ShouldContain("leonid-1/a.pdf");
    }

    private static ZipArchive Open(byte[] bytes) => new(new MemoryStream(bytes), ZipArchiveMode.Read);

    private static XElement Manifest(ZipArchive zip) => Load(zip, "imsmanifest.xml");

    private static XElement Load(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream, LoadOptions.None).Root!;
    }
}
