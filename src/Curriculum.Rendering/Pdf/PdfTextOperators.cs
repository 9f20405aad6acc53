using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Internal;
using static Curriculum.Rendering.Pdf.PdfRendererAccess;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Writes a line of text into a page's content stream exactly as PDFsharp 6.2.4's <c>XGraphics.DrawString</c> does
/// (the same operators and bytes, the same graphics state left behind, the same glyphs recorded for the font subset
/// and its ToUnicode map), without the work DrawString repeats on every call: a line's glyph indices and its hex
/// string are worked out once per face and text for the process (the same lines recur in every handout; at most
/// 8 MB of them are kept), a line's glyphs are recorded once per document, and the position is formatted without
/// boxing.
/// <para>
/// It calls PDFsharp's own state code (<c>BeginPage</c>, <c>RealizeTransform</c>, <c>BeginTextMode</c>,
/// <c>RealizeBrush</c>, <c>AdjustTdOffset</c>, <c>WorldToView</c>) through <see cref="UnsafeAccessorAttribute"/>, and
/// repeats only the font part of <c>PdfGraphicsState.RealizeFont</c>, whose signature names an internal enum an
/// accessor cannot name. That is safe only because PDFsharp is pinned at 6.2.4 (later versions are AGPL and never
/// taken); a member that is not there fails loudly, and <c>PdfSharpShortcutsTests</c> draws the whole kit both ways
/// and requires the same bytes. The first text of each face in a document, and anything this does not cover
/// (simulated bold or italic, underline, symbol or ANSI fonts, coloured glyphs, a PDF/UA manager, another text
/// rendering mode), goes through DrawString itself.
/// </para>
/// </summary>
internal sealed class PdfTextOperators
{
    private const string RendererType = PdfRendererAccess.RendererType;
    private const string StateType = PdfRendererAccess.StateType;

    /// <summary>
    /// Bounded by size (a line's entry is about 20 bytes a character: its glyph pairs, its hex string, the key), so that
    /// untrusted template text cannot take the server's memory: once full it keeps what it has and adds nothing.
    /// </summary>
    private const long MaxSharedBytes = 8L * 1024 * 1024;

    private static long sharedBytes;

    private static readonly ConcurrentDictionary<(XGlyphTypeface Face, string Text), Glyphs> SharedLines = new();

    private readonly Dictionary<XGlyphTypeface, PdfFont> fonts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<XFont, bool> covered = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Glyphs> recorded = new(ReferenceEqualityComparer.Instance);
    private readonly PdfDocument document;

    public PdfTextOperators(PdfDocument document)
    {
        this.document = document;
    }

    /// <summary>A line's glyphs as PDFsharp records them, and the hex string it writes for them.</summary>
    private sealed record Glyphs(CodePointGlyphIndexPair[] Pairs, string Hex);

    /// <summary>One page's drawing: PDFsharp's renderer behind <paramref name="graphics"/>.</summary>
    public Page For(PdfPage page, XGraphics graphics) => new(this, page, graphics);

    internal sealed class Page(PdfTextOperators owner, PdfPage page, XGraphics graphics)
    {
        private readonly object renderer = RendererOf(graphics)
            ?? throw new InvalidOperationException("PDFsharp gave no renderer for the page.");

        private readonly StringBuilder content = graphics.Internals.ContentStringBuilder
            ?? throw new InvalidOperationException("PDFsharp gave no content stream.");

        /// <summary>Draws <paramref name="text"/> with its baseline's left end at (<paramref name="x"/>, <paramref name="y"/>), as <c>DrawString</c> with <see cref="XStringFormats.BaseLineLeft"/> does.</summary>
        public void DrawString(string text, XFont font, XBrush brush, double x, double y)
        {
            if (text.Length == 0)
            {
                return;
            }

            var face = GlyphTypefaceOf(font);
            if (!owner.Covers(font, face) || !owner.fonts.TryGetValue(face, out var pdfFont) || !TryWrite(text, font, face, pdfFont, brush, x, y))
            {
                graphics.DrawString(text, font, brush, x, y, PdfTextMeasurer.BaseLineLeft);
                if (owner.Covers(font, face) && RealizedFont(StateOf(renderer)) is { } realized)
                {
                    owner.fonts.TryAdd(face, realized);
                }
            }
        }

        private bool TryWrite(string text, XFont font, XGlyphTypeface face, PdfFont pdfFont, XBrush brush, double x, double y)
        {
            var state = StateOf(renderer);
            // RealizeFont would write Tr or Tc here; DrawString handles those (they never occur in the kit).
            if (RealizedRenderingMode(state) != 0 || RealizedCharSpace(state) != 0 || ItalicSimulationOn(state))
            {
                return false;
            }

            var glyphs = Shape(font, face, text);
            var size = font.Size;

            // XGraphicsPdfRenderer.Realize(glyphTypeface, size, brush, 0, Type0Unicode):
            BeginPage(renderer);
            RealizeTransform(renderer);
            BeginTextMode(renderer);
            // Starting the page or its transform pushes a saved state: the current one is another object now.
            state = StateOf(renderer);
            // PdfGraphicsState.RealizeFont: the brush, then the font resource and Tf when the font or size changed.
            RealizeBrush(state, brush, ColorModeOf(renderer), 0, size);
            ref var realizedFont = ref RealizedFont(state);
            realizedFont = null;
            var name = page.Resources.AddFont(pdfFont);
            realizedFont = pdfFont;
            ref var realizedName = ref RealizedFontName(state);
            ref var realizedSize = ref RealizedFontSize(state);
            if (name != realizedName || realizedSize != size)
            {
                content.Append(CultureInfo.InvariantCulture, $"{name} {size:0.###} Tf\n");
                realizedName = name;
                realizedSize = size;
            }

            // PdfFont.AddChars only adds what is not there yet: a line recorded once in a document is recorded, and so
            // is one whose every character this font was given before (most lines, after a page or two).
            if (owner.recorded.Add(glyphs) && owner.GivesNewCharacters(pdfFont, glyphs.Pairs))
            {
                AddChars(pdfFont, glyphs.Pairs);
            }

            // RenderText, without italic simulation: the position relative to the last one, then the glyphs.
            var position = WorldToView(renderer, new XPoint(x, y));
            AdjustTdOffset(renderer, ref position, 0, false);
            content.Append(CultureInfo.InvariantCulture, $"{position.X:0.####} {position.Y:0.####} Td\n").Append(glyphs.Hex).Append(" Tj\n");
            return true;
        }
    }

    /// <summary>Code points below this are remembered a bit each per font (Latin, Cyrillic, punctuation, quotes and dashes).</summary>
    private const int RememberedCodePoints = 0x2100;

    /// <summary>For each font, the code points below <see cref="RememberedCodePoints"/> it was given by <c>AddChars</c> in this document.</summary>
    private readonly Dictionary<PdfFont, ulong[]> given = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether <paramref name="pairs"/> has a character <paramref name="font"/> was not given before in this document (or
    /// one beyond those remembered); those are remembered as given, since the caller gives them now. PDFsharp's
    /// <c>CMapInfo.AddChars</c> skips a code point it has (and a glyph index of 0 every time), so skipping a line of
    /// given characters changes nothing: it only saves looking each of them up in two dictionaries.
    /// </summary>
    private bool GivesNewCharacters(PdfFont font, CodePointGlyphIndexPair[] pairs)
    {
        if (!given.TryGetValue(font, out var bits))
        {
            bits = new ulong[RememberedCodePoints / 64];
            given[font] = bits;
        }

        var fresh = false;
        foreach (var pair in pairs)
        {
            var codePoint = pair.CodePoint;
            if ((uint)codePoint >= RememberedCodePoints)
            {
                fresh = true;
                continue;
            }

            ref var word = ref bits[codePoint >> 6];
            var bit = 1UL << (codePoint & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                fresh = true;
            }
        }

        return fresh;
    }

    /// <summary>Whether a font is drawn the way this class repeats: Unicode (Identity-H), no simulated style, no decoration.</summary>
    private bool Covers(XFont font, XGlyphTypeface face)
    {
        if (!covered.TryGetValue(font, out var yes))
        {
            yes = font.PdfOptions.FontEncoding == PdfFontEncoding.Unicode
                && font.PdfOptions.ColoredGlyphs == PdfFontColoredGlyphs.None
                && !font.IsSymbolFont
                && face.StyleSimulations == XStyleSimulations.None
                && (font.Style & (XFontStyleEx.Underline | XFontStyleEx.Strikeout)) == 0
                && UaManagerOf(document) is null;
            covered[font] = yes;
        }

        return yes;
    }

    /// <summary>What DrawString computes for a line every time: its code points, glyph indices and hex string.</summary>
    private static Glyphs Shape(XFont font, XGlyphTypeface face, string text)
    {
        if (SharedLines.TryGetValue((face, text), out var glyphs))
        {
            return glyphs;
        }

        var codePoints = Utf32FromString(null, text, false, 63);
        var pairs = GlyphIndicesFromCodePoints(OpenTypeDescriptorOf(font), codePoints, false);
        var length = codePoints.Length;
        var bytes = new byte[2 * length];
        for (var i = 0; i < length; i++)
        {
            bytes[i * 2] = (byte)(pairs[i].GlyphIndex >> 8);
            bytes[(i * 2) + 1] = (byte)(pairs[i].GlyphIndex & 0xFF);
        }

        glyphs = new Glyphs(pairs, PdfEncoders.ToHexStringLiteral(bytes, true, false, null));
        var size = 20L * (text.Length + 8);
        if (Interlocked.Read(ref sharedBytes) + size <= MaxSharedBytes && SharedLines.TryAdd((face, text), glyphs))
        {
            Interlocked.Add(ref sharedBytes, size);
        }

        return glyphs;
    }

    /// <summary>
    /// Whether PDFsharp's fields were found. A field whose type is internal cannot be read through an accessor
    /// (<see cref="UnsafeAccessorTypeAttribute"/> does not cover a field's type), so three are read by reflection: the
    /// renderer once a page, the PDF/UA manager once a document, the graphics state once a line. The native build
    /// keeps them by the <see cref="DynamicDependencyAttribute"/>s on <see cref="Find"/>; were they ever missing, every
    /// line would go through DrawString (the same bytes, more slowly).
    /// </summary>
    public static bool Available => Fields is not null;

    private sealed record PdfSharpFields(FieldInfo Renderer, FieldInfo UaManager, FieldInfo State);

    private static readonly PdfSharpFields? Fields = Find();

    [DynamicDependency("_renderer", typeof(XGraphics))]
    [DynamicDependency("_uaManager", typeof(PdfDocument))]
    [DynamicDependency("_gfxState", "PdfSharp.Drawing.Pdf.XGraphicsPdfRenderer", "PdfSharp")]
    private static PdfSharpFields? Find()
    {
        const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        var renderer = typeof(XGraphics).GetField("_renderer", Private);
        var uaManager = typeof(PdfDocument).GetField("_uaManager", Private);
        var state = Type.GetType("PdfSharp.Drawing.Pdf.XGraphicsPdfRenderer, PdfSharp")?.GetField("_gfxState", Private);
        return renderer is null || uaManager is null || state is null ? null : new PdfSharpFields(renderer, uaManager, state);
    }

    internal static object? RendererOf(XGraphics graphics) => Fields!.Renderer.GetValue(graphics);

    internal static object? UaManagerOf(PdfDocument document) => Fields!.UaManager.GetValue(document);

    /// <summary>PDFsharp replaces the state object when it saves and restores the graphics state, so it is read for every line.</summary>
    internal static object StateOf(object renderer) => Fields!.State.GetValue(renderer) ?? throw new InvalidOperationException("PDFsharp's renderer has no graphics state.");

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_GlyphTypeface")]
    private static extern XGlyphTypeface GlyphTypefaceOf(XFont font);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_OpenTypeDescriptor")]
    [return: UnsafeAccessorType("PdfSharp.Fonts.OpenType.OpenTypeDescriptor, PdfSharp")]
    private static extern object OpenTypeDescriptorOf(XFont font);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "GlyphIndicesFromCodePoints")]
    private static extern CodePointGlyphIndexPair[] GlyphIndicesFromCodePoints(
        [UnsafeAccessorType("PdfSharp.Fonts.OpenType.OpenTypeDescriptor, PdfSharp")] object descriptor, int[] codePoints, bool symbol);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "Utf32FromString")]
    private static extern int[] Utf32FromString(
        [UnsafeAccessorType("PdfSharp.Fonts.Internal.UnicodeHelper, PdfSharp")] object? type, string text, bool ansiOnly, byte nonAnsi);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AddChars")]
    private static extern void AddChars(PdfFont font, CodePointGlyphIndexPair[] pairs);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "BeginTextMode")]
    private static extern void BeginTextMode([UnsafeAccessorType(RendererType)] object renderer);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AdjustTdOffset")]
    private static extern void AdjustTdOffset([UnsafeAccessorType(RendererType)] object renderer, ref XPoint position, double verticalOffset, bool adjustSkew);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_realizedFont")]
    private static extern ref PdfFont? RealizedFont([UnsafeAccessorType(StateType)] object state);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_realizedFontName")]
    private static extern ref string? RealizedFontName([UnsafeAccessorType(StateType)] object state);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_realizedFontSize")]
    private static extern ref double RealizedFontSize([UnsafeAccessorType(StateType)] object state);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_realizedRenderingMode")]
    private static extern ref int RealizedRenderingMode([UnsafeAccessorType(StateType)] object state);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_realizedCharSpace")]
    private static extern ref double RealizedCharSpace([UnsafeAccessorType(StateType)] object state);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "ItalicSimulationOn")]
    private static extern ref bool ItalicSimulationOn([UnsafeAccessorType(StateType)] object state);
}
