namespace Curriculum.Rendering.Layout;

/// <summary>A run of text in one style.</summary>
public sealed record TextSpan(string Text, TextStyle Style);

public enum TextAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>
/// Rich text, wrapped to the width offered: breaks at spaces, after hyphens and dashes, and inside a word
/// only when the word alone is wider than the line. A paragraph never leaves a single line alone at the
/// foot or head of a page (widow and orphan control). The characters drawn are exactly the characters given
/// (a line keeps its trailing space; a newline starts a new line and is not drawn).
/// </summary>
public sealed class TextElement : Element
{
    private const int MinLinesAtBreak = 2;

    private readonly IReadOnlyList<TextSpan> spans;
    private readonly TextAlignment alignment;

    /// <summary>The first line not yet drawn.</summary>
    private sealed class Cursor
    {
        public int NextLine;
    }

    private ITextMeasurer? cachedMeasurer;
    private List<Token>? cachedTokens;
    private double cachedWidth = double.NaN;
    private List<Line>? cachedLines;

    public TextElement(IReadOnlyList<TextSpan> spans, TextAlignment alignment = TextAlignment.Left)
    {
        this.spans = spans;
        this.alignment = alignment;
    }

    public string PlainText => string.Concat(spans.Select(s => s.Text));

    public override string Description
    {
        get
        {
            var text = PlainText.ReplaceLineEndings(" ").Trim();
            return text.Length <= 30 ? $"Text \"{text}\"" : $"Text \"{text[..30].TrimEnd()}…\"";
        }
    }

    public override SpacePlan Measure(LayoutContext context, Size available) =>
        Fit(context, available).Plan;

    public override void Draw(DrawContext context, Rect area)
    {
        var (plan, count) = Fit(context.Layout, SizeOf(area));
        if (!plan.Draws)
        {
            return;
        }

        var cursor = StateIn<Cursor>(context.State);
        var nextLine = cursor.NextLine;
        var lines = LinesFor(context.Measurer, area.Width);
        var top = area.Y;
        for (var i = nextLine; i < nextLine + count; i++)
        {
            var line = lines[i];
            var x = area.X + alignment switch
            {
                TextAlignment.Center => (area.Width - line.Width) / 2,
                TextAlignment.Right => area.Width - line.Width,
                _ => 0,
            };
            foreach (var run in line.Runs)
            {
                context.Canvas.DrawText(run.Text, run.Style.Font, x, top + line.Baseline, run.Style.Color);
                x += run.Width;
            }

            top += line.Height;
        }

        cursor.NextLine += count;
    }

    /// <summary>The plan, and how many lines from the cursor it draws.</summary>
    private (SpacePlan Plan, int Count) Fit(LayoutContext context, Size available)
    {
        var lines = LinesFor(context.Measurer, available.Width);
        var nextLine = StateIn<Cursor>(context.State).NextLine;
        var remaining = lines.Count - nextLine;
        if (remaining <= 0)
        {
            return (SpacePlan.Empty, 0);
        }

        var count = 0;
        double height = 0, width = lines[nextLine].Width;
        while (count < remaining && height + lines[nextLine + count].Height <= available.Height + Epsilon)
        {
            height += lines[nextLine + count].Height;
            width = Math.Max(width, lines[nextLine + count].Width);
            count++;
        }

        if (count == remaining)
        {
            return (SpacePlan.FullRender(width, height), count);
        }

        var atTopOfPage = available.Height >= context.PageBodyHeight - Epsilon;
        if (!atTopOfPage)
        {
            count = KeepWidowsAndOrphans(count, remaining);
        }

        if (count == 0)
        {
            return (SpacePlan.Wrap, 0);
        }

        double partHeight = 0;
        for (var i = nextLine; i < nextLine + count; i++)
        {
            partHeight += lines[i].Height;
        }

        return (SpacePlan.PartialRender(width, partHeight), count);
    }

    /// <summary>Lines to draw on this page so that neither side of the break holds a lone line.</summary>
    private static int KeepWidowsAndOrphans(int fitting, int remaining)
    {
        var count = Math.Min(fitting, remaining - MinLinesAtBreak);
        return count < MinLinesAtBreak ? 0 : count;
    }

    private List<Line> LinesFor(ITextMeasurer measurer, double width)
    {
        if (!ReferenceEquals(measurer, cachedMeasurer))
        {
            cachedMeasurer = measurer;
            cachedShape = measurer is ISharedTextMeasurer shared ? ShapedText.For(shared.Widths, spans, () => Tokenize(measurer)) : null;
            cachedTokens = cachedShape?.Tokens ?? Tokenize(measurer);
            cachedLines = null;
        }

        if (cachedLines is null || Math.Abs(cachedWidth - width) > Epsilon)
        {
            cachedLines = cachedShape is { } shape
                ? shape.LinesAt(width, () => new LineBreaker(measurer, width).Break(cachedTokens!))
                : new LineBreaker(measurer, width).Break(cachedTokens!);
            cachedWidth = width;
        }

        return cachedLines;
    }

    private ShapedText? cachedShape;

    /// <summary>
    /// A text's tokens and its lines at the widths it was laid out at, shared by every document in the process that
    /// sets the same spans with a measurer whose widths are a function of text and font alone
    /// (<see cref="ISharedTextMeasurer"/>): the reading, the instructions and the headings recur in every handout,
    /// and breaking them into lines again was most of the layout's time and allocations. Tokens and lines are never
    /// changed once made, so sharing them cannot change what is drawn. Bounded: it starts again past
    /// <see cref="MaxEntries"/> texts, so untrusted template text cannot grow it without end.
    /// </summary>
    private sealed class ShapedText(List<Token> tokens)
    {
        private const int MaxEntries = 20_000;
        private const int MaxWidths = 4;

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(object Widths, SpansKey Spans), ShapedText> Shared = new();

        private readonly Lock gate = new();
        private (double Width, List<Line> Lines)[] byWidth = [];

        public List<Token> Tokens { get; } = tokens;

        public static ShapedText For(object widths, IReadOnlyList<TextSpan> spans, Func<List<Token>> tokenize)
        {
            var key = (widths, new SpansKey(spans));
            if (Shared.TryGetValue(key, out var shaped))
            {
                return shaped;
            }

            if (Shared.Count >= MaxEntries)
            {
                Shared.Clear();
            }

            // The key keeps its own copy of the spans: the element's list is the caller's.
            return Shared.GetOrAdd((widths, new SpansKey([.. spans])), new ShapedText(tokenize()));
        }

        public List<Line> LinesAt(double width, Func<List<Line>> breakLines)
        {
            foreach (var (known, lines) in Volatile.Read(ref byWidth))
            {
                if (Math.Abs(known - width) <= Epsilon)
                {
                    return lines;
                }
            }

            var made = breakLines();
            lock (gate)
            {
                if (byWidth.Length < MaxWidths)
                {
                    Volatile.Write(ref byWidth, [.. byWidth, (width, made)]);
                }
            }

            return made;
        }
    }

    /// <summary>Spans compared by value (text and style), hashed once.</summary>
    private readonly struct SpansKey : IEquatable<SpansKey>
    {
        private readonly IReadOnlyList<TextSpan> spans;
        private readonly int hash;

        public SpansKey(IReadOnlyList<TextSpan> spans)
        {
            this.spans = spans;
            var combined = default(HashCode);
            for (var i = 0; i < spans.Count; i++)
            {
                combined.Add(spans[i].Text);
                combined.Add(spans[i].Style);
            }

            hash = combined.ToHashCode();
        }

        public bool Equals(SpansKey other)
        {
            if (hash != other.hash || spans.Count != other.spans.Count)
            {
                return false;
            }

            for (var i = 0; i < spans.Count; i++)
            {
                if (!string.Equals(spans[i].Text, other.spans[i].Text, StringComparison.Ordinal) || spans[i].Style != other.spans[i].Style)
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is SpansKey other && Equals(other);

        public override int GetHashCode() => hash;
    }

    /// <summary>Splits the spans into unbreakable pieces, each ending where a line may break.</summary>
    private List<Token> Tokenize(ITextMeasurer measurer)
    {
        var tokens = new List<Token>();
        var current = new TokenBuilder(measurer);
        var breakPending = false;
        foreach (var span in spans)
        {
            var text = span.Text;
            for (var i = 0; i < text.Length;)
            {
                switch (text[i])
                {
                    case '\r':
                        i++;
                        continue;
                    case '\n':
                        tokens.Add(current.Build(span.Style, hardBreak: true));
                        current = new TokenBuilder(measurer);
                        breakPending = false;
                        i++;
                        continue;
                    case ' ':
                        var spaces = i;
                        while (spaces < text.Length && text[spaces] == ' ')
                        {
                            spaces++;
                        }

                        current.AppendTrailing(span.Style, text[i..spaces]);
                        breakPending = true;
                        i = spaces;
                        continue;
                }

                if (breakPending)
                {
                    tokens.Add(current.Build(span.Style, hardBreak: false));
                    current = new TokenBuilder(measurer);
                    breakPending = false;
                }

                // A word runs to the next space or line break, or ends just after a hyphen or dash.
                var end = i;
                while (end < text.Length && text[end] is not (' ' or '\n' or '\r'))
                {
                    if (IsBreakAfter(text, end++))
                    {
                        breakPending = true;
                        break;
                    }
                }

                current.AppendContent(span.Style, text[i..end]);
                i = end;
            }
        }

        if (!current.IsEmpty)
        {
            tokens.Add(current.Build(spans[^1].Style, hardBreak: false));
        }

        return tokens;
    }

    /// <summary>
    /// A line may break after a hyphen or dash, but not inside a number range such as a grade band or a standard's
    /// code ("9-12" in "C3 D2.His.4.9-12"), which must read whole.
    /// </summary>
    private static bool IsBreakAfter(string text, int i) => text[i] switch
    {
        '-' => !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])),
        '\u2010' or '\u2013' or '\u2014' => true,
        _ => false,
    };

    /// <summary>A piece of text in one style, with its measured width.</summary>
    private readonly record struct Run(TextStyle Style, string Text, double Width);

    /// <summary>An unbreakable piece: its content, then the spaces after it (which may hang past the line end).</summary>
    private sealed record Token(IReadOnlyList<Run> Content, IReadOnlyList<Run> Trailing, bool HardBreak, TextStyle EndStyle)
    {
        public double Width { get; } = Content.Sum(r => r.Width);
        public double TrailingWidth { get; } = Trailing.Sum(r => r.Width);
    }

    /// <summary>Collects a token's pieces; pieces in the same style join into one run, measured once.</summary>
    private sealed class TokenBuilder(ITextMeasurer measurer)
    {
        private readonly List<(TextStyle Style, string Text)> content = [];
        private readonly List<(TextStyle Style, string Text)> trailing = [];

        public bool IsEmpty => content.Count == 0 && trailing.Count == 0;

        public void AppendContent(TextStyle style, string text) => Append(content, style, text);

        public void AppendTrailing(TextStyle style, string text) => Append(trailing, style, text);

        public Token Build(TextStyle endStyle, bool hardBreak) =>
            new(Measure(content), Measure(trailing), hardBreak, endStyle);

        private static void Append(List<(TextStyle Style, string Text)> runs, TextStyle style, string text)
        {
            if (runs.Count > 0 && (ReferenceEquals(runs[^1].Style, style) || runs[^1].Style == style))
            {
                runs[^1] = (style, runs[^1].Text + text);
                return;
            }

            runs.Add((style, text));
        }

        private Run[] Measure(List<(TextStyle Style, string Text)> runs)
        {
            if (runs.Count == 0)
            {
                return [];
            }

            var measured = new Run[runs.Count];
            for (var i = 0; i < runs.Count; i++)
            {
                measured[i] = new Run(runs[i].Style, runs[i].Text, measurer.MeasureWidth(runs[i].Text, runs[i].Style.Font));
            }

            return measured;
        }
    }

    /// <summary>One laid-out line: runs to draw left to right, its width (without trailing spaces) and height.</summary>
    private sealed record Line(IReadOnlyList<Run> Runs, double Width, double Height, double Baseline);

    /// <summary>Greedy line filling over tokens.</summary>
    private sealed class LineBreaker(ITextMeasurer measurer, double maxWidth)
    {
        private readonly List<Line> lines = [];
        private readonly List<Run> runs = [];
        private double width;
        private double hanging;

        public List<Line> Break(IReadOnlyList<Token> tokens)
        {
            foreach (var token in tokens)
            {
                if (runs.Count > 0 && width + hanging + token.Width > maxWidth + Epsilon)
                {
                    EndLine(token.EndStyle);
                }

                if (runs.Count == 0 && token.Width > maxWidth + Epsilon)
                {
                    BreakInsideWord(token);
                }
                else
                {
                    AddRuns(token.Content);
                    width += hanging + token.Width;
                }

                AddRuns(token.Trailing);
                hanging = token.TrailingWidth;
                if (token.HardBreak)
                {
                    EndLine(token.EndStyle);
                }
            }

            if (runs.Count > 0)
            {
                EndLine(runs[^1].Style);
            }

            return lines;
        }

        /// <summary>A word wider than the line: as many characters per line as fit (at least one).</summary>
        private void BreakInsideWord(Token token)
        {
            foreach (var run in token.Content)
            {
                var start = 0;
                while (start < run.Text.Length)
                {
                    var length = LongestFit(run, start, maxWidth - width);
                    if (length == 0 && runs.Count > 0)
                    {
                        EndLine(run.Style);
                        continue;
                    }

                    length = Math.Max(length, CharLength(run.Text, start));
                    var piece = run.Text.Substring(start, length);
                    var pieceWidth = measurer.MeasureWidth(piece, run.Style.Font);
                    runs.Add(new Run(run.Style, piece, pieceWidth));
                    width += pieceWidth;
                    start += length;
                    if (start < run.Text.Length)
                    {
                        EndLine(run.Style);
                    }
                }
            }
        }

        private int LongestFit(Run run, int start, double room)
        {
            var length = 0;
            while (start + length < run.Text.Length)
            {
                var candidate = length + CharLength(run.Text, start + length);
                if (measurer.MeasureWidth(run.Text.Substring(start, candidate), run.Style.Font) > room + Epsilon)
                {
                    break;
                }

                length = candidate;
            }

            return length;
        }

        private static int CharLength(string text, int index) =>
            char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;

        private void AddRuns(IEnumerable<Run> added)
        {
            foreach (var run in added)
            {
                if (runs.Count > 0 && runs[^1].Style == run.Style)
                {
                    var last = runs[^1];
                    runs[^1] = new Run(last.Style, last.Text + run.Text, last.Width + run.Width);
                }
                else
                {
                    runs.Add(run);
                }
            }
        }

        private void EndLine(TextStyle fallbackStyle)
        {
            // The tallest style on the line sets its height; the largest ascent and descent place the baseline.
            double height = 0, ascent = 0, descent = 0;
            void Include(TextStyle style)
            {
                var metrics = measurer.GetMetrics(style.Font);
                height = Math.Max(height, style.Size * style.LineHeight);
                ascent = Math.Max(ascent, metrics.Ascent);
                descent = Math.Max(descent, metrics.Descent);
            }

            if (runs.Count == 0)
            {
                Include(fallbackStyle);
            }

            TextStyle? previous = null;
            foreach (var run in runs)
            {
                if (!ReferenceEquals(run.Style, previous))
                {
                    Include(run.Style);
                    previous = run.Style;
                }
            }

            var baseline = ((height - (ascent + descent)) / 2) + ascent;
            lines.Add(new Line([.. runs], width, height, baseline));
            runs.Clear();
            width = 0;
            hanging = 0;
        }
    }
}

/// <summary>Text computed from the page being drawn, such as "Page 3 of 7"; drawn whole on every page.</summary>
public sealed class PageTextElement(Func<PageContext, string> content, TextStyle style, TextAlignment alignment) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var text = Build(context);
        var plan = text.Measure(Scratch(text, context), available);
        return plan.IsPartial ? SpacePlan.Wrap : plan;
    }

    public override void Draw(DrawContext context, Rect area)
    {
        var text = Build(context.Layout);
        text.Draw(context with { Layout = Scratch(text, context.Layout) }, area);
    }

    public override string Description => "Page text";

    private TextElement Build(LayoutContext context) =>
        new([new TextSpan(content(context.Page), style)], alignment);

    /// <summary>The text is made afresh for each page, so it is laid out with a state of its own.</summary>
    private static LayoutContext Scratch(TextElement text, LayoutContext context)
    {
        text.StateSlot = 0;
        return context with { State = LayoutState.ForElements(1) };
    }
}
