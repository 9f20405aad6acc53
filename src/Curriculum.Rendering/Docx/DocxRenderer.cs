using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// Draws a <see cref="HandoutDocument"/> as a Word file a teacher edits: named styles for every look, real list
/// numbering, a header and footer per section with "Page n of m", Letter or A4. The same document gives the same bytes.
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    // Relationship ids are given, never generated: the SDK would draw random ones.
    private const string StylesId = "rIdStyles";
    private const string NumberingId = "rIdNumbering";
    private const string SettingsId = "rIdSettings";
    private const string FontsId = "rIdFonts";
    private const string FooterId = "rIdFooter";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public OutputFormat Format => OutputFormat.Docx;

    public RenderedFile Render(HandoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = PageGeometry.For(document.Setup.Paper);
        var language = document.Info.Language;

        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Stored, not deflated: the rewrite below compresses each part once.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;

            // Every part goes in as bytes, so the package holds no DOM of its own to save when it closes.
            // The main part first: System.IO.Packaging makes the first part's type the default for ".xml".
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            Feed(word.AddNewPart<CoreFilePropertiesPart>("rIdCore"), WordParts.CoreProperties(document.Info));
            Feed(main.AddNewPart<StyleDefinitionsPart>(StylesId), WordParts.Styles(document.Setup.Edition, page, language));
            Feed(main.AddNewPart<DocumentSettingsPart>(SettingsId), WordParts.Settings(language));
            Feed(main.AddNewPart<FontTablePart>(FontsId), WordParts.Fonts);
            Feed(main.AddNewPart<FooterPart>(FooterId), WordParts.Serialize(WordParts.Footer(document.Setup.Footer)));
            var indent = Typography.For(document.Setup.Edition).IndentStep;
            var numbering = new WordNumbering(indent);
            var writer = new BodyWriter(page, indent, numbering);
            var body = new Body();
            for (var i = 0; i < document.Sections.Count; i++)
            {
                var section = document.Sections[i];
                var headerId = $"rIdHeader{i + 1}";
                Feed(main.AddNewPart<HeaderPart>(headerId), WordParts.Serialize(WordParts.Header(section.HeaderLeft ?? document.Setup.HeaderLeft, section.RunningTitle)));

                writer.Section(body, section);
                var properties = SectionProperties(page, headerId);
                if (i == document.Sections.Count - 1)
                {
                    body.AppendChild(properties);
                }
                else
                {
                    // A section ends in its last paragraph's properties; the next one starts on a new page.
                    if (body.LastChild is not Paragraph last)
                    {
                        last = body.AppendChild(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Normal } }));
                    }

                    (last.ParagraphProperties ??= new ParagraphProperties()).SectionProperties = properties;
                }
            }

            if (document.Sections.Count == 0)
            {
                body.Append(new Paragraph(), SectionProperties(page, headerId: null));
            }

            Feed(main.AddNewPart<NumberingDefinitionsPart>(NumberingId), WordParts.Serialize(numbering.Build()));
            Feed(main, WordParts.Serialize(new Document(body)));
        }

        return new RenderedFile(DeterministicZip.Rewrite(package), PageCount: null);
    }

    private static SectionProperties SectionProperties(PageGeometry page, string? headerId)
    {
        var properties = new SectionProperties();
        if (headerId is not null)
        {
            properties.AppendChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        }

        properties.Append(
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = (uint)page.Width, Height = (uint)page.Height },
            new PageMargin
            {
                Top = PageGeometry.Margin,
                Right = PageGeometry.Margin,
                Bottom = PageGeometry.Margin,
                Left = PageGeometry.Margin,
                Header = PageGeometry.HeaderDistance,
                Footer = PageGeometry.HeaderDistance,
                Gutter = 0,
            });
        return properties;
    }

    private static void Feed(OpenXmlPart part, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        part.FeedData(stream);
    }
}
