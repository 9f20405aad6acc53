using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>The real course, the shipped bank and rendered documents, shared by the document tests.</summary>
internal static class Kit
{
    public static readonly Course Course = Course.Embedded;
    public static readonly DiscussionGenerator Generator = new(Course, PromptBank.Load(Course, []));
    public static readonly HandoutRenderer Renderer = new();

    public static DiscussionSet Set(string unit, string audience = "9-10", int count = 6) =>
        Generator.Generate(new DiscussionRequest([unit], [], audience, count, 1));

    /// <summary>A set covering every unit of the course, as the course reader is made from.</summary>
    public static DiscussionSet EveryUnit(string audience = "9-10") =>
        Generator.Generate(new DiscussionRequest(Course.Article.UnitIds, [], audience, 6, 1));

    public static RenderedDocument Render(string unit, DocumentKind kind, string audience = "9-10", HandoutOptions? options = null) =>
        Renderer.Render(Set(unit, audience), kind, options ?? HandoutOptions.Letter);

    /// <summary>The document's text, page by page, words joined by single spaces.</summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }

    /// <summary>All text with every space and line break removed: lines wrap at spaces, so verbatim text survives this.</summary>
    public static string Squeezed(byte[] pdf) => Squeeze(string.Concat(PageTexts(pdf)));

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static IReadOnlyList<Page> Pages(PdfDocument document) => [.. document.GetPages()];
}
