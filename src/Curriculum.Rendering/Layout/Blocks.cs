namespace Curriculum.Rendering.Layout;

/// <summary>Empty vertical space; at the foot of a page it shrinks to what is left rather than move.</summary>
public sealed class SpacerElement(double height) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available) =>
        SpacePlan.FullRender(0, Math.Min(height, Math.Max(available.Height, 0)));

    public override void Draw(LayoutContext context, Rect area)
    {
    }
}

/// <summary>A horizontal line across the available width.</summary>
public sealed class RuleElement(double thickness, Color color) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available) =>
        thickness <= available.Height + Epsilon ? SpacePlan.FullRender(available.Width, thickness) : SpacePlan.Wrap;

    public override void Draw(LayoutContext context, Rect area)
    {
        var y = area.Y + (thickness / 2);
        context.Canvas.DrawLine(area.X, y, area.Right, y, thickness, color);
    }
}

/// <summary>Ruled lines to write on, one every <paramref name="spacing"/> points; they may continue on the next page.</summary>
public sealed class WritingLinesElement(int count, double spacing, double thickness, Color color) : Element
{
    private int drawn;

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var remaining = count - drawn;
        if (remaining <= 0)
        {
            return SpacePlan.Empty;
        }

        var fitting = (int)Math.Floor((available.Height + Epsilon) / spacing);
        if (fitting <= 0)
        {
            return SpacePlan.Wrap;
        }

        return fitting >= remaining
            ? SpacePlan.FullRender(available.Width, remaining * spacing)
            : SpacePlan.PartialRender(available.Width, fitting * spacing);
    }

    public override void Draw(LayoutContext context, Rect area)
    {
        var plan = Measure(context, SizeOf(area));
        var lines = (int)Math.Round(plan.Height / spacing);
        for (var i = 1; i <= lines; i++)
        {
            var y = area.Y + (i * spacing);
            context.Canvas.DrawLine(area.X, y, area.Right, y, thickness, color);
        }

        drawn += lines;
    }

    public override void Reset() => drawn = 0;

    public override string Description => $"Lines ({count})";
}

/// <summary>Ends the page here (unless the page is still empty).</summary>
public sealed class PageBreakElement : Element
{
    private bool done;

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var atTopOfPage = available.Height >= context.PageBodyHeight - Epsilon;
        return done || atTopOfPage ? SpacePlan.Empty : SpacePlan.PartialRender(0, 0);
    }

    public override void Draw(LayoutContext context, Rect area) => done = true;

    public override void Reset() => done = false;
}
