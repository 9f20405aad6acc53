namespace Curriculum.Rendering.Layout;

/// <summary>
/// The page loop. A footer may say "Page n of m" and a table of contents may name the page a section starts on, so
/// the count must be known before those are drawn: when only headers and footers depend on it, the content is laid
/// out once and they are added afterwards; otherwise the document is laid out until the count settles, then drawn.
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
        if (!composed.Sections.Any(s => s.Content.DependsOnPage))
        {
            // Only the header and footer can say "Page n of m": lay the content out once and add them afterwards.
            var sink = newSink();
            var (fontMeasurer, fontSink) = FontSubstitution.Apply(substituted, measurer, sink);
            if (LayOutThenDecorate(composed, fontMeasurer, fontSink) is int pages)
            {
                return (sink, pages);
            }
        }

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

    private sealed record DrawnPage(PageSection Section, int Number, Rect Box, double HeaderHeight, double FooterHeight);

    /// <summary>
    /// One pass: draws every page's content with the page count unknown, then the headers and footers on the reopened
    /// pages once it is known. Returns null when the sink cannot reopen pages, or a header or footer turns out taller
    /// with the real count: the caller then lays the document out again, into a fresh sink.
    /// </summary>
    private static int? LayOutThenDecorate(ComposedDocument document, ITextMeasurer measurer, IPageSink sink)
    {
        var drawn = new List<DrawnPage>();
        var pageNumber = 0;
        foreach (var section in document.Sections)
        {
            section.Content.Reset();
            SpacePlan plan;
            do
            {
                if (++pageNumber > MaxPages)
                {
                    throw new LayoutException($"The document grew past {MaxPages} pages; some content never finishes.");
                }

                var canvas = sink.BeginPage(section.Size, pageNumber);
                var context = new LayoutContext(canvas, measurer, new PageContext(pageNumber, 0), 0);
                var (box, header, footer) = Decorations(section, context);
                plan = DrawContent(section, context, box, header, footer);
                sink.EndPage();
                drawn.Add(new DrawnPage(section, pageNumber, box, header, footer));
            }
            while (plan.IsPartial);
        }

        foreach (var page in drawn)
        {
            var context = new LayoutContext(CountingSink.Instance, measurer, new PageContext(page.Number, pageNumber), page.Box.Height);
            var (_, header, footer) = Decorations(page.Section, context);
            if (header > page.HeaderHeight + 1e-6 || footer > page.FooterHeight + 1e-6)
            {
                return null;
            }
        }

        foreach (var page in drawn)
        {
            if (sink.ReopenPage(page.Number) is not { } canvas)
            {
                return null;
            }

            var context = new LayoutContext(canvas, measurer, new PageContext(page.Number, pageNumber), page.Box.Height);
            DrawDecoration(page.Section.Header, context, page.Box with { Height = page.HeaderHeight });
            DrawDecoration(page.Section.Footer, context, page.Box with { Y = page.Box.Bottom - page.FooterHeight, Height = page.FooterHeight });
            sink.EndPage();
        }

        return pageNumber;
    }

    private static (Rect Box, double Header, double Footer) Decorations(PageSection section, LayoutContext context)
    {
        var m = section.Margins;
        var box = new Rect(m.Left, m.Top, section.Size.Width - m.Horizontal, section.Size.Height - m.Vertical);
        var boxSize = new Size(box.Width, box.Height);
        context = context with { PageBodyHeight = box.Height };
        return (box, MeasureDecoration(section.Header, "header", context, boxSize), MeasureDecoration(section.Footer, "footer", context, boxSize));
    }

    private static SpacePlan DrawContent(PageSection section, LayoutContext context, Rect box, double headerHeight, double footerHeight)
    {
        var body = new Rect(box.X, box.Y + headerHeight, box.Width, box.Height - headerHeight - footerHeight);
        if (body.Height <= 0)
        {
            throw new LayoutException("The header and footer leave no room for content.");
        }

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

    private static SpacePlan DrawPage(PageSection section, LayoutContext context)
    {
        var (box, header, footer) = Decorations(section, context);
        var decorated = context with { PageBodyHeight = box.Height };
        DrawDecoration(section.Header, decorated, box with { Height = header });
        DrawDecoration(section.Footer, decorated, box with { Y = box.Bottom - footer, Height = footer });
        return DrawContent(section, context, box, header, footer);
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
