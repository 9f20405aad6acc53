using Curriculum.Core.Teaching;

namespace Curriculum.Rendering.Documents;

// The kit's documents described once, knowing nothing of PDF, Word or HTML: a tree of the blocks a teacher would
// name (headings, paragraphs, quotations, lists, tables, writing space, fields, callouts). Each renderer in
// Pdf/, Docx/ and Html/ draws this tree; none of them knows what a lesson is.

/// <summary>A whole document: what it says about itself, how it is printed, and its sections in reading order.</summary>
public sealed record HandoutDocument(
    DocumentInfo Info,
    PageSetup Setup,
    IReadOnlyList<Section> Sections);

/// <summary>
/// What the document says about itself. <see cref="Title"/> is shown in a viewer's title bar;
/// <see cref="Language"/> is a BCP 47 tag.
/// </summary>
public sealed record DocumentInfo(string Title, string Subject, string Keywords = "", string Language = "en-US", string Author = "Curriculum");

/// <summary>
/// Paper, edition, and the running header and footer of every page. The header shows <see cref="HeaderLeft"/> and the
/// section's <see cref="Section.RunningTitle"/>; the footer shows <see cref="Footer"/> (the source attribution) and
/// "Page n of m".
/// </summary>
public sealed record PageSetup(Paper Paper, Edition Edition, string HeaderLeft, string Footer);

/// <summary>
/// A run of content that starts on a new page. <see cref="Id"/> is stable (a unit id) and lets a
/// <see cref="Contents"/> block point at it; <see cref="Bookmark"/>, when given, is its entry in the PDF's outline.
/// </summary>
public sealed record Section(string Id, string RunningTitle, string? Bookmark, IReadOnlyList<Block> Blocks)
{
    /// <summary>The running header's left side for this section's pages, where it is not the document's (a sheet for a student inside a teacher's guide); null: the document's.</summary>
    public string? HeaderLeft { get; init; }
}

/// <summary>One block of a section.</summary>
public abstract record Block;

/// <summary>A heading, level 1 to 3. Level 1 is the section's title; level 2 its parts (also PDF bookmarks); level 3 within a part.</summary>
public sealed record Heading(int Level, string Text) : Block
{
    public int Level { get; } = Level is >= 1 and <= 3 ? Level : throw new ArgumentOutOfRangeException(nameof(Level), Level, "a heading is level 1, 2 or 3");
}

/// <summary>What a paragraph is for; each renderer maps it to a named style (a teacher edits styles, not formatting).</summary>
public enum ParagraphRole
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A short line above a title naming the document or series.</summary>
    Kicker,

    /// <summary>Smaller, quieter text: a source note, an instruction, a reference.</summary>
    Note,

    /// <summary>A sentence starter for a student to continue.</summary>
    Starter,
}

/// <summary>A paragraph of inline runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs, ParagraphRole Role = ParagraphRole.Body) : Block
{
    public Paragraph(string text, ParagraphRole role = ParagraphRole.Body)
        : this([new Run(text)], role)
    {
    }

    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>How a run of text is set.</summary>
public enum RunStyle
{
    Plain,
    Emphasis,
    Strong,
}

/// <summary>A run of text in one style.</summary>
public sealed record Run(string Text, RunStyle Style = RunStyle.Plain);

/// <summary>Whose voice a quotation is in: the three must never be confused on the page.</summary>
public enum Voice
{
    /// <summary>A line of an intercepted call.</summary>
    Call,

    /// <summary>What someone told the AP later, in an interview (not an intercept).</summary>
    Interview,

    /// <summary>The AP's own narration.</summary>
    Narration,
}

/// <summary>
/// Words of the article, verbatim (<see cref="Words"/> is exactly the seed's text), with who said them as a teacher
/// would name them (null for the AP's narration) and the seed's line number.
/// </summary>
public sealed record Quotation(string? Speaker, string Words, int Line, Voice Voice) : Block
{
    /// <summary>Whether a speaker's label already says how the words reached the article ("The AP, quoting Leonid’s mother in a later interview"), so a renderer does not say it twice.</summary>
    public static bool NamesItsVoice(string? speaker) => speaker?.Contains("interview", StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>
/// A bulleted or numbered list. Each item has its first paragraph and, optionally, more blocks under it (a starter,
/// writing space, a nested list), indented with the item.
/// </summary>
public sealed record ListBlock(bool Numbered, IReadOnlyList<ListItem> Items) : Block
{
    public static ListBlock Bullets(IEnumerable<string> items) => new(false, [.. items.Select(i => new ListItem(i))]);
}

/// <summary>
/// One item of a list. <see cref="KeepTogether"/> asks that the item not be split across pages when it fits on one.
/// </summary>
public sealed record ListItem(IReadOnlyList<Run> Text, IReadOnlyList<Block> More, bool KeepTogether = false)
{
    public ListItem(string text)
        : this([new Run(text)], [])
    {
    }

    public string PlainText => string.Concat(Text.Select(r => r.Text));
}

/// <summary>A table with a header row; column widths are proportions of the width available. A long table splits between rows and repeats its header.</summary>
public sealed record Table(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows, string? Caption = null) : Block;

/// <summary>A column: its header text and its share of the width.</summary>
public sealed record TableColumn(string Header, double Width = 1);

/// <summary>A cell: one or more paragraphs of runs (an empty cell is room to write in).</summary>
public sealed record TableCell(IReadOnlyList<Run> Runs)
{
    public TableCell(string text)
        : this(text.Length == 0 ? [] : [new Run(text)])
    {
    }

    public static TableCell Empty { get; } = new([]);

    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>Ruled lines to write on.</summary>
public sealed record WritingSpace(int Lines) : Block;

/// <summary>Labelled lines to fill in at the top of a sheet: Name, Class, Date.</summary>
public sealed record FormFields(IReadOnlyList<string> Labels) : Block
{
    public static FormFields NameClassDate { get; } = new(["Name", "Class", "Date"]);
}

/// <summary>What a callout is: an advisory is set apart more strongly than a note.</summary>
public enum CalloutKind
{
    /// <summary>A content advisory.</summary>
    Advisory,

    /// <summary>A boxed note: norms, the opt-out task, notes for students with ties to Ukraine or Russia.</summary>
    Note,
}

/// <summary>A boxed block with a title that is never split across pages (when it fits on one).</summary>
public sealed record Callout(CalloutKind Kind, string Title, IReadOnlyList<Block> Body) : Block;

/// <summary>Blocks kept on one page when they fit on one.</summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block;

/// <summary>A table of contents: one entry per section named, with the page it starts on where the output has pages.</summary>
public sealed record Contents(IReadOnlyList<ContentsEntry> Entries) : Block;

/// <summary>An entry of <see cref="Contents"/>: a label (a unit id), a title, and the <see cref="Section.Id"/> it points at.</summary>
public sealed record ContentsEntry(string Label, string Title, string SectionId);
