using Curriculum.Core.Teaching;
using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// The house style of every PDF: a readable serif for reading, a sans for headings, quiet colours that print well in
/// grey. One instance per edition: the large-print edition scales every size so body text is 18 pt.
/// </summary>
internal sealed class PdfHouseStyle
{
    public static readonly Color Ink = Color.FromHex("#1F2328");
    public static readonly Color Muted = Color.FromHex("#5A6270");
    public static readonly Color Accent = Color.FromHex("#23466E");
    public static readonly Color Rule = Color.FromHex("#B8BEC8");
    public static readonly Color Tint = Color.FromHex("#F1F4F8");
    public static readonly Color Caution = Color.FromHex("#8A3B12");
    public static readonly Color CautionTint = Color.FromHex("#FBF1EA");

    public const double Margin = 54; // three-quarters of an inch: room to hole-punch and to write
    public const double TopMargin = 40;
    public const double BottomMargin = 34;

    private const double BodySize = 11;

    public static readonly PdfHouseStyle Standard = new(1);

    /// <summary>Body text at 18 pt, everything else in proportion; margins stay.</summary>
    public static readonly PdfHouseStyle LargePrint = new(18 / BodySize);

    private PdfHouseStyle(double scale)
    {
        Scale = scale;
        TextStyle Make(string family, double size, bool bold, Color color, double lineHeight) => new(family, size * scale, bold, false, color, lineHeight);

        Body = Make(Fonts.Serif, BodySize, false, Ink, 1.4);
        Reading = Body with { Size = 11.5 * scale, LineHeight = 1.45 };
        Speaker = Make(Fonts.Sans, 10.5, true, Accent, 1.45);
        Title = Make(Fonts.Sans, 20, true, Ink, 1.2);
        Kicker = Make(Fonts.Sans, 10, true, Accent, 1.3);
        Heading = Make(Fonts.Sans, 13.5, true, Accent, 1.25);
        Subheading = Make(Fonts.Sans, 11, true, Ink, 1.3);
        Label = Make(Fonts.Sans, 9, false, Muted, 1.3);
        LabelBold = Label with { Bold = true };
        Small = Body with { Size = 9.5 * scale, Color = Muted };
        Footer = Make(Fonts.Sans, 7.5, false, Muted, 1.25);
        LineNumber = Make(Fonts.Sans, 7.5, false, Muted, 1.45);
        Starter = Body with { Italic = true, Color = Muted, Size = 10.5 * scale };
        CautionText = Make(Fonts.Sans, 9.5, false, Caution, 1.35);
        CautionTitle = CautionText with { Bold = true, Size = 10 * scale };
    }

    public static PdfHouseStyle For(Edition edition) => edition == Edition.LargePrint ? LargePrint : Standard;

    public double Scale { get; }

    public TextStyle Body { get; }
    public TextStyle Reading { get; }
    public TextStyle Speaker { get; }
    public TextStyle Title { get; }
    public TextStyle Kicker { get; }
    public TextStyle Heading { get; }
    public TextStyle Subheading { get; }
    public TextStyle Label { get; }
    public TextStyle LabelBold { get; }
    public TextStyle Small { get; }
    public TextStyle Footer { get; }
    public TextStyle LineNumber { get; }
    public TextStyle Starter { get; }
    public TextStyle CautionText { get; }
    public TextStyle CautionTitle { get; }

    public double SectionGap => 14 * Scale;

    /// <summary>Room for the list label ("12.") beside an item.</summary>
    public double ListIndent => 22 * Scale;

    /// <summary>Room for the seed's line number beside a line of the reading.</summary>
    public double LineNumberWidth => 30 * Scale;

    public double WritingLineSpacing => 22 * Scale;

    public static PaperSize SizeOf(Paper paper) => paper == Paper.A4 ? PaperSize.A4 : PaperSize.Letter;
}
