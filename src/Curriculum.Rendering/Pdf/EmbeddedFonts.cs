using System.Reflection;
using Curriculum.Rendering.Layout;
using PdfSharp.Fonts;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Serves the font files embedded in this assembly to PDFsharp. PDFsharp's resolver is process-wide state,
/// so it is installed here and nowhere else, once, under a lock; so is its raw encoding (<see cref="PdfRawEncoding"/>,
/// the same bytes with fewer copies).
/// </summary>
public static class EmbeddedFonts
{
    private static readonly Lock Gate = new();
    private static bool installed;

    /// <summary>Installs the resolver unless it is already in place. Safe to call from any thread, any number of times.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (installed)
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is { } other and not Resolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({other.GetType().Name}); Curriculum must be the only one to set it.");
            }

            GlobalFontSettings.FontResolver ??= new Resolver();
            PdfRawEncoding.Install();
            installed = true;
        }
    }

    private sealed class Resolver : IFontResolver
    {
        private static readonly Dictionary<string, string> FilePrefixes = new(StringComparer.OrdinalIgnoreCase)
        {
            [Fonts.Serif] = "CharisSIL",
            [Fonts.Sans] = "Lato",
            [Fonts.EasyRead] = "Andika",
        };

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            if (!FilePrefixes.TryGetValue(familyName, out var prefix))
            {
                return null;
            }

            var face = (bold, italic) switch
            {
                (true, true) => "BoldItalic",
                (true, false) => "Bold",
                (false, true) => "Italic",
                _ => "Regular",
            };
            return new FontResolverInfo($"{prefix}-{face}");
        }

        public byte[]? GetFont(string faceName)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"fonts/{faceName}.ttf");
            if (stream is null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
