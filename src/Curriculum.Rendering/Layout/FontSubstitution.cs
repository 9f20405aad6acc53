namespace Curriculum.Rendering.Layout;

/// <summary>Measures and draws one family in another's place, so a document can be set in another face without recomposing it.</summary>
internal static class FontSubstitution
{
    public static (ITextMeasurer Measurer, IPageSink Sink) Apply(IReadOnlyDictionary<string, string> map, ITextMeasurer measurer, IPageSink sink) =>
        map.Count == 0 ? (measurer, sink) : (new Measurer(map, measurer), new Sink(map, sink));

    private static FontSpec Map(IReadOnlyDictionary<string, string> map, FontSpec font) =>
        map.TryGetValue(font.Family, out var family) ? font with { Family = family } : font;

    private sealed class Measurer(IReadOnlyDictionary<string, string> map, ITextMeasurer inner) : ITextMeasurer
    {
        public double MeasureWidth(string text, FontSpec font) => inner.MeasureWidth(text, Map(map, font));

        public FontMetrics GetMetrics(FontSpec font) => inner.GetMetrics(Map(map, font));
    }

    private sealed class Sink(IReadOnlyDictionary<string, string> map, IPageSink inner) : IPageSink
    {
        public ICanvas BeginPage(PaperSize size, int pageNumber) => new Canvas(map, inner.BeginPage(size, pageNumber));

        public void EndPage() => inner.EndPage();

        public ICanvas? ReopenPage(int pageNumber) => inner.ReopenPage(pageNumber) is { } canvas ? new Canvas(map, canvas) : null;
    }

    private sealed class Canvas(IReadOnlyDictionary<string, string> map, ICanvas inner) : ICanvas
    {
        public void DrawText(string text, FontSpec font, double x, double baselineY, Color color) => inner.DrawText(text, Map(map, font), x, baselineY, color);

        public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color) => inner.DrawLine(x1, y1, x2, y2, thickness, color);

        public void FillRect(Rect area, Color color) => inner.FillRect(area, color);

        public void StrokeRect(Rect area, double thickness, Color color) => inner.StrokeRect(area, thickness, color);

        public void AddLink(Rect area, Uri target) => inner.AddLink(area, target);

        public void BeginStructure(StructureRole role, object identity, string? altText = null) => inner.BeginStructure(role, identity, altText);

        public void EndStructure() => inner.EndStructure();

        public void BeginArtifact(ArtifactKind kind) => inner.BeginArtifact(kind);

        public void EndArtifact() => inner.EndArtifact();

        public void AddBookmark(string title, int level, double y) => inner.AddBookmark(title, level, y);
    }
}
