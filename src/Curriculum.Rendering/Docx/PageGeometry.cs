using Curriculum.Core.Teaching;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// A sheet of paper in twentieths of a point (twips), Word's unit: the page, its margins, and the width left for text.
/// </summary>
internal sealed record PageGeometry(Paper Paper, int Width, int Height)
{
    /// <summary>Three-quarter-inch margins: room to hold the sheet and to punch it, and most of it for the reading.</summary>
    public const int Margin = 1080;

    /// <summary>Header and footer sit halfway into the margin.</summary>
    public const int HeaderDistance = 540;

    public static readonly PageGeometry Letter = new(Paper.Letter, 12240, 15840);
    public static readonly PageGeometry A4 = new(Paper.A4, 11906, 16838);

    public int TextWidth => Width - 2 * Margin;

    public static PageGeometry For(Paper paper) => paper == Paper.A4 ? A4 : Letter;
}
