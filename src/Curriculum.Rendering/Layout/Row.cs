namespace Curriculum.Rendering.Layout;

/// <summary>How wide a row item is: a fixed number of points, or a share of what the fixed items leave.</summary>
public readonly record struct RowItemWidth(double Value, bool IsRelative)
{
    public static RowItemWidth Constant(double points) => new(points, false);
    public static RowItemWidth Relative(double weight) => new(weight, true);
}

/// <summary>Places items side by side; the row continues on the next page while any item does.</summary>
public sealed class RowElement : Element
{
    private readonly IReadOnlyList<(Element Item, RowItemWidth Width)> items;
    private readonly double spacing;

    public RowElement(IReadOnlyList<(Element Item, RowItemWidth Width)> items, double spacing)
    {
        this.items = items;
        this.spacing = spacing;
    }

    /// <summary>Which items are finished: the row goes on while any is not.</summary>
    private sealed class Cursor
    {
        public bool[]? Finished;
    }

    private bool[] Finished(LayoutState state) => StateIn<Cursor>(state).Finished ??= new bool[items.Count];

    protected internal override IEnumerable<Element> Children => items.Select(i => i.Item);

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var widths = WidthsFor(stackalloc double[8]);
        Widths(available.Width, widths);
        foreach (var width in widths)
        {
            if (width < -Epsilon)
            {
                return SpacePlan.Wrap;
            }
        }

        var finished = Finished(context.State);
        double height = 0;
        bool anyDrawn = false, anyPartial = false;
        for (var i = 0; i < items.Count; i++)
        {
            if (finished[i])
            {
                continue;
            }

            var plan = items[i].Item.Measure(context, new Size(widths[i], available.Height));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap;
            }

            anyDrawn |= plan.Draws;
            anyPartial |= plan.IsPartial;
            height = Math.Max(height, plan.Height);
        }

        if (!anyDrawn)
        {
            return SpacePlan.Empty;
        }

        return anyPartial
            ? SpacePlan.PartialRender(available.Width, height)
            : SpacePlan.FullRender(available.Width, height);
    }

    public override void Draw(DrawContext context, Rect area)
    {
        var finished = Finished(context.State);
        var widths = WidthsFor(stackalloc double[8]);
        Widths(area.Width, widths);
        var x = area.X;
        for (var i = 0; i < items.Count; i++)
        {
            var cell = new Rect(x, area.Y, widths[i], area.Height);
            x += widths[i] + spacing;
            if (finished[i])
            {
                continue;
            }

            var plan = items[i].Item.Measure(context.Layout, SizeOf(cell));
            if (plan.Draws)
            {
                items[i].Item.Draw(context, cell);
            }

            finished[i] = !plan.IsPartial;
        }
    }

    public override string Description => $"Row of {items.Count}";

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available)
    {
        var widths = new double[items.Count];
        Widths(available.Width, widths);
        var finished = Finished(context.State);
        for (var i = 0; i < items.Count; i++)
        {
            var size = new Size(widths[i], available.Height);
            if (!finished[i] && items[i].Item.Measure(context, size).IsWrap)
            {
                return [this, .. items[i].Item.BlockerPath(context, size)];
            }
        }

        return [this];
    }

    /// <summary>Each item's width in <paramref name="total"/>, into <paramref name="widths"/> (measured on every page, so no array is made).</summary>
    private void Widths(double total, Span<double> widths)
    {
        var gaps = spacing * Math.Max(items.Count - 1, 0);
        double fixedWidth = 0, weights = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var width = items[i].Width;
            if (width.IsRelative)
            {
                weights += width.Value;
            }
            else
            {
                fixedWidth += width.Value;
            }
        }

        var perWeight = weights > 0 ? (total - gaps - fixedWidth) / weights : 0;
        for (var i = 0; i < items.Count; i++)
        {
            var width = items[i].Width;
            widths[i] = width.IsRelative ? width.Value * perWeight : width.Value;
        }
    }

    /// <summary>Room for the widths of a row's items: on the stack for any row a handout has.</summary>
    private Span<double> WidthsFor(Span<double> stack) => items.Count <= stack.Length ? stack[..items.Count] : new double[items.Count];
}
