namespace Curriculum.Rendering.Layout;

/// <summary>Empty vertical space; at the foot of a page it shrinks to what is left rather than move.</summary>
public sealed class SpacerElement(double height) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available) =>
        SpacePlan.FullRender(0, Math.Min(height, Math.Max(available.Height, 0)));

    public override void Draw(DrawContext context, Rect area)
    {
    }
}

/// <summary>A horizontal line across the available width: decoration, so an artifact.</summary>
public sealed class RuleElement(double thickness, Color color) : Element
{
    public override SpacePlan Measure(LayoutContext context, Size available) =>
        thickness <= available.Height + Epsilon ? SpacePlan.FullRender(available.Width, thickness) : SpacePlan.Wrap;

    public override void Draw(DrawContext context, Rect area)
    {
        var y = area.Y + (thickness / 2);
        context.Canvas.BeginArtifact(ArtifactKind.Layout);
        context.Canvas.DrawLine(area.X, y, area.Right, y, thickness, color);
        context.Canvas.EndArtifact();
    }
}

/// <summary>
/// Ruled lines to write on, one every <paramref name="spacing"/> points; they may continue on the next page. The
/// lines are artifacts: what they are for is said by the prompt above them (or the alternative text of an enclosing
/// semantic element).
/// </summary>
public sealed class WritingLinesElement(int count, double spacing, double thickness, Color color) : Element
{
    private sealed class Cursor
    {
        public int Drawn;
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var remaining = count - StateIn<Cursor>(context.State).Drawn;
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

    public override void Draw(DrawContext context, Rect area)
    {
        var plan = Measure(context.Layout, SizeOf(area));
        var lines = (int)Math.Round(plan.Height / spacing);
        context.Canvas.BeginArtifact(ArtifactKind.Layout);
        for (var i = 1; i <= lines; i++)
        {
            var y = area.Y + (i * spacing);
            context.Canvas.DrawLine(area.X, y, area.Right, y, thickness, color);
        }

        context.Canvas.EndArtifact();
        StateIn<Cursor>(context.State).Drawn += lines;
    }

    public override string Description => $"Lines ({count})";
}

/// <summary>Ends the page here (unless the page is still empty).</summary>
public sealed class PageBreakElement : Element
{
    private sealed class Cursor
    {
        public bool Done;
    }

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var atTopOfPage = available.Height >= context.PageBodyHeight - Epsilon;
        return StateIn<Cursor>(context.State).Done || atTopOfPage ? SpacePlan.Empty : SpacePlan.PartialRender(0, 0);
    }

    public override void Draw(DrawContext context, Rect area) => StateIn<Cursor>(context.State).Done = true;
}
