using System.IO.Compression;
using System.Text;
using System.Xml;
using Curriculum.Core.Discussion;

namespace Curriculum.Rendering.Lms;

/// <summary>A file of a cartridge module. <see cref="ForInstructors"/> hides it from students in the LMS (the teacher guide).</summary>
public sealed record CartridgeFile(string Name, string Title, byte[] Bytes, bool ForInstructors = false);

/// <summary>A discussion topic: its title and its text as HTML (the prompt with the excerpt quoted in it).</summary>
public sealed record CartridgeTopic(string Title, string Html);

/// <summary>One module of the course, one per unit: the reading as a web page, its discussion topics, then its files.</summary>
public sealed record CartridgeModule(string UnitId, string Title, CartridgeFile Reading, IReadOnlyList<CartridgeTopic> Topics, IReadOnlyList<CartridgeFile> Files);

/// <summary>
/// Writes an IMS Common Cartridge 1.3 package (<c>.imscc</c>): <c>imsmanifest.xml</c> in the 1.3 namespaces with one
/// module per unit, every file it names inside the package and nothing else. Same modules, same bytes.
/// </summary>
public static class CommonCartridge
{
    public const string ManifestNamespace = "http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1";
    public const string ManifestLomNamespace = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest";
    public const string ResourceLomNamespace = "http://ltsc.ieee.org/xsd/imsccv1p3/LOM/resource";
    public const string DiscussionNamespace = "http://www.imsglobal.org/xsd/imsccv1p3/imsdt_v1p3";
    public const string DiscussionType = "imsdt_xmlv1p3";
    public const string MediaType = "application/vnd.ims.imscc+zip";

    private static readonly DateTimeOffset FixedTime = new(2023, 2, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>One topic per prompt of the set, the excerpt it points at (and its pair) quoted with speaker and line.</summary>
    public static IReadOnlyList<CartridgeTopic> Topics(DiscussionSet set, string unitId)
    {
        var excerpts = set.Excerpts.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var topics = new List<CartridgeTopic>();
        foreach (var prompt in set.Prompts.Where(p => excerpts.TryGetValue(p.Excerpt, out var e) && e.Unit == unitId))
        {
            var html = new StringBuilder();
            html.Append("<p>").Append(Escape(prompt.Text)).Append("</p>");
            foreach (var id in new[] { prompt.Excerpt, prompt.Pair })
            {
                if (id is not null && excerpts.TryGetValue(id, out var excerpt))
                {
                    html.Append("<blockquote><p>").Append(Escape(excerpt.Text)).Append("</p><p><small>")
                        .Append(Escape($"{excerpt.Speaker}, line {excerpt.Line} of the article")).Append("</small></p></blockquote>");
                }
            }

            if (prompt.Starters.Count > 0)
            {
                html.Append("<p><em>").Append(Escape("You might begin: " + prompt.Starters[0])).Append("</em></p>");
            }

            html.Append("<p><small>").Append(Escape(Core.Course.Attribution)).Append("</small></p>");
            topics.Add(new CartridgeTopic($"Discussion {topics.Count + 1}", html.ToString()));
        }

        return topics;
    }

    public static byte[] Write(string title, IReadOnlyList<CartridgeModule> modules)
    {
        var entries = new List<(string Path, byte[] Bytes)>();
        var resources = new List<(string Id, string Type, string Href, bool ForInstructors)>();
        var organization = new List<(string UnitId, string Title, List<(string ResourceId, string Title)> Items)>();

        foreach (var module in modules)
        {
            var folder = Safe(module.UnitId);
            var items = new List<(string, string)>();
            void AddFile(CartridgeFile file)
            {
                var path = $"{folder}/{Safe(file.Name)}";
                var id = Id("R", path);
                entries.Add((path, file.Bytes));
                resources.Add((id, "webcontent", path, file.ForInstructors));
                items.Add((id, file.Title));
            }

            AddFile(module.Reading);
            for (var i = 0; i < module.Topics.Count; i++)
            {
                var path = $"{folder}/discussion-{i + 1}.xml";
                var id = Id("R", path);
                entries.Add((path, Topic(module.Topics[i])));
                resources.Add((id, DiscussionType, path, false));
                items.Add((id, module.Topics[i].Title));
            }

            foreach (var file in module.Files)
            {
                AddFile(file);
            }

            organization.Add((module.UnitId, module.Title, items));
        }

        var duplicate = entries.GroupBy(e => e.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two files of the cartridge would both be '{duplicate.Key}'", nameof(modules));
        }

        var manifest = Manifest(title, organization, resources);
        return Zip([("imsmanifest.xml", manifest), .. entries]);
    }

    private static byte[] Manifest(
        string title,
        IReadOnlyList<(string UnitId, string Title, List<(string ResourceId, string Title)> Items)> organization,
        IReadOnlyList<(string Id, string Type, string Href, bool ForInstructors)> resources) => Xml(w =>
    {
        w.WriteStartElement("manifest", ManifestNamespace);
        w.WriteAttributeString("identifier", Id("M", title));
        w.WriteAttributeString("xmlns", "lomimscc", null, ManifestLomNamespace);
        w.WriteAttributeString("xmlns", "lom", null, ResourceLomNamespace);

        w.WriteStartElement("metadata", ManifestNamespace);
        w.WriteElementString("schema", ManifestNamespace, "IMS Common Cartridge");
        w.WriteElementString("schemaversion", ManifestNamespace, "1.3.0");
        w.WriteStartElement("lom", ManifestLomNamespace);
        w.WriteStartElement("general", ManifestLomNamespace);
        LangString(w, ManifestLomNamespace, "title", title);
        w.WriteElementString("language", ManifestLomNamespace, "en-US");
        LangString(w, ManifestLomNamespace, "description", "Lesson units on propaganda and moral dissonance from " + Core.Course.Attribution);
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("organizations", ManifestNamespace);
        w.WriteStartElement("organization", ManifestNamespace);
        w.WriteAttributeString("identifier", "O_1");
        w.WriteAttributeString("structure", "rooted-hierarchy");
        w.WriteStartElement("item", ManifestNamespace);
        w.WriteAttributeString("identifier", "I_root");
        foreach (var (unitId, moduleTitle, items) in organization)
        {
            w.WriteStartElement("item", ManifestNamespace);
            w.WriteAttributeString("identifier", Id("I", unitId));
            w.WriteElementString("title", ManifestNamespace, moduleTitle);
            foreach (var (resourceId, itemTitle) in items)
            {
                w.WriteStartElement("item", ManifestNamespace);
                w.WriteAttributeString("identifier", "I" + resourceId[1..]);
                w.WriteAttributeString("identifierref", resourceId);
                w.WriteElementString("title", ManifestNamespace, itemTitle);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();

        w.WriteStartElement("resources", ManifestNamespace);
        foreach (var (id, type, href, forInstructors) in resources)
        {
            w.WriteStartElement("resource", ManifestNamespace);
            w.WriteAttributeString("identifier", id);
            w.WriteAttributeString("type", type);
            if (type == "webcontent")
            {
                w.WriteAttributeString("href", href);
            }

            if (forInstructors)
            {
                // Common Cartridge's role vocabulary: an LMS shows this resource to instructors only.
                w.WriteStartElement("metadata", ManifestNamespace);
                w.WriteStartElement("lom", ResourceLomNamespace);
                w.WriteStartElement("educational", ResourceLomNamespace);
                w.WriteStartElement("intendedEndUserRole", ResourceLomNamespace);
                w.WriteElementString("source", ResourceLomNamespace, "IMSGLC_CC_Rolesv1p2");
                w.WriteElementString("value", ResourceLomNamespace, "Instructor");
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteStartElement("file", ManifestNamespace);
            w.WriteAttributeString("href", href);
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static byte[] Topic(CartridgeTopic topic) => Xml(w =>
    {
        w.WriteStartElement("topic", DiscussionNamespace);
        w.WriteElementString("title", DiscussionNamespace, topic.Title);
        w.WriteStartElement("text", DiscussionNamespace);
        w.WriteAttributeString("texttype", "text/html");
        w.WriteString(topic.Html);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void LangString(XmlWriter w, string ns, string element, string text)
    {
        w.WriteStartElement(element, ns);
        w.WriteStartElement("string", ns);
        w.WriteAttributeString("language", "en-US");
        w.WriteString(text);
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static byte[] Zip(IEnumerable<(string Path, byte[] Bytes)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in entries)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>A path segment that is safe in a zip and a URL: letters, digits, '-', '_' and '.'.</summary>
    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));

    /// <summary>An XML identifier (an NCName) from a prefix and a path.</summary>
    private static string Id(string prefix, string path) => prefix + "_" + string.Concat(path.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
