namespace Curriculum.Rendering.Layout;

/// <summary>
/// A table: rows of cells in proportional columns, under an optional header row. A page ends only between rows,
/// and every page the table spans starts with the header row again; a row taller than a page (with its header)
/// splits where it stands, like <see cref="KeepTogetherElement"/>. The last row does not go to a page alone when three
/// or more rows stand before it on the page: the row before it goes with it. A header row taller than a page is a layout
/// error. Tagged as Table, TR, TH and TD; the header row repeated on a later page is a pagination artifact.
/// </summary>
public sealed class TableElement : Element
{
    private readonly double[] shares;
    private readonly TableRow? header;
    private readonly IReadOnlyList<TableRow> rows;
    private readonly double gridThickness;
    private readonly Color gridColor;

    internal TableElement(double[] shares, TableRow? header, IReadOnlyList<TableRow> rows, double gridThickness, Color gridColor)
    {
        this.shares = shares;
        this.header = header;
        this.rows = rows;
        this.gridThickness = gridThickness;
        this.gridColor = gridColor;
        foreach (var row in Children.OfType<TableRow>())
        {
            row.Table = this;
        }
    }

    private readonly record struct Placement(int Row, SpacePlan Plan, double Top);

    private sealed record Plan(SpacePlan Result, double HeaderHeight, List<Placement> Rows);

    private readonly record struct PlanKey(int NextRow, bool HeaderTagged, Size Available, PageContext Page, double PageBodyHeight);

    /// <summary>The next row to draw, whether the header row has been drawn (and tagged) once, and the last plan.</summary>
    private sealed class Cursor
    {
        public int NextRow;
        public bool HeaderTagged;
        public PlanKey? CachedKey;
        public Plan? CachedPlan;
    }

    public override string Description => $"Table of {rows.Count} rows";

    protected internal override IEnumerable<Element> Children => header is null ? rows : [header, .. rows];

    public override SpacePlan Measure(LayoutContext context, Size available) => CachedPlan(context, available).Result;

    public override void Draw(DrawContext context, Rect area)
    {
        var cursor = StateIn<Cursor>(context.State);
        var plan = CachedPlan(context.Layout, SizeOf(area));
        cursor.CachedKey = null;
        if (!plan.Result.Draws)
        {
            return;
        }

        var canvas = context.Canvas;
        canvas.BeginStructure(StructureRole.Table, this);
        if (header is not null)
        {
            if (cursor.HeaderTagged)
            {
                canvas.BeginArtifact(ArtifactKind.Pagination);
                header.DrawCells(context, area, tagged: false);
                canvas.EndArtifact();
            }
            else
            {
                header.DrawCells(context, area, tagged: true);
                cursor.HeaderTagged = true;
            }

            // The header row is whole again for the next page the table reaches.
            context.State.Clear(header);
            RuleAt(canvas, area, plan.HeaderHeight);
        }

        var rowContext = context.WithBodyHeight(context.PageBodyHeight - plan.HeaderHeight);
        foreach (var placement in plan.Rows)
        {
            if (placement.Plan.Draws)
            {
                rows[placement.Row].Draw(rowContext, new Rect(area.X, area.Y + placement.Top, area.Width, area.Height - placement.Top));
                if (placement.Row < rows.Count - 1 || placement.Plan.IsPartial)
                {
                    RuleAt(canvas, area, placement.Top + placement.Plan.Height);
                }
            }

            if (!placement.Plan.IsPartial)
            {
                cursor.NextRow = placement.Row + 1;
            }
        }

        canvas.EndStructure();
    }

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available)
    {
        var cursor = StateIn<Cursor>(context.State);
        double headerHeight = 0;
        if (header is not null)
        {
            var plan = header.Measure(context, available);
            if (!plan.IsFull)
            {
                return [this, .. header.BlockerPath(context, available)];
            }

            headerHeight = plan.Height;
        }

        var rowContext = context with { PageBodyHeight = context.PageBodyHeight - headerHeight };
        var rowSize = available with { Height = available.Height - headerHeight };
        return cursor.NextRow < rows.Count ? [this, .. rows[cursor.NextRow].BlockerPath(rowContext, rowSize)] : [this];
    }

    internal double[] Widths(double total)
    {
        var sum = shares.Sum();
        return [.. shares.Select(s => total * s / sum)];
    }

    private void RuleAt(ICanvas canvas, Rect area, double offset)
    {
        if (gridThickness <= 0)
        {
            return;
        }

        canvas.BeginArtifact(ArtifactKind.Layout);
        canvas.DrawLine(area.X, area.Y + offset, area.Right, area.Y + offset, gridThickness, gridColor);
        canvas.EndArtifact();
    }

    private Plan CachedPlan(LayoutContext context, Size available)
    {
        var cursor = StateIn<Cursor>(context.State);
        var key = new PlanKey(cursor.NextRow, cursor.HeaderTagged, available, context.Page, context.PageBodyHeight);
        if (cursor.CachedKey != key || cursor.CachedPlan is null)
        {
            cursor.CachedPlan = MakePlan(context, available, cursor);
            cursor.CachedKey = key;
        }

        return cursor.CachedPlan;
    }

    private Plan MakePlan(LayoutContext context, Size available, Cursor cursor)
    {
        var placements = new List<Placement>();
        var headerOnly = rows.Count == 0;
        if (cursor.NextRow >= rows.Count && !(headerOnly && !cursor.HeaderTagged))
        {
            return new Plan(SpacePlan.Empty, 0, placements);
        }

        double headerHeight = 0;
        if (header is not null)
        {
            var plan = header.Measure(context, available);
            if (!plan.IsFull)
            {
                return new Plan(SpacePlan.Wrap, 0, placements);
            }

            headerHeight = plan.Height;
        }

        // Rows see the page as what is left under the header: "taller than a page" means taller than that.
        var freshRoom = context.PageBodyHeight - headerHeight;
        var rowContext = context with { PageBodyHeight = freshRoom };
        var used = headerHeight;
        var placedAny = false;
        for (var i = cursor.NextRow; i < rows.Count; i++)
        {
            var room = Math.Max(available.Height - used, 0);
            var plan = rows[i].Measure(rowContext, available with { Height = room });
            if (plan.IsEmpty || plan.IsFull)
            {
                placements.Add(new Placement(i, plan, used));
                used += plan.Height;
                placedAny |= plan.Draws;
                continue;
            }

            var tallerThanAPage = !rows[i].Measure(rowContext, available with { Height = freshRoom }).IsFull;
            if (plan.IsPartial && tallerThanAPage)
            {
                placements.Add(new Placement(i, plan, used));
                return new Plan(SpacePlan.PartialRender(available.Width, used + plan.Height), headerHeight, placements);
            }

            // No last row alone at the top of the next page (a timeline's last date stood by itself in every guide:
            // blind review 20): when only the last row would move, the row before it goes too, if three or more were placed
            // (so that no row is left alone on this page instead).
            if (i == rows.Count - 1 && placements.Count(p => p.Plan.Draws) >= 3 && placements[^1].Plan.IsFull)
            {
                used = placements[^1].Top;
                placements.RemoveAt(placements.Count - 1);
            }

            return placedAny
                ? new Plan(SpacePlan.PartialRender(available.Width, used), headerHeight, placements)
                : new Plan(SpacePlan.Wrap, 0, []);
        }

        return new Plan(SpacePlan.FullRender(available.Width, used), headerHeight, placements);
    }
}

/// <summary>One row of a <see cref="TableElement"/>: its cells side by side, continued on the next page while any is not finished.</summary>
internal sealed class TableRow(Element[] cells, bool isHeader) : Element
{
    internal TableElement Table { get; set; } = null!;

    private sealed class Cursor
    {
        public bool[]? Finished;
    }

    public override string Description => isHeader ? "Table header row" : "Table row";

    protected internal override IEnumerable<Element> Children => cells;

    private bool[] Finished(LayoutState state) => StateIn<Cursor>(state).Finished ??= new bool[cells.Length];

    public override SpacePlan Measure(LayoutContext context, Size available)
    {
        var widths = Table.Widths(available.Width);
        var finished = Finished(context.State);
        double height = 0;
        bool anyDrawn = false, anyPartial = false;
        for (var i = 0; i < cells.Length; i++)
        {
            if (finished[i])
            {
                continue;
            }

            var plan = cells[i].Measure(context, new Size(widths[i], available.Height));
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

        return anyPartial ? SpacePlan.PartialRender(available.Width, height) : SpacePlan.FullRender(available.Width, height);
    }

    public override void Draw(DrawContext context, Rect area) => DrawCells(context, area, tagged: true);

    /// <summary>Draws the row; <paramref name="tagged"/> is false where the row is an artifact (a repeated header).</summary>
    internal void DrawCells(DrawContext context, Rect area, bool tagged)
    {
        var widths = Table.Widths(area.Width);
        var finished = Finished(context.State);
        var canvas = context.Canvas;
        if (tagged)
        {
            canvas.BeginStructure(StructureRole.TR, this);
        }

        var x = area.X;
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = new Rect(x, area.Y, widths[i], area.Height);
            x += widths[i];
            if (tagged)
            {
                canvas.BeginStructure(isHeader ? StructureRole.TH : StructureRole.TD, cells[i]);
            }

            if (!finished[i])
            {
                var plan = cells[i].Measure(context.Layout, SizeOf(cell));
                if (plan.Draws)
                {
                    cells[i].Draw(context, cell);
                }

                finished[i] = !plan.IsPartial;
            }

            if (tagged)
            {
                canvas.EndStructure();
            }
        }

        if (tagged)
        {
            canvas.EndStructure();
        }
    }

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available)
    {
        var widths = Table.Widths(available.Width);
        var finished = Finished(context.State);
        for (var i = 0; i < cells.Length; i++)
        {
            var size = new Size(widths[i], available.Height);
            if (!finished[i] && cells[i].Measure(context, size).IsWrap)
            {
                return [this, .. cells[i].BlockerPath(context, size)];
            }
        }

        return [this];
    }
}
