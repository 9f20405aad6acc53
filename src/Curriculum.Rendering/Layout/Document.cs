namespace Curriculum.Rendering.Layout;

/// <summary>What a PDF says about itself. No timestamp unless given, so the same document gives the same bytes.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Subject { get; init; }
    public string? Author { get; init; }
    public string? Keywords { get; init; }

    /// <summary>BCP 47 language tag, written as the PDF's /Lang.</summary>
    public string Language { get; init; } = "en-US";

    public string Creator { get; init; } = "Curriculum";
    public DateTimeOffset? CreationDate { get; init; }
}

/// <summary>Entry point of the fluent API.</summary>
public static class Document
{
    /// <summary>
    /// Describes a document. <paramref name="compose"/> runs again on every render, so a definition can be
    /// rendered many times, also concurrently; it should build the same content each time.
    /// </summary>
    public static DocumentDefinition Create(Action<DocumentDescriptor> compose)
    {
        var definition = new DocumentDefinition(compose);
        definition.Prepare();
        return definition;
    }
}

/// <summary>A document ready to be written by a backend.</summary>
public sealed class DocumentDefinition
{
    private readonly Action<DocumentDescriptor> compose;

    /// <summary>
    /// The tree composed when the definition was made (which checks that it composes), not yet laid out: the first
    /// render takes it instead of composing again. Every other render composes its own.
    /// </summary>
    private ComposedDocument? unused;
    private DocumentMetadata? metadata;

    internal DocumentDefinition(Action<DocumentDescriptor> compose) => this.compose = compose;

    /// <summary>What the document says about itself (the same on every composition).</summary>
    public DocumentMetadata Metadata => metadata ??= Build().Metadata;

    internal void Prepare()
    {
        var first = Build();
        metadata = first.Metadata;
        unused = first;
    }

    /// <summary>A fresh element tree, never laid out before; each render works on its own.</summary>
    internal ComposedDocument Compose() => Interlocked.Exchange(ref unused, null) ?? Build();

    private ComposedDocument Build()
    {
        var descriptor = new DocumentDescriptor();
        compose(descriptor);
        return descriptor.Build();
    }
}

internal sealed record ComposedDocument(DocumentMetadata Metadata, IReadOnlyList<PageSection> Sections, IReadOnlyDictionary<string, string> FontSubstitutions)
{
    private int? elementCount;

    /// <summary>How many elements the document holds, numbered for <see cref="LayoutState"/> when first asked (before the first pass).</summary>
    public int ElementCount => elementCount ??= LayoutState.Number(Sections.SelectMany(s => new[] { s.Header, s.Content, s.Footer }));
}

/// <summary>A run of pages sharing paper, margins, header and footer.</summary>
internal sealed record PageSection(PaperSize Size, Thickness Margins, Element Header, Element Content, Element Footer, string? Anchor);

public sealed class DocumentDescriptor
{
    private readonly List<PageDescriptor> pages = [];
    private readonly Dictionary<string, string> substitutions = new(StringComparer.Ordinal);
    private DocumentMetadata metadata = new();

    public void Metadata(DocumentMetadata value) => metadata = value;

    /// <summary>Sets every run of <paramref name="family"/> in <paramref name="replacement"/> instead (e.g. an easy-reading edition).</summary>
    public void SubstituteFont(string family, string replacement) => substitutions[family] = replacement;

    /// <summary>Adds a section of pages; each section starts on a new page.</summary>
    public void Page(Action<PageDescriptor> compose)
    {
        var page = new PageDescriptor();
        compose(page);
        pages.Add(page);
    }

    internal ComposedDocument Build() => new(metadata, [.. pages.Select(p => p.Build())], substitutions);
}

public sealed class PageDescriptor
{
    private readonly Slot header = new();
    private readonly Slot content = new();
    private readonly Slot footer = new();
    private PaperSize size = PaperSize.Letter;
    private Thickness margins = Thickness.All(54);
    private string? anchor;

    public void Size(PaperSize paper) => size = paper;

    public void Margin(double all) => margins = Thickness.All(all);

    public void Margin(Thickness value) => margins = value;

    /// <summary>Names this section so page-aware text can say where it starts (<see cref="PageContext.PageOf"/>).</summary>
    public void Anchor(string name) => anchor = name;

    /// <summary>Drawn at the top of every page of this section.</summary>
    public IContainer Header() => header;

    public IContainer Content() => content;

    /// <summary>Drawn at the foot of every page of this section.</summary>
    public IContainer Footer() => footer;

    internal PageSection Build() => new(size, margins, header, content, footer, anchor);
}
