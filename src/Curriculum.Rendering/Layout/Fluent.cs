namespace Curriculum.Rendering.Layout;

/// <summary>A reusable piece of a document that composes itself into a container.</summary>
public interface IComponent
{
    void Compose(IContainer container);
}

/// <summary>The fluent vocabulary: each method places one element into a container.</summary>
public static class ContainerExtensions
{
    public static IContainer Padding(this IContainer container, double all) =>
        container.Padding(Thickness.All(all));

    public static IContainer PaddingHorizontal(this IContainer container, double value) =>
        container.Padding(new Thickness(value, 0, value, 0));

    public static IContainer PaddingVertical(this IContainer container, double value) =>
        container.Padding(new Thickness(0, value, 0, value));

    public static IContainer PaddingTop(this IContainer container, double value) =>
        container.Padding(new Thickness(0, value, 0, 0));

    public static IContainer PaddingBottom(this IContainer container, double value) =>
        container.Padding(new Thickness(0, 0, 0, value));

    public static IContainer PaddingLeft(this IContainer container, double value) =>
        container.Padding(new Thickness(value, 0, 0, 0));

    public static IContainer PaddingRight(this IContainer container, double value) =>
        container.Padding(new Thickness(0, 0, value, 0));

    public static IContainer Padding(this IContainer container, Thickness padding) =>
        container.Wrap(new PaddingElement(padding));

    public static IContainer Border(this IContainer container, double thickness, Color? color = null) =>
        container.Wrap(new BoxElement(thickness, color ?? Color.Black, null));

    public static IContainer Background(this IContainer container, Color color) =>
        container.Wrap(new BoxElement(0, color, color));

    /// <summary>Moves the content whole to the next page rather than split it (unless it is taller than a page).</summary>
    public static IContainer KeepTogether(this IContainer container) => container.Wrap(new KeepTogetherElement());

    /// <summary>Inside a column: never end a page with this item (use for headings).</summary>
    public static IContainer KeepWithNext(this IContainer container) => container.Wrap(new KeepWithNextElement());

    public static IContainer Hyperlink(this IContainer container, Uri target) => container.Wrap(new LinkElement(target));

    /// <summary>Names the content for layout error messages.</summary>
    public static IContainer Name(this IContainer container, string name) => container.Wrap(new NamedElement(name));

    public static void Column(this IContainer container, Action<ColumnDescriptor> compose)
    {
        var descriptor = new ColumnDescriptor();
        compose(descriptor);
        container.Set(descriptor.Build());
    }

    public static void Row(this IContainer container, Action<RowDescriptor> compose)
    {
        var descriptor = new RowDescriptor();
        compose(descriptor);
        container.Set(descriptor.Build());
    }

    public static void Text(this IContainer container, string text, TextStyle? style = null,
        TextAlignment alignment = TextAlignment.Left) =>
        container.Set(new TextElement([new TextSpan(text, style ?? TextStyle.Default)], alignment));

    public static void Text(this IContainer container, Action<TextDescriptor> compose)
    {
        var descriptor = new TextDescriptor();
        compose(descriptor);
        container.Set(descriptor.Build());
    }

    /// <summary>Text that depends on the page, e.g. <c>ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}"</c>.</summary>
    public static void Text(this IContainer container, Func<PageContext, string> text, TextStyle? style = null,
        TextAlignment alignment = TextAlignment.Left) =>
        container.Set(new PageTextElement(text, style ?? TextStyle.Default, alignment));

    public static void Rule(this IContainer container, double thickness = 0.75, Color? color = null) =>
        container.Set(new RuleElement(thickness, color ?? Color.Black));

    /// <summary>Ruled writing lines, <paramref name="spacing"/> points apart.</summary>
    public static void Lines(this IContainer container, int count, double spacing = 24, double thickness = 0.5,
        Color? color = null) =>
        container.Set(new WritingLinesElement(count, spacing, thickness, color ?? Color.Gray));

    public static void Spacer(this IContainer container, double height) => container.Set(new SpacerElement(height));

    public static void PageBreak(this IContainer container) => container.Set(new PageBreakElement());

    public static void Component(this IContainer container, IComponent component) => component.Compose(container);

    private static IContainer Wrap(this IContainer container, WrapperElement wrapper)
    {
        container.Set(wrapper);
        return wrapper.Content;
    }
}

public sealed class ColumnDescriptor
{
    private readonly List<Slot> items = [];
    private double spacing;

    public void Spacing(double points) => spacing = points;

    public IContainer Item()
    {
        var slot = new Slot();
        items.Add(slot);
        return slot;
    }

    internal ColumnElement Build() => new([.. items], spacing);
}

public sealed class RowDescriptor
{
    private readonly List<(Element, RowItemWidth)> items = [];
    private double spacing;

    public void Spacing(double points) => spacing = points;

    public IContainer ConstantItem(double width) => Add(RowItemWidth.Constant(width));

    public IContainer RelativeItem(double weight = 1) => Add(RowItemWidth.Relative(weight));

    private Slot Add(RowItemWidth width)
    {
        var slot = new Slot();
        items.Add((slot, width));
        return slot;
    }

    internal RowElement Build() => new([.. items], spacing);
}

public sealed class TextDescriptor
{
    private readonly List<TextSpan> spans = [];
    private TextStyle defaultStyle = TextStyle.Default;
    private TextAlignment alignment = TextAlignment.Left;

    /// <summary>The style of spans given without one.</summary>
    public void DefaultStyle(TextStyle style) => defaultStyle = style;

    public void Span(string text, TextStyle? style = null) => spans.Add(new TextSpan(text, style ?? defaultStyle));

    /// <summary>A span followed by a line break.</summary>
    public void Line(string text, TextStyle? style = null) => Span(text + "\n", style);

    public void AlignLeft() => alignment = TextAlignment.Left;

    public void AlignCenter() => alignment = TextAlignment.Center;

    public void AlignRight() => alignment = TextAlignment.Right;

    internal TextElement Build() => new([.. spans], alignment);
}
