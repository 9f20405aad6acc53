namespace Curriculum.Rendering.Layout;

/// <summary>The font families every backend must provide (the PDF backend embeds them).</summary>
public static class Fonts
{
    /// <summary>Body text: Charis SIL (SIL Open Font License).</summary>
    public const string Serif = "Charis SIL";

    /// <summary>Headings: Lato (SIL Open Font License).</summary>
    public const string Sans = "Lato";

    /// <summary>
    /// The easy-reading face: Andika (SIL Open Font License), designed for beginning readers, with letters that are
    /// hard to confuse (b d p q, I l 1). Offered for readers with dyslexia; OpenDyslexic ships only CFF outlines,
    /// which PDFsharp 6.2.4 cannot embed.
    /// </summary>
    public const string EasyRead = "Andika";
}
