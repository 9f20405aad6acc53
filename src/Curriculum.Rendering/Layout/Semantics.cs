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
}

/// <summary>What its child means in the document's structure (a heading, a paragraph, a list item, …).</summary>
public sealed class SemanticElement(StructureRole role, string? altText = null) : WrapperElement
{
    public StructureRole Role { get; } = role;

    /// <summary>Alternative text for screen readers, where the content itself does not say it (e.g. writing lines).</summary>
    public string? AltText { get; } = altText;
}

/// <summary>Content that is not part of the document's reading order: running headers and footers, rules, writing lines.</summary>
public sealed class ArtifactElement : WrapperElement;

/// <summary>An entry in the PDF's outline (bookmarks) pointing at where its child starts.</summary>
public sealed class BookmarkElement(string title, int level) : WrapperElement
{
    public string Title { get; } = title;

    /// <summary>1 for a top-level entry (a unit of the reader), 2 beneath it (a section of a guide).</summary>
    public int Level { get; } = level;
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
    public static IContainer Artifact(this IContainer container)
    {
        var element = new ArtifactElement();
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
    /// split only between rows. (This first version lays the rows out as a column; the engine's table element
    /// replaces it.)
    /// </summary>
    public static void Table(this IContainer container, Action<TableDescriptor> compose)
    {
        var table = new TableDescriptor();
        compose(table);
        container.Column(col =>
        {
            foreach (var row in table.AllRows)
            {
                col.Item().Row(r =>
                {
                    for (var i = 0; i < row.Count; i++)
                    {
                        r.RelativeItem(table.Widths[i]).Set(row[i]);
                    }
                });
            }
        });
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

    internal IEnumerable<IReadOnlyList<Element>> AllRows => header.Count > 0 ? [header, .. rows] : rows;

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
}
