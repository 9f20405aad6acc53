namespace Curriculum.Rendering.Layout;

/// <summary>Stacks its items top to bottom with a fixed gap, keeping headings with what follows.</summary>
public sealed class ColumnElement : Element
{
    private readonly IReadOnlyList<Element> items;
    private readonly double spacing;
    private int next;

    public ColumnElement(IReadOnlyList<Element> items, double spacing)
    {
        this.items = items;
        this.spacing = spacing;
    }

    private readonly record struct Placement(int Index, SpacePlan Plan, double Top, double Available);

    private readonly record struct PlanKey(int Next, Size Available, PageContext Page, double PageBodyHeight);

    // A parent measures, then draws with the same space: the plan is kept between the two, so that a deep tree is
    // not measured once per level. Drawing or rewinding moves the items' cursors, so both forget it.
    private PlanKey? cachedKey;
    private (SpacePlan Result, List<Placement> Placements) cachedPlan;

    public override SpacePlan Measure(LayoutContext context, Size available) => CachedPlan(context, available).Result;

    public override void Draw(LayoutContext context, Rect area)
    {
        var (_, placements) = CachedPlan(context, SizeOf(area));
        cachedKey = null;
        foreach (var placement in placements)
        {
            var item = items[placement.Index];
            if (placement.Plan.Draws)
            {
                item.Draw(context, new Rect(area.X, area.Y + placement.Top, area.Width, placement.Available));
            }

            if (!placement.Plan.IsPartial)
            {
                next = placement.Index + 1;
            }
        }
    }

    public override void Reset()
    {
        next = 0;
        cachedKey = null;
        foreach (var item in items)
        {
            item.Reset();
        }
    }

    public override string Description => $"Column of {items.Count}";

    protected internal override IEnumerable<Element> Children => items;

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available)
    {
        for (var i = next; i < items.Count; i++)
        {
            if (!items[i].Measure(context, available).IsEmpty)
            {
                return [this, .. items[i].BlockerPath(context, available)];
            }
        }

        return [this];
    }

    private (SpacePlan Result, List<Placement> Placements) CachedPlan(LayoutContext context, Size available)
    {
        var key = new PlanKey(next, available, context.Page, context.PageBodyHeight);
        if (cachedKey != key)
        {
            cachedPlan = Plan(context, available);
            cachedKey = key;
        }

        return cachedPlan;
    }

    private (SpacePlan Result, List<Placement> Placements) Plan(LayoutContext context, Size available)
    {
        var placements = new List<Placement>();
        var atTopOfPage = available.Height >= context.PageBodyHeight - Epsilon;
        double used = 0, width = 0;
        var placedAny = false;

        for (var i = next; i < items.Count; i++)
        {
            var gap = placedAny ? spacing : 0;
            var room = available.Height - used - gap;
            if (room < -Epsilon)
            {
                return (Stop(placedAny, used, width), placements);
            }

            var itemSize = new Size(available.Width, Math.Max(room, 0));
            var plan = items[i].Measure(context, itemSize);
            if (plan.IsEmpty)
            {
                placements.Add(new Placement(i, plan, used, itemSize.Height));
                continue;
            }

            if (plan.IsWrap)
            {
                return (Stop(placedAny, used, width), placements);
            }

            var isFirstOnPage = atTopOfPage && !placedAny;
            if (plan.IsFull && items[i].KeepsWithNext && !isFirstOnPage
                && !NextFits(context, i, available.Width, room - plan.Height - spacing))
            {
                return (Stop(placedAny, used, width), placements);
            }

            placements.Add(new Placement(i, plan, used + gap, itemSize.Height));
            used += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            placedAny = true;
            if (plan.IsPartial)
            {
                return (SpacePlan.PartialRender(width, used), placements);
            }
        }

        return (placedAny ? SpacePlan.FullRender(width, used) : SpacePlan.Empty, placements);
    }

    /// <summary>Whether at least the start of the first non-empty item after <paramref name="index"/> fits in <paramref name="room"/>.</summary>
    private bool NextFits(LayoutContext context, int index, double width, double room)
    {
        for (var j = index + 1; j < items.Count; j++)
        {
            if (room < -Epsilon)
            {
                return false;
            }

            var plan = items[j].Measure(context, new Size(width, Math.Max(room, 0)));
            if (!plan.IsEmpty)
            {
                return !plan.IsWrap;
            }
        }

        return true;
    }

    private static SpacePlan Stop(bool placedAny, double used, double width) =>
        placedAny ? SpacePlan.PartialRender(width, used) : SpacePlan.Wrap;
}
