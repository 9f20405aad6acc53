using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Tests.Layout;

/// <summary>Every character is half its font size wide; ascent 0.8 and descent 0.2 of the size.</summary>
internal sealed class FakeTextMeasurer : ITextMeasurer
{
    public double MeasureWidth(string text, FontSpec font) => text.Length * font.Size * 0.5;

    public FontMetrics GetMetrics(FontSpec font) => new(font.Size * 0.8, font.Size * 0.2);
}

internal sealed record TextCall(string Text, FontSpec Font, double X, double Y);

internal sealed record LineCall(double X1, double Y1, double X2, double Y2);

internal sealed record RectCall(Rect Area, bool Filled);

/// <summary>One call that tags: "+H1" opens a structure node, "-" closes one, "[Pagination" / "]" bracket an artifact, "T:text" draws text.</summary>
internal sealed record TagCall(string Kind, StructureRole? Role = null, object? Identity = null, string? Text = null);

internal sealed class RecordingCanvas : ICanvas
{
    public List<TextCall> Texts { get; } = [];

    /// <summary>Structure, artifact and text calls in the order made, to check tagging.</summary>
    public List<TagCall> Tags { get; } = [];

    public List<(string Title, int Level, double Y)> Bookmarks { get; } = [];

    /// <summary>The tagging as a compact string: "H1(Title) P(Some text) [Page 1]" (artifact text in brackets).</summary>
    public string Tagging
    {
        get
        {
            var parts = new List<string>();
            foreach (var call in Tags)
            {
                parts.Add(call.Kind switch
                {
                    "begin" => $"{call.Role}(",
                    "end" => ")",
                    "artifact" => "[",
                    "endartifact" => "]",
                    _ => call.Text!,
                });
            }

            return string.Concat(parts);
        }
    }

    public void BeginStructure(StructureRole role, object identity, string? altText = null) => Tags.Add(new TagCall("begin", role, identity));

    public void EndStructure() => Tags.Add(new TagCall("end"));

    public void BeginArtifact(ArtifactKind kind) => Tags.Add(new TagCall("artifact"));

    public void EndArtifact() => Tags.Add(new TagCall("endartifact"));

    public void AddBookmark(string title, int level, double y) => Bookmarks.Add((title, level, y));
    public List<LineCall> Lines { get; } = [];
    public List<RectCall> Rects { get; } = [];
    public List<(Rect Area, Uri Target)> Links { get; } = [];

    public IEnumerable<string> Strings => Texts.Select(t => t.Text);

    public void DrawText(string text, FontSpec font, double x, double baselineY, Color color)
    {
        Texts.Add(new TextCall(text, font, x, baselineY));
        Tags.Add(new TagCall("text", Text: text));
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) =>
        Lines.Add(new LineCall(x1, y1, x2, y2));

    public void FillRect(Rect area, Color color) => Rects.Add(new RectCall(area, true));

    public void StrokeRect(Rect area, double thickness, Color color) => Rects.Add(new RectCall(area, false));

    public void AddLink(Rect area, Uri target) => Links.Add((area, target));
}

internal sealed class RecordingSink(bool canReopen = false) : IPageSink
{
    public List<RecordingCanvas> Pages { get; } = [];

    public ICanvas? ReopenPage(int pageNumber) => canReopen ? Pages[pageNumber - 1] : null;

    public ICanvas BeginPage(PaperSize size, int pageNumber)
    {
        Pages.Add(new RecordingCanvas());
        return Pages[^1];
    }

    public void EndPage()
    {
    }
}

internal static class Layouts
{
    /// <summary>10 pt text, line height 10: characters 5 pt wide, baseline 8 pt below the line's top.</summary>
    public static readonly TextStyle Ten = TextStyle.Default with { Size = 10, LineHeight = 1.0 };

    /// <summary>Renders content on 100 × 100 pt pages without margins.</summary>
    public static List<RecordingCanvas> Render(Action<IContainer> content) =>
        RenderPage(page => content(page.Content()));

    public static List<RecordingCanvas> RenderPage(Action<PageDescriptor> compose)
    {
        var document = Document.Create(doc => doc.Page(page =>
        {
            page.Size(new PaperSize(100, 100));
            page.Margin(0);
            compose(page);
        }));
        var sink = new RecordingSink();
        DocumentRenderer.Render(document, new FakeTextMeasurer(), sink);
        return sink.Pages;
    }

    /// <summary>A paragraph of <paramref name="count"/> lines "L1".."Ln".</summary>
    public static string Lines(int count) => string.Join("\n", Enumerable.Range(1, count).Select(i => $"L{i}"));
}
