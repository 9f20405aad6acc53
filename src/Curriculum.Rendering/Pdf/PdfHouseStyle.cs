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

    /// <summary>
    /// Body text at 18 pt, everything else in proportion, and nothing a student reads under 18 pt (a note or a table
    /// cell shrunk in proportion would defeat the accommodation); only the running header, footer and line numbers,
    /// which are page furniture, stay smaller. Margins stay.
    /// </summary>
    public static readonly PdfHouseStyle LargePrint = new(18 / BodySize, floor: 18);

    /// <summary>
    /// Easy-read, after the British Dyslexia Association's style guide: the reading face is swapped for Andika by the
    /// renderer; here, 1.5 line spacing or more and no italics (emphasis is set in bold instead).
    /// </summary>
    public static readonly PdfHouseStyle EasyRead = new(1, lineHeightAtLeast: 1.5, italics: false);

    private PdfHouseStyle(double scale, double floor = 0, double lineHeightAtLeast = 0, bool italics = true)
    {
        Scale = scale;
        Italics = italics;
        double Sized(double size) => Math.Max(size * scale, floor);
        TextStyle Make(string family, double size, bool bold, Color color, double lineHeight) => new(family, Sized(size), bold, false, color, Math.Max(lineHeight, lineHeightAtLeast));

        Body = Make(Fonts.Serif, BodySize, false, Ink, 1.4);
        Reading = Body with { Size = Sized(11.5), LineHeight = Math.Max(1.45, lineHeightAtLeast) };
        Speaker = Make(Fonts.Sans, 10.5, true, Accent, 1.45);
        Title = Make(Fonts.Sans, 20, true, Ink, 1.2);
        Kicker = Make(Fonts.Sans, 10, true, Accent, 1.3);
        Heading = Make(Fonts.Sans, 13.5, true, Accent, 1.25);
        Subheading = Make(Fonts.Sans, 11, true, Ink, 1.3);
        Label = Make(Fonts.Sans, 9, false, Muted, 1.3);
        LabelBold = Label with { Bold = true };
        Small = Body with { Size = Sized(9.5), Color = Muted };
        // Page furniture (artifacts): scaled, never floored, so the header and footer keep to the margins.
        Footer = new(Fonts.Sans, 7.5 * scale, false, false, Muted, 1.25);
        LineNumber = new(Fonts.Sans, 7.5 * scale, false, false, Muted, 1.45);
        Starter = Body with { Italic = italics, Color = Muted, Size = Sized(10.5) };
        // The advisory's words in ink, its title and border in the caution colour: printed in grey on a school's
        // copier, coloured body text at 9.5 pt washed out (blind review 12).
        CautionText = Make(Fonts.Sans, 10, false, Ink, 1.35);
        CautionTitle = CautionText with { Bold = true, Size = Sized(10.5), Color = Caution };
        Cell = Make(Fonts.Sans, 10, false, Ink, 1.3);
        Running = new(Fonts.Sans, 9 * scale, false, false, Muted, 1.3);
    }

    public static PdfHouseStyle For(Edition edition) => edition switch
    {
        Edition.LargePrint => LargePrint,
        Edition.EasyRead => EasyRead,
        _ => Standard,
    };

    public double Scale { get; }

    /// <summary>False for easy-read: emphasis and interviews are not set in italics.</summary>
    public bool Italics { get; }

    /// <summary>The running header (page furniture, as <see cref="Label"/> but never floored).</summary>
    public TextStyle Running { get; }

    /// <summary>The text of a table cell.</summary>
    public TextStyle Cell { get; }

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
