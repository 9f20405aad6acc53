using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>The house style of every handout: a readable serif for reading, a sans for headings, quiet colours that print well in grey.</summary>
internal static class HandoutStyle
{
    public static readonly Color Ink = Color.FromHex("#1F2328");
    public static readonly Color Muted = Color.FromHex("#5A6270");
    public static readonly Color Accent = Color.FromHex("#23466E");
    public static readonly Color Rule = Color.FromHex("#B8BEC8");
    public static readonly Color Tint = Color.FromHex("#F1F4F8");
    public static readonly Color Caution = Color.FromHex("#8A3B12");
    public static readonly Color CautionTint = Color.FromHex("#FBF1EA");

    public static readonly TextStyle Body = new(Fonts.Serif, 11, false, false, Ink, 1.4);
    public static readonly TextStyle Reading = Body with { Size = 11.5, LineHeight = 1.45 };
    public static readonly TextStyle Speaker = new(Fonts.Sans, 10.5, true, false, Accent, 1.45);
    public static readonly TextStyle Title = new(Fonts.Sans, 20, true, false, Ink, 1.2);
    public static readonly TextStyle Kicker = new(Fonts.Sans, 10, true, false, Accent, 1.3);
    public static readonly TextStyle Heading = new(Fonts.Sans, 13.5, true, false, Accent, 1.25);
    public static readonly TextStyle Subheading = new(Fonts.Sans, 11, true, false, Ink, 1.3);
    public static readonly TextStyle Label = new(Fonts.Sans, 9, false, false, Muted, 1.3);
    public static readonly TextStyle LabelBold = Label with { Bold = true };
    public static readonly TextStyle Small = Body with { Size = 9.5, Color = Muted };
    public static readonly TextStyle Footer = new(Fonts.Sans, 7.5, false, false, Muted, 1.25);
    public static readonly TextStyle LineNumber = new(Fonts.Sans, 7.5, false, false, Muted, 1.45);
    public static readonly TextStyle Starter = Body with { Italic = true, Color = Muted, Size = 10.5 };
    public static readonly TextStyle CautionText = new(Fonts.Sans, 9.5, false, false, Caution, 1.35);
    public static readonly TextStyle CautionTitle = CautionText with { Bold = true, Size = 10 };

    public const double Margin = 54; // three-quarters of an inch: room to hole-punch and to write
    public const double SectionGap = 14;
}
