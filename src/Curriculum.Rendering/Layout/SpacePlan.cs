namespace Curriculum.Rendering.Layout;

public enum SpacePlanKind
{
    /// <summary>Nothing to draw (already finished, or no content).</summary>
    Empty,

    /// <summary>Everything left fits in the space offered.</summary>
    FullRender,

    /// <summary>Part fits here; the rest continues on the next page.</summary>
    PartialRender,

    /// <summary>Nothing fits here; try again on the next page.</summary>
    Wrap,
}

/// <summary>An element's answer to "how much of you fits in this space?".</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, double Width, double Height)
{
    public static SpacePlan Empty => new(SpacePlanKind.Empty, 0, 0);
    public static SpacePlan Wrap => new(SpacePlanKind.Wrap, 0, 0);
    public static SpacePlan FullRender(double width, double height) => new(SpacePlanKind.FullRender, width, height);
    public static SpacePlan PartialRender(double width, double height) => new(SpacePlanKind.PartialRender, width, height);

    public bool IsEmpty => Kind == SpacePlanKind.Empty;
    public bool IsWrap => Kind == SpacePlanKind.Wrap;
    public bool IsFull => Kind == SpacePlanKind.FullRender;
    public bool IsPartial => Kind == SpacePlanKind.PartialRender;

    /// <summary>True when this plan puts something on the page.</summary>
    public bool Draws => Kind is SpacePlanKind.FullRender or SpacePlanKind.PartialRender;
}
