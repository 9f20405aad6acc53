namespace Curriculum.Rendering.Layout;

/// <summary>
/// The page loop. A footer may say "Page n of m" and a table of contents may name the page a section starts on, so
/// the count must be known before those are drawn: when only headers and footers depend on it, the content is laid
/// out once and they are added afterwards; otherwise the document is laid out until the count settles, then drawn.
/// Every pass goes through the same loop (<see cref="Pass"/>), with a fresh <see cref="LayoutState"/>.
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
        var layout = Pagination.Unknown;
        for (var pass = 0; pass < MaxCountingPasses; pass++)
        {
            var counted = Pass(composed, measurer, CountingSink.Instance, layout, decorateAfter: false)!;
            if (counted.Matches(layout))
            {
                break;
            }

            layout = counted;
        }

        return Pass(composed, measurer, sink, layout, decorateAfter: false)!.PageCount;
    }

    /// <summary>
    /// Like <see cref="Render(DocumentDefinition, ITextMeasurer, IPageSink)"/>, with fewer passes: when only the header
    /// and footer depend on the page, lays the content out once and adds them afterwards; otherwise counts once, then
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
            var sink = newSink();
            var (fontMeasurer, fontSink) = FontSubstitution.Apply(substituted, measurer, sink);
            if (Pass(composed, fontMeasurer, fontSink, Pagination.Unknown, decorateAfter: true) is { } drawnOnce)
            {
                return (sink, drawnOnce.PageCount);
            }
        }

        var countingMeasurer = FontSubstitution.Apply(substituted, measurer, CountingSink.Instance).Measurer;
        var expected = Pass(composed, countingMeasurer, CountingSink.Instance, Pagination.Unknown, decorateAfter: false)!;
        for (var pass = 0; pass < MaxCountingPasses; pass++)
        {
            var sink = newSink();
            var (fontMeasurer, fontSink) = FontSubstitution.Apply(substituted, measurer, sink);
            var drawn = Pass(composed, fontMeasurer, fontSink, expected, decorateAfter: false)!;
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
        public static readonly Pagination Unknown = new(0, new Dictionary<string, int>());

        public bool Matches(Pagination other) =>
            PageCount == other.PageCount && Anchors.Count == other.Anchors.Count &&
            Anchors.All(a => other.Anchors.TryGetValue(a.Key, out var page) && page == a.Value);
    }

    private sealed record DrawnPage(PageSection Section, int Number, Rect Box, double HeaderHeight, double FooterHeight);

    /// <summary>
    /// One pass of the page loop, from a fresh state. The header and footer are drawn with each page, knowing the
    /// count from <paramref name="previous"/>; or, with <paramref name="decorateAfter"/>, on the reopened pages once
    /// the pass knows the count. Returns null when that cannot be done (the sink cannot reopen pages, or a header or
    /// footer turns out taller with the real count): the caller then lays the document out again, into a fresh sink.
    /// </summary>
    private static Pagination? Pass(ComposedDocument document, ITextMeasurer measurer, IPageSink sink, Pagination previous, bool decorateAfter)
    {
        var state = LayoutState.ForElements(document.ElementCount);
        var drawn = decorateAfter ? new List<DrawnPage>() : null;
        var pageNumber = 0;
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            if (section.Anchor is not null)
            {
                anchors[section.Anchor] = pageNumber + 1;
            }

            SpacePlan plan;
            do
            {
                if (++pageNumber > MaxPages)
                {
                    throw new LayoutException($"The document grew past {MaxPages} pages; some content never finishes.");
                }

                var canvas = sink.BeginPage(section.Size, pageNumber);
                var page = new PageContext(pageNumber, previous.PageCount) { Anchors = previous.Anchors };
                var context = new DrawContext(new LayoutContext(measurer, page, 0, state), canvas);
                var (box, header, footer) = Decorations(section, context.Layout);
                if (drawn is null)
                {
                    Decorate(section, context, box, header, footer);
                }
                else
                {
                    drawn.Add(new DrawnPage(section, pageNumber, box, header, footer));
                }

                plan = DrawContent(section, context, box, header, footer);
                sink.EndPage();
            }
            while (plan.IsPartial);
        }

        var result = new Pagination(pageNumber, anchors);
        return drawn is null || DecorateAfter(drawn, measurer, sink, result, state) ? result : null;
    }

    /// <summary>Draws the headers and footers of a finished pass on its reopened pages; false when it cannot.</summary>
    private static bool DecorateAfter(List<DrawnPage> drawn, ITextMeasurer measurer, IPageSink sink, Pagination pagination, LayoutState state)
    {
        LayoutContext Known(DrawnPage page) =>
            new(measurer, new PageContext(page.Number, pagination.PageCount) { Anchors = pagination.Anchors }, page.Box.Height, state);

        foreach (var page in drawn)
        {
            var (_, header, footer) = Decorations(page.Section, Known(page));
            if (header > page.HeaderHeight + 1e-6 || footer > page.FooterHeight + 1e-6)
            {
                return false;
            }
        }

        foreach (var page in drawn)
        {
            if (sink.ReopenPage(page.Number) is not { } canvas)
            {
                return false;
            }

            Decorate(page.Section, new DrawContext(Known(page), canvas), page.Box, page.HeaderHeight, page.FooterHeight);
            sink.EndPage();
        }

        return true;
    }

    private static (Rect Box, double Header, double Footer) Decorations(PageSection section, LayoutContext context)
    {
        var m = section.Margins;
        var box = new Rect(m.Left, m.Top, section.Size.Width - m.Horizontal, section.Size.Height - m.Vertical);
        var boxSize = new Size(box.Width, box.Height);
        context = context with { PageBodyHeight = box.Height };
        return (box, MeasureDecoration(section.Header, "header", context, boxSize), MeasureDecoration(section.Footer, "footer", context, boxSize));
    }

    /// <summary>Headers and footers repeat on every page: they are pagination artifacts, drawn from the start each time.</summary>
    private static void Decorate(PageSection section, DrawContext context, Rect box, double header, double footer)
    {
        context = context.WithBodyHeight(box.Height);
        DrawDecoration(section.Header, context, box with { Height = header });
        DrawDecoration(section.Footer, context, box with { Y = box.Bottom - footer, Height = footer });
    }

    private static SpacePlan DrawContent(PageSection section, DrawContext context, Rect box, double headerHeight, double footerHeight)
    {
        var body = new Rect(box.X, box.Y + headerHeight, box.Width, box.Height - headerHeight - footerHeight);
        if (body.Height <= 0)
        {
            throw new LayoutException("The header and footer leave no room for content.");
        }

        var bodyContext = context.WithBodyHeight(body.Height);
        var bodySize = new Size(body.Width, body.Height);
        var plan = section.Content.Measure(bodyContext.Layout, bodySize);
        if (plan.IsWrap)
        {
            throw new LayoutException(DescribeBlocker(section.Content, bodyContext.Layout, bodySize));
        }

        if (plan.Draws)
        {
            section.Content.Draw(bodyContext, body);
        }

        return plan;
    }

    private static double MeasureDecoration(Element decoration, string role, LayoutContext context, Size size)
    {
        context.State.Clear(decoration);
        var plan = decoration.Measure(context, size);
        if (plan.IsWrap || plan.IsPartial)
        {
            throw new LayoutException($"The {role} does not fit on the page: {decoration.Description}.");
        }

        return plan.Height;
    }

    private static void DrawDecoration(Element decoration, DrawContext context, Rect area)
    {
        if (!decoration.Children.Any())
        {
            return;
        }

        context.State.Clear(decoration);
        context.Canvas.BeginArtifact(ArtifactKind.Pagination);
        decoration.Draw(context, area);
        context.Canvas.EndArtifact();
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
