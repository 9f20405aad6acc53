using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Embeds each font subset the way PDFsharp 6.2.4's <c>PdfFontDescriptor.PrepareForSave</c> does at <c>Save</c>, but
/// just before it, so that a subset made once can be reused: building a subset (closing the glyph set over composite
/// glyphs, copying and compiling the tables) was a quarter of <c>Save</c>'s time and most of its allocations, and the
/// same faces with the same glyphs recur from handout to handout.
/// <para>
/// A subset is a function of the face, the glyph set and the kind of font, except for the six-letter tag PDFsharp
/// picks at random for each document, which it also writes into the program (as ASCII and UTF-16); a stored program
/// has its tag replaced by this document's (as <see cref="PdfFinisher"/> later replaces both with a stable one). The
/// programs are made in the order <c>PdfFontTable.PrepareForSave</c> would make them and nothing is made between, so
/// the objects are numbered as before; PDFsharp then finds each descriptor prepared and goes on. A subset not seen
/// before is made by PDFsharp's own <c>CreateFontFileAndAddToDescriptor</c>. Like <see cref="PdfTextOperators"/>,
/// it reaches PDFsharp's internals through <see cref="UnsafeAccessorAttribute"/> and is safe only because PDFsharp is
/// pinned at 6.2.4; <c>PdfSharpShortcutsTests</c> requires the same bytes with and without it.
/// </para>
/// </summary>
internal static class PdfFontSubsets
{
    private const string FontTableType = "PdfSharp.Pdf.Advanced.PdfFontTable, PdfSharp";
    private const string CMapInfoType = "PdfSharp.Fonts.CMapInfo, PdfSharp";

    /// <summary>Bounded: subsets of untrusted text can differ every time; start again rather than grow.</summary>
    private const long MaxBytes = 16L * 1024 * 1024;

    private static readonly ConcurrentDictionary<Key, Subset> Stored = new();
    private static long storedBytes;

    private const string Type0FontName = "PdfSharp.Pdf.Advanced.PdfType0Font";
    private const string Type0FontType = Type0FontName + ", PdfSharp";

    /// <summary>Bounded as the subsets are; a handout's widths and maps are a few kilobytes a face.</summary>
    private const long MaxPreparedBytes = 4L * 1024 * 1024;

    private static readonly ConcurrentDictionary<FontKey, Made> PreparedFonts = new();
    private static long preparedBytes;

    /// <summary>A font's face, its glyphs (<see cref="GlyphsKey"/>) and what its ToUnicode map says (<see cref="MapKey"/>).</summary>
    private sealed record FontKey(string Face, string Glyphs, string Map);

    /// <summary>The <c>/W</c> array PDFsharp wrote for them, and the ToUnicode map's bytes (shared, never written to).</summary>
    private sealed record Made(string Widths, byte[] ToUnicode);

    /// <summary>The face (its name after the tag), the kind of font and the glyphs asked for, in glyph order.</summary>
    private sealed record Key(string Face, bool CidFont, string Glyphs);

    /// <summary>A program as PDFsharp made it, the tag it was made with, and the glyphs the closure added.</summary>
    private sealed record Subset(byte[] Program, string Tag, ushort[] Closure);

    /// <summary>Prepares every font descriptor of <paramref name="document"/>, before <c>Save</c>.</summary>
    public static void Prepare(PdfDocument document)
    {
        if (!document.Options.NoCompression)
        {
            // PDFsharp would deflate the program here; the kit always saves uncompressed and lets the finisher deflate.
            return;
        }

        ref var fonts = ref FontsOf(FontTableOf(document));
        foreach (var font in fonts.Values)
        {
            var descriptor = FontDescriptorOf(font);
            ref var prepared = ref Prepared(descriptor);
            if (prepared)
            {
                continue;
            }

            prepared = true;
            var program = NewFontProgram(document);
            var cmap = CMapInfoOf(descriptor);
            var cidFont = !AddCmapTable(descriptor);
            var glyphs = GlyphIndices(cmap);
            // "/ABCDEF+Lato,Bold": the tag, then the face.
            var name = descriptor.FontName.TrimStart('/');
            var plus = name.IndexOf('+', StringComparison.Ordinal);
            if (plus != 6)
            {
                CreateFontFileAndAddToDescriptor(program, descriptor, cmap, cidFont);
                continue;
            }

            var tag = name[..6];
            var asked = glyphs.Keys.ToArray();
            Array.Sort(asked);
            var key = new Key(name[7..], cidFont, new string(Array.ConvertAll(asked, g => (char)g)));
            if (Stored.TryGetValue(key, out var subset))
            {
                foreach (var glyph in subset.Closure)
                {
                    glyphs.TryAdd(glyph, null);
                }

                Embed(document, descriptor, program, Retag(subset.Program, subset.Tag, tag));
                continue;
            }

            CreateFontFileAndAddToDescriptor(program, descriptor, cmap, cidFont);
            var made = program.Stream.Value;
            var closure = glyphs.Keys.Where(g => Array.BinarySearch(asked, g) < 0).ToArray();
            if (Interlocked.Add(ref storedBytes, made.Length) > MaxBytes)
            {
                Stored.Clear();
                Interlocked.Exchange(ref storedBytes, made.Length);
            }

            Stored.TryAdd(key, new Subset(made.ToArray(), tag, closure));
        }

        // PdfFontTable.PrepareForSave, font by font, with the widths and ToUnicode maps made before reused; then the
        // table is emptied so that Save does not make them again (it is only read to draw, and drawing is over).
        var handled = 0;
        foreach (var font in fonts.Values)
        {
            if (font.GetType().FullName != Type0FontName)
            {
                break;
            }

            PrepareWidthsAndToUnicode(font);
            handled++;
        }

        if (handled == fonts.Count)
        {
            fonts = [];
        }
    }

    /// <summary>
    /// What <c>PdfType0Font.PrepareForSave</c> does once the font's descriptor is prepared: the <c>/W</c> array of the
    /// descendant font (each glyph's width, from the face) and the ToUnicode map's stream (each glyph's code point, the
    /// last one drawn where several share a glyph). Both follow from the face and the font's glyphs and code points, so
    /// those made before for the same are set again; new ones are made by PDFsharp's own <c>PrepareForSave</c>.
    /// </summary>
    private static void PrepareWidthsAndToUnicode(PdfFont font)
    {
        var cmap = CMapInfoOfFont(font);
        var key = new FontKey(FaceOf(font), GlyphsKey(GlyphIndices(cmap)), MapKey(CodePointsToGlyphIndices(cmap)));
        var descendant = (PdfDictionary)DescendantFontOf(font);
        var toUnicode = (PdfDictionary)ToUnicodeMapOf(font);
        if (PreparedFonts.TryGetValue(key, out var made))
        {
            descendant.Elements.SetValue("/W", new PdfLiteral(made.Widths));
            toUnicode.Elements.Remove("/Filter");
            if (toUnicode.Stream is null)
            {
                toUnicode.CreateStream(made.ToUnicode);
            }
            else
            {
                toUnicode.Stream.Value = made.ToUnicode;
                toUnicode.Elements.SetInteger("/Length", toUnicode.Stream.Length);
            }

            return;
        }

        PrepareType0Font(font);
        if (descendant.Elements["/W"] is not PdfLiteral widths || toUnicode.Stream?.Value is not { } map)
        {
            return;
        }

        var size = (2L * (key.Glyphs.Length + key.Map.Length + widths.Value.Length)) + map.Length;
        if (Interlocked.Add(ref preparedBytes, size) > MaxPreparedBytes)
        {
            PreparedFonts.Clear();
            Interlocked.Exchange(ref preparedBytes, size);
        }

        PreparedFonts.TryAdd(key, new Made(widths.Value, map));
    }

    /// <summary>The face's name without the subset tag ("Lato,Bold").</summary>
    private static string FaceOf(PdfFont font)
    {
        var name = FontDescriptorOf(font).FontName.TrimStart('/');
        return name.IndexOf('+', StringComparison.Ordinal) == 6 ? name[7..] : name;
    }

    /// <summary>The glyphs of the font, in order, a character each.</summary>
    private static string GlyphsKey(Dictionary<ushort, object?> glyphs)
    {
        var sorted = glyphs.Keys.ToArray();
        Array.Sort(sorted);
        return string.Create(sorted.Length, sorted, static (chars, glyphs) =>
        {
            for (var i = 0; i < glyphs.Length; i++)
            {
                chars[i] = (char)glyphs[i];
            }
        });
    }

    /// <summary>
    /// What the ToUnicode map says, in glyph order: each glyph and the code point it maps to, which PDFsharp takes from
    /// the last code point of the glyph in the order they were drawn (three characters a glyph).
    /// </summary>
    private static string MapKey(Dictionary<int, ushort> codePoints)
    {
        var pairs = new (ushort Glyph, int Order, int CodePoint)[codePoints.Count];
        var n = 0;
        foreach (var (codePoint, glyph) in codePoints)
        {
            pairs[n] = (glyph, n, codePoint);
            n++;
        }

        Array.Sort(pairs);
        var last = 0;
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i + 1 == pairs.Length || pairs[i + 1].Glyph != pairs[i].Glyph)
            {
                pairs[last++] = pairs[i];
            }
        }

        return string.Create(3 * last, pairs, static (chars, pairs) =>
        {
            for (var i = 0; i < chars.Length / 3; i++)
            {
                chars[3 * i] = (char)pairs[i].Glyph;
                chars[(3 * i) + 1] = (char)(pairs[i].CodePoint >> 16);
                chars[(3 * i) + 2] = (char)(pairs[i].CodePoint & 0xFFFF);
            }
        });
    }

    /// <summary>What <c>PdfFontProgram.CreateFontFileAndAddToDescriptor</c> does with the bytes of a subset (uncompressed).</summary>
    private static void Embed(PdfDocument document, PdfFontDescriptor descriptor, PdfFontProgram program, byte[] bytes)
    {
        document.Internals.AddObject(program);
        descriptor.Elements["/FontFile2"] = program.Reference;
        program.Elements["/Length1"] = new PdfInteger(bytes.Length);
        program.Elements["/Length"] = new PdfInteger(bytes.Length);
        program.CreateStream(bytes);
    }

    /// <summary>
    /// A stored program with the tag it was made with replaced by this document's, wherever it occurs. PDFsharp 6.2.4
    /// writes no tag into the programs of the kit's fonts, so this is the stored array itself, shared: PDFsharp only
    /// reads a stream's bytes when it writes them uncompressed, and the finisher works on the written copy.
    /// </summary>
    private static byte[] Retag(byte[] program, string from, string to)
    {
        var ascii = (From: Encoding.ASCII.GetBytes(from + "+"), To: Encoding.ASCII.GetBytes(to + "+"));
        var utf16 = (From: Encoding.BigEndianUnicode.GetBytes(from + "+"), To: Encoding.BigEndianUnicode.GetBytes(to + "+"));
        if (from == to || (program.AsSpan().IndexOf(ascii.From) < 0 && program.AsSpan().IndexOf(utf16.From) < 0))
        {
            return program;
        }

        var copy = (byte[])program.Clone();
        Replace(copy, ascii.From, ascii.To);
        Replace(copy, utf16.From, utf16.To);
        return copy;
    }

    private static void Replace(Span<byte> data, byte[] from, byte[] to)
    {
        var offset = 0;
        int found;
        while ((found = data[offset..].IndexOf(from)) >= 0)
        {
            to.CopyTo(data[(offset + found)..]);
            offset += found + from.Length;
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FontTable")]
    [return: UnsafeAccessorType(FontTableType)]
    private static extern object FontTableOf(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_fonts")]
    private static extern ref Dictionary<string, PdfFont> FontsOf([UnsafeAccessorType(FontTableType)] object table);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_FontDescriptor")]
    private static extern PdfFontDescriptor FontDescriptorOf(PdfFont font);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_prepared")]
    private static extern ref bool Prepared(PdfFontDescriptor descriptor);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CMapInfo")]
    [return: UnsafeAccessorType(CMapInfoType)]
    private static extern object CMapInfoOf(PdfFontDescriptor descriptor);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_AddCmapTable")]
    private static extern bool AddCmapTable(PdfFontDescriptor descriptor);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "GlyphIndices")]
    private static extern ref Dictionary<ushort, object?> GlyphIndices([UnsafeAccessorType(CMapInfoType)] object cmap);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_CMapInfo")]
    [return: UnsafeAccessorType(CMapInfoType)]
    private static extern object CMapInfoOfFont(PdfFont font);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "CodePointsToGlyphIndices")]
    private static extern ref Dictionary<int, ushort> CodePointsToGlyphIndices([UnsafeAccessorType(CMapInfoType)] object cmap);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_DescendantFont")]
    [return: UnsafeAccessorType("PdfSharp.Pdf.Advanced.PdfCIDFont, PdfSharp")]
    private static extern object DescendantFontOf([UnsafeAccessorType(Type0FontType)] object font);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "get_ToUnicodeMap")]
    [return: UnsafeAccessorType("PdfSharp.Pdf.Advanced.PdfToUnicodeMap, PdfSharp")]
    private static extern object ToUnicodeMapOf(PdfFont font);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "PrepareForSave")]
    private static extern void PrepareType0Font([UnsafeAccessorType(Type0FontType)] object font);

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern PdfFontProgram NewFontProgram(PdfDocument document);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "CreateFontFileAndAddToDescriptor")]
    private static extern void CreateFontFileAndAddToDescriptor(PdfFontProgram program, PdfFontDescriptor descriptor, [UnsafeAccessorType(CMapInfoType)] object cmap, bool cidFont);
}
