using Curriculum.Core.Teaching;

namespace Curriculum.Rendering.Documents;

/// <summary>A rendered file: its bytes, and how many pages it has where the format has pages (PDF).</summary>
public sealed record RenderedFile(byte[] Bytes, int? PageCount);

/// <summary>Draws a <see cref="HandoutDocument"/> in one output format. Same document, same bytes.</summary>
public interface IDocumentRenderer
{
    OutputFormat Format { get; }

    RenderedFile Render(HandoutDocument document);
}
