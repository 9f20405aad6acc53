namespace Curriculum.Rendering.Layout;

/// <summary>
/// A node of the layout tree. <see cref="Measure"/> answers how much fits and changes nothing;
/// <see cref="Draw"/> is then given the same space, draws that much and moves its own cursor forward,
/// so that the next page resumes where this one stopped. The cursor lives in the pass's <see cref="LayoutState"/>,
/// never in the element: a new pass starts from fresh state, so there is nothing to forget to rewind.
/// </summary>
public abstract class Element
{
    /// <summary>Tolerance for comparing lengths in points.</summary>
    protected const double Epsilon = 1e-6;

    /// <summary>This element's slot in a <see cref="LayoutState"/>; numbered when the document is composed.</summary>
    internal int StateSlot { get; set; } = -1;

    /// <summary>The slot after the last of this element's subtree: the subtree's slots are <see cref="StateSlot"/> up to it.</summary>
    internal int StateSlotsEnd { get; set; } = -1;

    /// <summary>How much of what remains fits in <paramref name="available"/>. Pure.</summary>
    public abstract SpacePlan Measure(LayoutContext context, Size available);

    /// <summary>
    /// Draws into <paramref name="area"/>, which is the space that was offered to <see cref="Measure"/>
    /// (the element uses as much of it as its plan says), and advances past what it drew.
    /// </summary>
    public abstract void Draw(DrawContext context, Rect area);

    /// <summary>A short readable description for error messages, e.g. <c>Text "The first words…"</c>.</summary>
    public virtual string Description => GetType().Name.Replace("Element", "", StringComparison.Ordinal);

    /// <summary>True when this element must not end a page (a heading): a column keeps it with what follows.</summary>
    protected internal virtual bool KeepsWithNext => false;

    /// <summary>The chain of elements, outermost first, that explains why nothing fits in <paramref name="available"/>.</summary>
    protected internal virtual IEnumerable<Element> BlockerPath(LayoutContext context, Size available) => [this];

    protected static Size SizeOf(Rect area) => new(area.Width, area.Height);

    /// <summary>This element's cursor in the current pass, created fresh the first time it is asked for.</summary>
    protected T StateIn<T>(LayoutState state) where T : class, new() => state.Of<T>(this);

    /// <summary>The elements inside this one, for questions about the whole tree.</summary>
    protected internal virtual IEnumerable<Element> Children => [];

    /// <summary>True when what this element (or anything inside it) draws depends on the page: its number, the count, an anchor.</summary>
    internal bool DependsOnPage => this is PageTextElement || Children.Any(c => c.DependsOnPage);
}

/// <summary>
/// Where every element of a document has got to in one layout pass (the line a paragraph resumes at, the rows a
/// table has drawn). The page loop makes a new one for every pass and clears a subtree's slots before drawing it
/// again (a header on each page, a table's header row).
/// </summary>
public sealed class LayoutState
{
    private readonly object?[] slots;

    private LayoutState(int count) => slots = new object?[count];

    /// <summary>
    /// Numbers the elements of <paramref name="roots"/> (once per composed document), each subtree in one run of
    /// numbers so that it can be rewound at once; returns how many there are.
    /// </summary>
    internal static int Number(IEnumerable<Element> roots)
    {
        var next = 0;
        var shared = false;
        foreach (var root in roots)
        {
            Number(root, ref next, ref shared);
        }

        if (shared)
        {
            // An element placed twice keeps the slots of its last place, outside the runs of its first place's
            // ancestors: rewinding then walks the tree, as it did before runs.
            foreach (var root in roots)
            {
                ForgetRuns(root);
            }
        }

        return next;
    }

    private static void Number(Element element, ref int next, ref bool shared)
    {
        shared |= element.StateSlot >= 0;
        element.StateSlot = next++;
        foreach (var child in element.Children)
        {
            Number(child, ref next, ref shared);
        }

        element.StateSlotsEnd = next;
    }

    private static void ForgetRuns(Element element)
    {
        element.StateSlotsEnd = -1;
        foreach (var child in element.Children)
        {
            ForgetRuns(child);
        }
    }

    internal static LayoutState ForElements(int count) => new(count);

    internal T Of<T>(Element element) where T : class, new()
    {
        var slot = element.StateSlot;
        if (slot < 0 || slot >= slots.Length)
        {
            throw new InvalidOperationException($"{element.Description} is not part of the document being laid out.");
        }

        return slots[slot] as T ?? (T)(slots[slot] = new T());
    }

    /// <summary>Rewinds <paramref name="root"/> and everything inside it to the beginning.</summary>
    internal void Clear(Element root)
    {
        if (root.StateSlot >= 0 && root.StateSlotsEnd <= slots.Length && root.StateSlotsEnd > root.StateSlot)
        {
            // Headers and footers are rewound on every page: their slots in one go, without walking the tree.
            Array.Clear(slots, root.StateSlot, root.StateSlotsEnd - root.StateSlot);
            return;
        }

        if (root.StateSlot >= 0 && root.StateSlot < slots.Length)
        {
            slots[root.StateSlot] = null;
        }

        foreach (var child in root.Children)
        {
            Clear(child);
        }
    }
}

/// <summary>Receives the one element placed in a slot of the fluent API.</summary>
public interface IContainer
{
    void Set(Element element);
}

/// <summary>A place for exactly one element; empty until the fluent API fills it.</summary>
internal sealed class Slot : Element, IContainer
{
    private Element? child;

    public void Set(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (child is not null)
        {
            throw new InvalidOperationException(
                $"This container already holds {child.Description}; use a Column to hold several elements.");
        }

        child = element;
    }

    public override SpacePlan Measure(LayoutContext context, Size available) =>
        child?.Measure(context, available) ?? SpacePlan.Empty;

    public override void Draw(DrawContext context, Rect area) => child?.Draw(context, area);

    public override string Description => child?.Description ?? "empty container";

    protected internal override IEnumerable<Element> Children => child is null ? [] : [child];

    protected internal override bool KeepsWithNext => child?.KeepsWithNext ?? false;

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available) =>
        child?.BlockerPath(context, available) ?? [this];
}

/// <summary>An element that wraps one child, changing its space, look or behaviour.</summary>
public abstract class WrapperElement : Element
{
    internal Slot Content { get; } = new();

    public override SpacePlan Measure(LayoutContext context, Size available) => Content.Measure(context, available);

    public override void Draw(DrawContext context, Rect area) => Content.Draw(context, area);

    protected internal override IEnumerable<Element> Children => [Content];

    protected internal override bool KeepsWithNext => Content.KeepsWithNext;

    protected internal override IEnumerable<Element> BlockerPath(LayoutContext context, Size available) =>
        [this, .. Content.BlockerPath(context, available)];
}
