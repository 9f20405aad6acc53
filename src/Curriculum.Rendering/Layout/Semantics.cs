namespace Curriculum.Rendering.Layout;

// The contract between what a document means and how the PDF is tagged (PDF/UA-1): the PDF renderer wraps each
// block in the role it plays; the engine and the PDF backend turn roles into the structure tree and marked content,
// and mark running headers, footers, rules and writing lines as artifacts.

/// <summary>A standard PDF structure type (ISO 32000-1, 14.8.4).</summary>
public enum StructureRole
{
    Document,
    Sect,
    Div,
    H1,
    H2,
    H3,
    P,
    L,
    LI,
    Lbl,
    LBody,
    BlockQuote,
    Note,
    Caption,
    Table,
    TR,
    TH,
    TD,
    Form,

    /// <summary>A link: its text and its annotation.</summary>
    Link,
}

/// <summary>What its child means in the document's structure (a heading, a paragraph, a list item, …).</summary>
public sealed class SemanticElement(StructureRole role, string? altText = null) : WrapperElement
{
    public StructureRole Role { get; } = role;

    /// <summary>Alternative text for screen readers, where the content itself does not say it (e.g. writing lines).</summary>
    public string? AltText { get; } = altText;

    public override void Draw(DrawContext context, Rect area)
    {
        context.Canvas.BeginStructure(Role, this, AltText);
        Content.Draw(context, area);
        context.Canvas.EndStructure();
    }
}

/// <summary>Content that is not part of the document's reading order: running headers and footers, rules, writing lines.</summary>
public sealed class ArtifactElement(ArtifactKind kind = ArtifactKind.Layout) : WrapperElement
{
    public ArtifactKind Kind { get; } = kind;

    public override void Draw(DrawContext context, Rect area)
    {
        context.Canvas.BeginArtifact(Kind);
        Content.Draw(context, area);
        context.Canvas.EndArtifact();
    }
}

/// <summary>An entry in the PDF's outline (bookmarks) pointing at where its child starts.</summary>
public sealed class BookmarkElement(string title, int level) : WrapperElement
{
    public string Title { get; } = title;

    /// <summary>1 for a top-level entry (a unit of the reader), 2 beneath it (a section of a guide).</summary>
    public int Level { get; } = level;

    private sealed class Cursor
    {
        public bool Placed;
    }

    public override void Draw(DrawContext context, Rect area)
    {
        var cursor = StateIn<Cursor>(context.State);
        if (!cursor.Placed)
        {
            context.Canvas.AddBookmark(Title, Level, area.Y);
            cursor.Placed = true;
        }

        Content.Draw(context, area);
    }
}

public static class SemanticExtensions
{
    /// <summary>Tags the content with a structure role.</summary>
    public static IContainer Semantic(this IContainer container, StructureRole role, string? altText = null)
    {
        var element = new SemanticElement(role, altText);
        container.Set(element);
        return element.Content;
    }

    /// <summary>Marks the content as an artifact: drawn, but not read aloud.</summary>
    public static IContainer Artifact(this IContainer container) => container.Artifact(ArtifactKind.Layout);

    /// <summary>Marks the content as an artifact of the given kind (a running header is <see cref="ArtifactKind.Pagination"/>).</summary>
    public static IContainer Artifact(this IContainer container, ArtifactKind kind)
    {
        var element = new ArtifactElement(kind);
        container.Set(element);
        return element.Content;
    }

    /// <summary>Adds an outline entry where the content starts.</summary>
    public static IContainer Bookmark(this IContainer container, string title, int level = 1)
    {
        var element = new BookmarkElement(title, level);
        container.Set(element);
        return element.Content;
    }

    /// <summary>
    /// A table: column widths as proportions, a header row repeated on every page the table spans, and rows that
    /// split only between rows (a row taller than a page splits where it stands). It tags itself: Table, TR, TH, TD;
    /// the header row repeated on a later page is an artifact.
    /// </summary>
    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        var table = new TableDescriptor();
        compose(table);
        container.Set(table.Build());
    }
}

/// <summary>Describes a table for <see cref="SemanticExtensions.Table"/>.</summary>
public sealed class TableDescriptor
{
    private readonly List<double> widths = [];
    private readonly List<Element> header = [];
    private readonly List<List<Element>> rows = [];

    public IReadOnlyList<double> Widths => widths;

    public IReadOnlyList<Element> Header => header;

    public IReadOnlyList<IReadOnlyList<Element>> Rows => rows;

    private double gridThickness;
    private Color gridColor = Color.Gray;

    /// <summary>Draws a line under the header and between rows (artifacts), <paramref name="thickness"/> points thick.</summary>
    public void RowLines(double thickness = 0.5, Color? color = null)
    {
        gridThickness = thickness;
        gridColor = color ?? Color.Gray;
    }

    /// <summary>The columns' shares of the width.</summary>
    public void Columns(params double[] proportions) => widths.AddRange(proportions);

    /// <summary>A cell of the header row, left to right.</summary>
    public IContainer HeaderCell()
    {
        var slot = new Slot();
        header.Add(slot);
        return slot;
    }

    /// <summary>Starts a new body row; fill its cells with <see cref="Cell"/>.</summary>
    public void NewRow() => rows.Add([]);

    /// <summary>The next cell of the current body row.</summary>
    public IContainer Cell()
    {
        if (rows.Count == 0)
        {
            NewRow();
        }

        var slot = new Slot();
        rows[^1].Add(slot);
        return slot;
    }

    internal TableElement Build()
    {
        var columns = Math.Max(header.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        if (columns == 0)
        {
            throw new InvalidOperationException("A table needs at least one cell.");
        }

        if (widths.Count != 0 && widths.Count < columns)
        {
            throw new InvalidOperationException($"The table has {columns} columns but widths for {widths.Count}.");
        }

        var shares = widths.Count == 0 ? [.. Enumerable.Repeat(1.0, columns)] : widths.ToArray();
        return new TableElement(shares, header.Count == 0 ? null : new TableRow([.. header], isHeader: true),
            [.. rows.Select(r => new TableRow([.. r], isHeader: false))], gridThickness, gridColor);
    }
}
