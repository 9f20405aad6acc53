namespace Curriculum.Rendering.Layout;

/// <summary>The font families every backend must provide (the PDF backend embeds them).</summary>
public static class Fonts
{
    /// <summary>Body text: Charis SIL (SIL Open Font License).</summary>
    public const string Serif = "Charis SIL";

    /// <summary>Headings: Lato (SIL Open Font License).</summary>
    public const string Sans = "Lato";
}
