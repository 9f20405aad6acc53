namespace Curriculum.Rendering.Layout;

/// <summary>Stacks its items top to bottom with a fixed gap, keeping headings with what follows.</summary>
public sealed class ColumnElement : Element
{
    private readonly IReadOnlyList<Element> items;
    private readonly double spacing;

    public ColumnElement(IReadOnlyList<Element> items, double spacing)
    {
        this.items = items;
        this.spacing = spacing;
    }

    private readonly record struct Placement(int Index, SpacePlan Plan, double Top, double Available);

    private readonly record struct PlanKey(int Next, Size Available, PageContext Page, double PageBodyHeight);

    /// <summary>
    /// The first item not yet finished, and the last plan. A parent measures, then draws with the same space: the
    /// plan is kept between the two, so that a deep tree is not measured once per level. Drawing moves the items'
    /// cursors, so it forgets the plan.
    /// </summary>
    private sealed class Cursor
    {
        public int Next;
        public PlanKey? CachedKey;
        public (SpacePlan Result, List<Placement> Placements) CachedPlan;

        /// <summary>The list each new plan is made in: only the last plan is kept, so it is cleared and reused.</summary>
        public List<Placement>? Placements;
    }

    public override SpacePlan Measure(LayoutContext context, Size available) => CachedPlan(context, available).Result;

    public override void Draw(DrawContext context, Rect area)
    {
        var cursor = StateIn<Cursor>(context.State);
        var (_, placements) = CachedPlan(context.Layout, SizeOf(area));
        cursor.CachedKey = null;
        foreach (var placement in placements)
        {
            var item = items[placement.Index];
            if (placement.Plan.Draws)
            {
                item.Draw(context, new Rect(area.X, area.Y + placement.Top, area.Width, placement.Available));
            }

            if (!placement.Plan.IsPartial)
            {
                cursor.Next = placement.Index + 1;
            }
        }
    }

    public override string Description => $"Column of {items.Count}";

    protected internal override IEnumerable<Element> Children => items;

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available)
    {
        for (var i = StateIn<Cursor>(context.State).Next; i < items.Count; i++)
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
        var cursor = StateIn<Cursor>(context.State);
        var key = new PlanKey(cursor.Next, available, context.Page, context.PageBodyHeight);
        if (cursor.CachedKey != key)
        {
            var placements = cursor.Placements ??= [];
            placements.Clear();
            cursor.CachedPlan = Plan(context, available, cursor.Next, placements);
            cursor.CachedKey = key;
        }

        return cursor.CachedPlan;
    }

    private (SpacePlan Result, List<Placement> Placements) Plan(LayoutContext context, Size available, int next, List<Placement> placements)
    {
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
