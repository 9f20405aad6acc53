namespace Curriculum.Rendering.Layout;

/// <summary>Keeps space clear around its child.</summary>
public sealed class PaddingElement(Thickness padding) : WrapperElement
{
    public Thickness Padding { get; } = padding;

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var inner = Shrink(available);
        if (inner.Width < -Epsilon || inner.Height < -Epsilon)
        {
            return SpacePlan.Wrap;
        }

        var plan = Content.Measure(Inner(context), inner);
        return plan.Draws
            ? plan with { Width = plan.Width + Padding.Horizontal, Height = plan.Height + Padding.Vertical }
            : plan;
    }

    public override void Draw(DrawContext context, Rect area) =>
        Content.Draw(context.WithBodyHeight(context.PageBodyHeight - Padding.Vertical), new Rect(
            area.X + Padding.Left, area.Y + Padding.Top,
            area.Width - Padding.Horizontal, area.Height - Padding.Vertical));

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available) =>
        [this, .. Content.BlockerPath(Inner(context), Shrink(available))];

    private Size Shrink(Size size) => new(size.Width - Padding.Horizontal, size.Height - Padding.Vertical);

    private LayoutContext Inner(LayoutContext context) =>
        context with { PageBodyHeight = context.PageBodyHeight - Padding.Vertical };
}

/// <summary>Paints a background and/or a border around the space its child takes; both are artifacts.</summary>
public sealed class BoxElement(double borderThickness, Color borderColor, Color? background) : WrapperElement
{
    public override void Draw(DrawContext context, Rect area)
    {
        var plan = Content.Measure(context.Layout, SizeOf(area));
        if (!plan.Draws)
        {
            return;
        }

        var box = area with { Height = plan.Height };
        if (background is { } fill)
        {
            context.Canvas.BeginArtifact(ArtifactKind.Layout);
            context.Canvas.FillRect(box, fill);
            context.Canvas.EndArtifact();
        }

        Content.Draw(context, area);
        if (borderThickness > 0)
        {
            context.Canvas.BeginArtifact(ArtifactKind.Layout);
            context.Canvas.StrokeRect(box, borderThickness, borderColor);
            context.Canvas.EndArtifact();
        }
    }
}

/// <summary>
/// Moves its child whole to the next page rather than splitting it, unless the child is taller than
/// a page, in which case it splits where it stands.
/// </summary>
public sealed class KeepTogetherElement : WrapperElement
{
    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var plan = Content.Measure(context, available);
        var atTopOfPage = available.Height >= context.PageBodyHeight - Epsilon;
        if (plan.IsPartial && !atTopOfPage)
        {
            var onFreshPage = Content.Measure(context, available with { Height = context.PageBodyHeight });
            if (onFreshPage.IsFull)
            {
                return SpacePlan.Wrap;
            }
        }

        return plan;
    }
}

/// <summary>Marks its child as one that must not end a page: the enclosing column keeps it with the next item.</summary>
public sealed class KeepWithNextElement : WrapperElement
{
    protected internal override bool KeepsWithNext => true;
}

/// <summary>Makes the space its child takes a link to a web address; tagged as a Link holding the annotation.</summary>
public sealed class LinkElement(Uri target) : WrapperElement
{
    public override void Draw(DrawContext context, Rect area)
    {
        var plan = Content.Measure(context.Layout, SizeOf(area));
        context.Canvas.BeginStructure(StructureRole.Link, this);
        Content.Draw(context, area);
        if (plan.Draws)
        {
            context.Canvas.AddLink(area with { Height = plan.Height }, target);
        }

        context.Canvas.EndStructure();
    }
}

/// <summary>Gives its child a name that layout errors mention.</summary>
public sealed class NamedElement(string name) : WrapperElement
{
    public string Name { get; } = name;

    public override string Description => $"\"{Name}\"";
}
