namespace Curriculum.Rendering.Layout;

/// <summary>A width and height in points (1/72 inch).</summary>
public readonly record struct Size(double Width, double Height);

/// <summary>A rectangle in points; y runs downward from the top of the page.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>Space kept clear on each side of a box, in points.</summary>
public readonly record struct Thickness(double Left, double Top, double Right, double Bottom)
{
    public static Thickness All(double value) => new(value, value, value, value);

    public double Horizontal => Left + Right;
    public double Vertical => Top + Bottom;
}

/// <summary>An opaque RGB colour.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static readonly Color Black = new(0, 0, 0);
    public static readonly Color White = new(255, 255, 255);
    public static readonly Color Gray = new(128, 128, 128);
    public static readonly Color LightGray = new(220, 220, 220);

    /// <summary>Parses "#RRGGBB" or "RRGGBB".</summary>
    public static Color FromHex(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length != 6)
        {
            throw new FormatException($"Expected a colour as #RRGGBB, got \"{hex}\".");
        }

        var value = Convert.ToInt32(digits, 16);
        return new Color((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}

/// <summary>A sheet of paper, in points.</summary>
public sealed record PaperSize(double Width, double Height)
{
    public static readonly PaperSize Letter = new(612, 792);
    public static readonly PaperSize A4 = new(595.28, 841.89);
}
