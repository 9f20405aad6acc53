using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Docx;
using Curriculum.Rendering.Html;
using Curriculum.Rendering.Pdf;

namespace Curriculum.Rendering;

/// <summary>The renderers the kit ships, one per output format; the one place a new format is registered.</summary>
public static class DocumentRenderers
{
    public static IReadOnlyList<IDocumentRenderer> Default() => [new PdfRenderer(), new DocxRenderer(), new HtmlRenderer()];
}
