namespace Curriculum.Rendering.Layout;

/// <summary>
/// The page loop. Lays the document out until the page count is known (a footer may say "Page n of m"),
/// then draws every page into the sink with that count.
/// </summary>
public static class DocumentRenderer
{
    private const int MaxPages = 10_000;
    private const int MaxCountingPasses = 3;

    /// <summary>Draws <paramref name="document"/> page by page into <paramref name="sink"/>; returns the number of pages.</summary>
    public static int Render(DocumentDefinition document, ITextMeasurer measurer, IPageSink sink)
    {
        var composed = document.Compose();
        (measurer, sink) = FontSubstitution.Apply(composed.FontSubstitutions, measurer, sink);
        var layout = new Pagination(0, new Dictionary<string, int>());
        for (var pass = 0; pass < MaxCountingPasses; pass++)
        {
            var counted = LayOut(composed, measurer, CountingSink.Instance, layout);
            if (counted.Matches(layout))
            {
                break;
            }

            layout = counted;
        }

        return LayOut(composed, measurer, sink, layout).PageCount;
    }

    /// <summary>
    /// Like <see cref="Render(DocumentDefinition, ITextMeasurer, IPageSink)"/>, with one pass fewer: counts once, then
    /// draws with that count and checks the drawing gave the same pagination. Only when it did not (the digits of a
    /// page number moved the layout) does it draw again, into a fresh sink from <paramref name="newSink"/>.
    /// Returns the sink that holds the finished pages, and the page count.
    /// </summary>
    public static (TSink Sink, int Pages) Render<TSink>(DocumentDefinition document, ITextMeasurer measurer, Func<TSink> newSink)
        where TSink : IPageSink
    {
        var composed = document.Compose();
        var substituted = composed.FontSubstitutions;
        var expected = LayOut(composed, FontSubstitution.Apply(substituted, measurer, CountingSink.Instance).Measurer, CountingSink.Instance, new Pagination(0, new Dictionary<string, int>()));
        for (var pass = 0; pass < MaxCountingPasses; pass++)
        {
            var sink = newSink();
            var (fontMeasurer, fontSink) = FontSubstitution.Apply(substituted, measurer, sink);
            var drawn = LayOut(composed, fontMeasurer, fontSink, expected);
            if (drawn.Matches(expected))
            {
                return (sink, drawn.PageCount);
            }

            expected = drawn;
        }

        throw new LayoutException($"The page numbers never settle: every pass moves the layout again ({expected.PageCount} pages in the last).");
    }

    /// <summary>What one pass learns for the next: how many pages, and where each anchored section starts.</summary>
    private sealed record Pagination(int PageCount, IReadOnlyDictionary<string, int> Anchors)
    {
        public bool Matches(Pagination other) =>
            PageCount == other.PageCount && Anchors.Count == other.Anchors.Count &&
            Anchors.All(a => other.Anchors.TryGetValue(a.Key, out var page) && page == a.Value);
    }

    private static Pagination LayOut(ComposedDocument document, ITextMeasurer measurer, IPageSink sink, Pagination previous)
    {
        var pageNumber = 0;
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            if (section.Anchor is not null)
            {
                anchors[section.Anchor] = pageNumber + 1;
            }

            section.Content.Reset();
            SpacePlan plan;
            do
            {
                if (++pageNumber > MaxPages)
                {
                    throw new LayoutException($"The document grew past {MaxPages} pages; some content never finishes.");
                }

                var canvas = sink.BeginPage(section.Size, pageNumber);
                var page = new PageContext(pageNumber, previous.PageCount) { Anchors = previous.Anchors };
                plan = DrawPage(section, new LayoutContext(canvas, measurer, page, 0));
                sink.EndPage();
            }
            while (plan.IsPartial);
        }

        return new Pagination(pageNumber, anchors);
    }

    private static SpacePlan DrawPage(PageSection section, LayoutContext context)
    {
        var m = section.Margins;
        var box = new Rect(m.Left, m.Top, section.Size.Width - m.Horizontal, section.Size.Height - m.Vertical);
        var boxSize = new Size(box.Width, box.Height);
        context = context with { PageBodyHeight = box.Height };

        var headerHeight = MeasureDecoration(section.Header, "header", context, boxSize);
        var footerHeight = MeasureDecoration(section.Footer, "footer", context, boxSize);
        var body = new Rect(box.X, box.Y + headerHeight, box.Width, box.Height - headerHeight - footerHeight);
        if (body.Height <= 0)
        {
            throw new LayoutException("The header and footer leave no room for content.");
        }

        DrawDecoration(section.Header, context, box with { Height = headerHeight });
        DrawDecoration(section.Footer, context, box with { Y = box.Bottom - footerHeight, Height = footerHeight });

        var bodyContext = context with { PageBodyHeight = body.Height };
        var bodySize = new Size(body.Width, body.Height);
        var plan = section.Content.Measure(bodyContext, bodySize);
        if (plan.IsWrap)
        {
            throw new LayoutException(DescribeBlocker(section.Content, bodyContext, bodySize));
        }

        if (plan.Draws)
        {
            section.Content.Draw(bodyContext, body);
        }

        return plan;
    }

    private static double MeasureDecoration(Element decoration, string role, LayoutContext context, Size size)
    {
        decoration.Reset();
        var plan = decoration.Measure(context, size);
        if (plan.IsWrap || plan.IsPartial)
        {
            throw new LayoutException($"The {role} does not fit on the page: {decoration.Description}.");
        }

        return plan.Height;
    }

    private static void DrawDecoration(Element decoration, LayoutContext context, Rect area)
    {
        decoration.Reset();
        decoration.Draw(context, area);
    }

    private static string DescribeBlocker(Element content, LayoutContext context, Size size)
    {
        var path = content.BlockerPath(context, size).ToList();
        var names = path.OfType<NamedElement>().Select(n => n.Description).Reverse().ToList();
        var where = names.Count > 0 ? $" (in {string.Join(" in ", names)})" : "";
        return $"{path[^1].Description}{where} does not fit on an empty page ({size.Width:0.#} × {size.Height:0.#} pt).";
    }

    /// <summary>Counts pages without drawing.</summary>
    private sealed class CountingSink : IPageSink, ICanvas
    {
        public static readonly CountingSink Instance = new();

        public ICanvas BeginPage(PaperSize size, int pageNumber) => this;

        public void EndPage()
        {
        }

        public void DrawText(string text, FontSpec font, double x, double baselineY, Color color)
        {
        }

        public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
        {
        }

        public void FillRect(Rect area, Color color)
        {
        }

        public void StrokeRect(Rect area, double thickness, Color color)
        {
        }

        public void AddLink(Rect area, Uri target)
        {
        }
    }
}
