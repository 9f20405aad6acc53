namespace Curriculum.Rendering.Layout;

/// <summary>What a backend needs to pick and size a face.</summary>
public readonly record struct FontSpec(string Family, double Size, bool Bold = false, bool Italic = false);

/// <summary>The look of a run of text. <see cref="LineHeight"/> is a multiple of the font size.</summary>
public sealed record TextStyle(string Family, double Size, bool Bold, bool Italic, Color Color, double LineHeight)
{
    public static readonly TextStyle Default = new(Fonts.Serif, 11, false, false, Color.Black, 1.35);
    public static readonly TextStyle Heading = new(Fonts.Sans, 16, true, false, Color.Black, 1.2);
    public static readonly TextStyle Small = Default with { Size = 9 };

    public FontSpec Font => new(Family, Size, Bold, Italic);

    public TextStyle WithSize(double size) => this with { Size = size };
    public TextStyle WithFamily(string family) => this with { Family = family };
    public TextStyle WithColor(Color color) => this with { Color = color };
    public TextStyle WithLineHeight(double lineHeight) => this with { LineHeight = lineHeight };
    public TextStyle AsBold(bool bold = true) => this with { Bold = bold };
    public TextStyle AsItalic(bool italic = true) => this with { Italic = italic };
}
