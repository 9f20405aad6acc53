using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Run = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// The parts of a Word file other than its body. The ones that do not change from one document to the next (styles,
/// settings, font table) are built once per edition, paper and language and kept as bytes: rebuilding the styles for
/// every handout would cost more than writing the handout.
/// </summary>
internal static class WordParts
{
    private static readonly ConcurrentDictionary<(Edition, Paper, string), byte[]> StylesCache = new();
    private static readonly ConcurrentDictionary<string, byte[]> SettingsCache = new();
    private static readonly Lazy<byte[]> FontTableBytes = new(() => Serialize(FontTable()));

    public static byte[] Styles(Edition edition, PageGeometry page, string language) =>
        StylesCache.GetOrAdd((edition, page.Paper, language), key => Serialize(WordStyles.Build(key.Item1, PageGeometry.For(key.Item2), key.Item3)));

    public static byte[] Settings(string language) => SettingsCache.GetOrAdd(language, lang => Serialize(BuildSettings(lang)));

    public static byte[] Fonts => FontTableBytes.Value;

    /// <summary>The document name at the left, the section's running title at the right tab stop.</summary>
    public static Header Header(string left, string right) => new(
        new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Header } },
            new Run(new Text(left) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new TabChar()),
            new Run(new Text(right) { Space = SpaceProcessingModeValues.Preserve })));

    /// <summary>The attribution, then "Page n of m" from PAGE and NUMPAGES fields, which Word and LibreOffice fill in.</summary>
    public static Footer Footer(string attribution) => new(
        new Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Footer } },
            new Run(new Text(attribution) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new TabChar()),
            new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

    /// <summary>
    /// The core properties (title, subject, keywords, language, author) as Dublin Core, with no dates: the same
    /// document gives the same bytes.
    /// </summary>
    public static byte[] CoreProperties(DocumentInfo info)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, WriterSettings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteElementString("dc", "title", dc, info.Title);
            xml.WriteElementString("dc", "subject", dc, info.Subject);
            xml.WriteElementString("dc", "creator", dc, info.Author);
            xml.WriteElementString("cp", "keywords", cp, info.Keywords);
            xml.WriteElementString("dc", "language", dc, info.Language);
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    /// <summary>A part's XML as UTF-8 bytes, with its declaration.</summary>
    public static byte[] Serialize(OpenXmlPartRootElement root) =>
        // OuterXml writes through a StringWriter, measured twice as fast as an XmlWriter over a stream.
        Encoding.UTF8.GetBytes(Declaration + root.OuterXml);

    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>";

    private static Settings BuildSettings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        // Word 2013 and later open the file in their own layout mode, not in compatibility mode.
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language });

    // Named, not embedded: a machine without them substitutes a face of the same family.
    private static Fonts FontTable() => new(
        Face("Charis SIL", FontFamilyValues.Roman),
        Face("Lato", FontFamilyValues.Swiss),
        Face("Andika", FontFamilyValues.Swiss));

    private static Font Face(string name, FontFamilyValues family) => new(
        new FontCharSet { Val = "00" },
        new FontFamily { Val = family },
        new Pitch { Val = FontPitchValues.Variable })
    { Name = name };
}
