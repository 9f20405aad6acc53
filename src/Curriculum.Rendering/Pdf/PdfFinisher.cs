using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Finishes PDFsharp's uncompressed output byte by byte, in one pass and without reparsing it into objects:
/// <list type="bullet">
/// <item>every unfiltered stream but the XMP packet is deflated with a complete zlib wrapper (PDFsharp's own
/// deflate streams lack the zlib end, which <c>qpdf --check</c> reports);</item>
/// <item>what PDFsharp makes random is made a function of the content: font subset tags, the trailer's
/// <c>/ID</c> and the XMP uuids; and the clock dates are dropped unless the caller asked for them;</item>
/// <item>the cross-reference table is rewritten for the new object offsets.</item>
/// </list>
/// It relies on how PDFsharp 6.2.4 writes a file (one object after another, each stream dictionary on the line
/// before <c>stream</c>, a classic xref table), and fails loudly if that ever changes. Only dictionaries and the
/// XMP packet are ever decoded to text: font programs and page contents stay bytes.
/// </summary>
internal static partial class PdfFinisher
{
    private static ReadOnlySpan<byte> StreamKeyword => ">>\nstream\n"u8;

    private sealed record PdfObject(int Number, int Start, int End, int StreamAt);

    /// <summary>One entry of the cross-reference table.</summary>
    private readonly record struct XrefLine(int Number, long Offset, int Generation, bool InUse);

    /// <summary>A SHA-256 per thread, reset by every digest it gives (creating one costs more than hashing a small PDF's dictionaries).</summary>
    [ThreadStatic]
    private static IncrementalHash? hasher;

    /// <summary>
    /// The entries of a classic xref table, whose shape <see cref="XrefTable"/> has checked: each is
    /// <c>oooooooooo ggggg n</c> (or <c>f</c>) and one or two end-of-line characters (ISO 32000-1, 7.5.4).
    /// </summary>
    private static List<XrefLine> XrefEntries(ReadOnlySpan<char> text, int first)
    {
        var entries = new List<XrefLine>(text.Length / 20);
        var at = 0;
        while (at < text.Length)
        {
            var offset = long.Parse(text.Slice(at, 10), CultureInfo.InvariantCulture);
            var generation = int.Parse(text.Slice(at + 11, 5), CultureInfo.InvariantCulture);
            entries.Add(new XrefLine(first + entries.Count, offset, generation, text[at + 17] == 'n'));
            at += 18;
            while (at < text.Length && text[at] is ' ' or '\r' or '\n')
            {
                at++;
            }
        }

        return entries;
    }

    /// <summary>Writes the finished PDF to <paramref name="output"/>; <paramref name="raw"/> (its first <paramref name="length"/> bytes) is changed in place.</summary>
    public static void Finish(byte[] raw, int length, bool keepDates, Stream output)
    {
        var tail = Encoding.Latin1.GetString(raw, Math.Max(0, length - 64), Math.Min(64, length));
        var xrefAt = int.Parse(StartXref().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        var xrefText = Encoding.Latin1.GetString(raw, xrefAt, length - xrefAt);
        var table = XrefTable().Match(xrefText);
        if (!table.Success)
        {
            throw new InvalidOperationException("PDFsharp's output has no classic xref table where startxref points.");
        }

        var first = int.Parse(table.Groups["first"].Value, CultureInfo.InvariantCulture);
        var entriesText = table.Groups["entries"];
        var entries = XrefEntries(xrefText.AsSpan(entriesText.Index, entriesText.Length), first);
        var trailerAt = xrefText.IndexOf("trailer", StringComparison.Ordinal);
        var trailer = xrefText[trailerAt..xrefText.IndexOf("startxref", trailerAt, StringComparison.Ordinal)];
        var info = InfoReference().Match(trailer) is { Success: true } i ? int.Parse(i.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

        var inUse = new List<XrefLine>(entries.Count);
        foreach (var entry in entries)
        {
            if (entry.InUse)
            {
                inUse.Add(entry);
            }
        }

        // Objects in file order (in-use offsets are distinct; the number only makes the order total).
        inUse.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : a.Number.CompareTo(b.Number));
        var objects = new List<PdfObject>(inUse.Count);
        for (var n = 0; n < inUse.Count; n++)
        {
            var start = (int)inUse[n].Offset;
            var end = n + 1 < inUse.Count ? (int)inUse[n + 1].Offset : xrefAt;
            var found = raw.AsSpan(start, end - start).IndexOf(StreamKeyword);
            objects.Add(new PdfObject(inUse[n].Number, start, end, found < 0 ? -1 : start + found));
        }

        RenameSubsetTags(raw, length, objects);

        var hash = hasher ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] contentHash;
        var startOfBody = output.Position;
        var offsets = new long[entries.Count];
        var xmpIds = new List<long>();
        try
        {
            output.Write(raw, 0, objects[0].Start);
            foreach (var o in objects)
            {
                offsets[o.Number - first] = output.Position - startOfBody;
                WriteObject(raw, o, o.Number == info, keepDates, output, hash, xmpIds);
            }

            contentHash = hash.GetHashAndReset();
        }
        catch
        {
            // A hash left half-fed is not reused.
            hasher = null;
            hash.Dispose();
            throw;
        }

        var newXref = output.Position - startOfBody;
        var xref = new StringBuilder(32 + (20 * entries.Count) + trailer.Length + 64);
        xref.Append(CultureInfo.InvariantCulture, $"xref\n{first} {entries.Count}\n");
        foreach (var entry in entries)
        {
            var offset = entry.InUse ? offsets[entry.Number - first] : entry.Offset;
            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} {entry.Generation:D5} {(entry.InUse ? 'n' : 'f')} \n");
        }

        xref.Append(StableId(trailer, contentHash));
        xref.Append(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));
        StableXmpIds(output, xmpIds, contentHash);
    }

    private static void WriteObject(byte[] raw, PdfObject o, bool isInfo, bool keepDates, Stream output, IncrementalHash hash, List<long> xmpIds)
    {
        if (o.StreamAt < 0)
        {
            if (isInfo && !keepDates)
            {
                var info = Encoding.Latin1.GetBytes(ClockDate().Replace(Encoding.Latin1.GetString(raw, o.Start, o.End - o.Start), ""));
                hash.AppendData(info);
                output.Write(info);
            }
            else
            {
                hash.AppendData(raw, o.Start, o.End - o.Start);
                output.Write(raw, o.Start, o.End - o.Start);
            }

            return;
        }

        var header = Encoding.Latin1.GetString(raw, o.Start, o.StreamAt + 2 - o.Start);
        var length = Length().Match(header);
        if (!length.Success)
        {
            throw new InvalidOperationException($"PDFsharp wrote a stream without a direct /Length at byte {o.Start}.");
        }

        var dataStart = o.StreamAt + StreamKeyword.Length;
        var dataLength = int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture);
        if (header.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            WriteXmp(raw, o, header, length, dataStart, dataLength, keepDates, output, xmpIds);
            return;
        }

        var data = raw.AsSpan(dataStart, dataLength);
        if (header.Contains("/Filter", StringComparison.Ordinal))
        {
            hash.AppendData(data);
            output.Write(raw, o.Start, o.End - o.Start);
            return;
        }

        // Font programs (/Length1: an embedded TrueType subset) recur, and so do footers, ToUnicode maps and the pages of
        // the reading. Every deflated stream enters the content hash as its own SHA-256 digest, kept with it in the cache.
        var packed = DeflateCache.Deflate(data, fontProgram: header.Contains("/Length1", StringComparison.Ordinal), out var digest);
        hash.AppendData(digest);

        var newHeader = header[..length.Index] + $"/Length {packed.Length}" + header[(length.Index + length.Length)..^2] + "/Filter/FlateDecode>>";
        output.Write(Encoding.Latin1.GetBytes(newHeader + "\nstream\n"));
        output.Write(packed.Span);
        output.Write(raw, dataStart + dataLength, o.End - (dataStart + dataLength));
    }

    /// <summary>
    /// Deflates a stream's data. Deflate is a function of its input, so a stream seen before (found by its bytes,
    /// compared byte for byte, not by a hash) gets the bytes it got then: the output is exactly what deflating it again
    /// would give. The font programs (PDFsharp's subsets, 30–50 KB each) are most of a handout's bytes and come out the
    /// same for the same glyphs, document after document, so they are kept the first time; any other stream is kept the
    /// second time its bytes are seen (a bounded set of keys remembers the first): footers and headers come on the same
    /// page of every handout of a unit, ToUnicode maps with the same glyphs, and the pages of the reading whatever the
    /// prompts, while most other page contents come once. Each stream's SHA-256 digest, kept with it, stands for it in
    /// the document's content hash (the <c>/ID</c> and the XMP ids), so that a stream found again is not hashed again.
    /// </summary>
    private static class DeflateCache
    {
        private const int MinLength = 8 * 1024;
        private const long MaxBytes = 24L * 1024 * 1024;

        private sealed record Entry(byte[] Data, byte[] Packed, byte[] Digest);

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int Length, int Sample), Entry> Entries = new();
        private static long cachedBytes;

        [ThreadStatic]
        private static MemoryStream? scratch;

        /// <summary>Streams seen once (their keys), so that a stream other than a font program is kept only when it comes again; cleared when full.</summary>
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int Length, int Sample), bool> SeenOnce = new();

        private const int SeenCapacity = 4096;

        private static int seenCount;

        /// <summary>The deflated data and its SHA-256 <paramref name="digest"/> (the same whether or not the cache had it).</summary>
        public static ReadOnlyMemory<byte> Deflate(ReadOnlySpan<byte> data, bool fontProgram, out byte[] digest)
        {
            if (!fontProgram || data.Length < MinLength)
            {
                return DeflateRecurring(data, out digest);
            }

            var key = (data.Length, Sample(data));
            if (Entries.TryGetValue(key, out var entry) && data.SequenceEqual(entry.Data))
            {
                digest = entry.Digest;
                return entry.Packed;
            }

            digest = SHA256.HashData(data);
            var packed = Pack(data, copy: true);
            Keep(key, new Entry(data.ToArray(), packed.ToArray(), digest));
            return packed;
        }

        private static ReadOnlyMemory<byte> DeflateRecurring(ReadOnlySpan<byte> data, out byte[] digest)
        {
            var hash = default(HashCode);
            hash.AddBytes(data);
            var key = (data.Length, hash.ToHashCode());
            if (Entries.TryGetValue(key, out var entry) && data.SequenceEqual(entry.Data))
            {
                digest = entry.Digest;
                return entry.Packed;
            }

            digest = SHA256.HashData(data);
            if (!SeenOnce.TryAdd(key, true))
            {
                var packed = Pack(data, copy: true);
                Keep(key, new Entry(data.ToArray(), packed.ToArray(), digest));
                return packed;
            }

            if (Interlocked.Increment(ref seenCount) > SeenCapacity)
            {
                SeenOnce.Clear();
                Interlocked.Exchange(ref seenCount, 0);
            }

            return Pack(data, copy: false);
        }

        private static void Keep((int Length, int Sample) key, Entry entry)
        {
            var size = entry.Data.Length + entry.Packed.Length;
            if (Interlocked.Add(ref cachedBytes, size) > MaxBytes)
            {
                // Bounded: subsets of untrusted text can differ every time; start again rather than grow.
                Entries.Clear();
                Interlocked.Exchange(ref cachedBytes, size);
            }

            Entries[key] = entry;
        }

        /// <summary>The start and end of a font program (its table directory and checksums, its last glyphs) tell subsets apart.</summary>
        private static int Sample(ReadOnlySpan<byte> data)
        {
            var hash = default(HashCode);
            hash.AddBytes(data[..1024]);
            hash.AddBytes(data[^1024..]);
            return hash.ToHashCode();
        }

        private static ReadOnlyMemory<byte> Pack(ReadOnlySpan<byte> data, bool copy)
        {
            var packed = scratch ??= new MemoryStream(64 * 1024);
            packed.SetLength(0);
            using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
            {
                zlib.Write(data);
            }

            var bytes = new ReadOnlyMemory<byte>(packed.GetBuffer(), 0, (int)packed.Length);
            return copy ? bytes.ToArray() : bytes;
        }
    }

    /// <summary>
    /// The XMP packet repeats the Info dictionary; its clock dates are dropped (unless kept) and its random ids noted
    /// for <see cref="StableXmpIds"/>. It gains the PDF/UA identification (ISO 14289-1, 5), which PDFsharp does not
    /// write. It stays uncompressed, as PDF/A and PDF/UA readers expect to find it.
    /// </summary>
    private static void WriteXmp(byte[] raw, PdfObject o, string header, Match length, int dataStart, int dataLength, bool keepDates, Stream output, List<long> xmpIds)
    {
        var xmp = Encoding.Latin1.GetString(raw, dataStart, dataLength);
        if (!keepDates)
        {
            xmp = XmpDate().Replace(xmp, m =>
            {
                var value = m.Groups["value"];
                var stable = "0001-01-01T00:00:00+00:00".PadRight(value.Length, '0')[..value.Length];
                return m.Value[..(value.Index - m.Index)] + stable + m.Value[(value.Index - m.Index + value.Length)..];
            });
        }

        var end = xmp.IndexOf("</rdf:RDF>", StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"PDFsharp wrote an XMP packet without rdf:RDF at byte {o.Start}.");
        }

        if (!xmp.Contains("pdfuaid:part", StringComparison.Ordinal))
        {
            xmp = xmp.Insert(end, PdfUaIdentification);
        }

        var packet = Encoding.Latin1.GetBytes(xmp);
        var newHeader = Encoding.Latin1.GetBytes(
            header[..length.Index] + $"/Length {packet.Length}" + header[(length.Index + length.Length)..] + "\nstream\n");
        var dataAt = output.Position + newHeader.Length;
        xmpIds.AddRange(XmpUuid().Matches(xmp).Select(m => dataAt + Encoding.Latin1.GetByteCount(xmp.AsSpan(0, m.Groups[1].Index))));
        output.Write(newHeader);
        output.Write(packet);
        output.Write(raw, dataStart + dataLength, o.End - (dataStart + dataLength));
    }

    private const string PdfUaIdentification =
        "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n" +
        "        <pdfuaid:part>1</pdfuaid:part>\n" +
        "      </rdf:Description>\n    ";

    /// <summary>
    /// PDFsharp picks subset tags ("ABCDEF+Lato") at random; derive them from the face name instead, wherever they
    /// occur: in the font dictionaries, and inside the font programs and CMaps (as ASCII and as UTF-16).
    /// </summary>
    private static void RenameSubsetTags(byte[] raw, int length, IReadOnlyList<PdfObject> objects)
    {
        // Only font dictionaries and descriptors name a subset; the structure tree's many small objects are skipped
        // without decoding them.
        var tags = new List<(string Old, string Face)>();
        foreach (var o in objects)
        {
            var dictionary = raw.AsSpan(o.Start, o.End - o.Start);
            if (o.StreamAt < 0 && NamesAFont(dictionary))
            {
                SubsetNames(dictionary, tags);
            }
        }

        if (tags.Count == 0)
        {
            return;
        }

        var renames = tags.Select(t => (
            Ascii: Encoding.ASCII.GetBytes(t.Old), StableAscii: Encoding.ASCII.GetBytes(Tag(t.Face)),
            Utf16: Encoding.BigEndianUnicode.GetBytes(t.Old), StableUtf16: Encoding.BigEndianUnicode.GetBytes(Tag(t.Face)))).ToList();

        // One pass over the file from '+' to '+' (a tag is six letters and a '+', as ASCII or as UTF-16BE), instead of
        // a pass for each tag and form: every occurrence of an old tag is replaced, as before, and nothing else.
        var all = raw.AsSpan(0, length);
        var at = 0;
        int found;
        while ((found = all[at..].IndexOf((byte)'+')) >= 0)
        {
            var plus = at + found;
            at = plus + 1;

            // A tag's last letter stands just before the '+' (ASCII) or one byte earlier (UTF-16BE, after its zero high
            // byte): most '+' bytes, inside the font programs' binary tables, are passed over without comparing.
            var ascii = plus >= 6 && IsTagLetter(all[plus - 1]);
            var utf16 = plus >= 13 && all[plus - 1] == 0 && IsTagLetter(all[plus - 2]);
            if (!ascii && !utf16)
            {
                continue;
            }

            foreach (var rename in renames)
            {
                if (ascii && all[(plus - 6)..plus].SequenceEqual(rename.Ascii))
                {
                    rename.StableAscii.CopyTo(all[(plus - 6)..]);
                    break;
                }

                if (utf16 && all[(plus - 13)..(plus - 1)].SequenceEqual(rename.Utf16))
                {
                    rename.StableUtf16.CopyTo(all[(plus - 13)..]);
                    break;
                }
            }
        }
    }

    private static bool IsTagLetter(byte b) => b is >= (byte)'A' and <= (byte)'Z';

    /// <summary>
    /// Adds each subset name in <paramref name="dictionary"/> whose tag is not yet in <paramref name="tags"/>: what the
    /// regex <c>/(?&lt;tag&gt;[A-Z]{6})\+(?&lt;face&gt;[^\s/\[\]&lt;&gt;()]+)</c> matched, left to right, in the bytes read
    /// as Latin-1. Read from the bytes: a font's dictionary holds its whole <c>/W</c> array, and decoding it for the
    /// regex made a string of it.
    /// </summary>
    private static void SubsetNames(ReadOnlySpan<byte> dictionary, List<(string Old, string Face)> tags)
    {
        var at = 0;
        int found;
        while ((found = dictionary[at..].IndexOf((byte)'/')) >= 0)
        {
            var slash = at + found;
            at = slash + 1;
            if (slash + 8 >= dictionary.Length || dictionary[slash + 7] != (byte)'+' || dictionary.Slice(slash + 1, 6).IndexOfAnyExceptInRange((byte)'A', (byte)'Z') >= 0)
            {
                continue;
            }

            var face = dictionary[(slash + 8)..];
            var faceLength = face.IndexOfAny(NotInFaceName);
            faceLength = faceLength < 0 ? face.Length : faceLength;
            if (faceLength == 0)
            {
                continue;
            }

            var old = Encoding.Latin1.GetString(dictionary.Slice(slash + 1, 6));
            if (!tags.Exists(t => t.Old == old))
            {
                tags.Add((old, Encoding.Latin1.GetString(face[..faceLength])));
            }

            at = slash + 8 + faceLength;
        }
    }

    /// <summary>What ends a face name: <c>\s</c> (as .NET reads it over Latin-1), a slash, a bracket or a parenthesis.</summary>
    private static readonly System.Buffers.SearchValues<byte> NotInFaceName = System.Buffers.SearchValues.Create(
        [(byte)'\t', (byte)'\n', 0x0B, 0x0C, (byte)'\r', (byte)' ', 0x85, 0xA0, (byte)'/', (byte)'[', (byte)']', (byte)'<', (byte)'>', (byte)'(', (byte)')']);

    private static bool NamesAFont(ReadOnlySpan<byte> dictionary) =>
        dictionary.IndexOf("/BaseFont"u8) >= 0 || dictionary.IndexOf("/FontName"u8) >= 0;

    private static string Tag(string face) => Tags.GetOrAdd(face, static f =>
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(f));
        return string.Concat(digest.Take(6).Select(b => (char)('A' + (b % 26))));
    });

    /// <summary>A face's stable tag, worked out once: a handful of faces, named in every document.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Tags = new(StringComparer.Ordinal);

    /// <summary>The trailer with its random document ID replaced by one derived from the content (same length).</summary>
    private static string StableId(string trailer, byte[] contentHash)
    {
        var id = TrailerId().Match(trailer);
        if (!id.Success)
        {
            throw new InvalidOperationException("PDFsharp wrote no document ID in the trailer.");
        }

        var hex = Convert.ToHexString(SHA256.HashData(contentHash));
        string Same(Group g) => string.Concat(Enumerable.Repeat(hex, (g.Length / hex.Length) + 1))[..g.Length];
        return trailer[..id.Groups[1].Index] + Same(id.Groups[1]) + trailer[(id.Groups[1].Index + id.Groups[1].Length)..id.Groups[2].Index]
            + Same(id.Groups[2]) + trailer[(id.Groups[2].Index + id.Groups[2].Length)..];
    }

    /// <summary>Overwrites the XMP packet's random uuids, already written, with ones derived from the content (same length).</summary>
    private static void StableXmpIds(Stream output, IReadOnlyList<long> positions, byte[] contentHash)
    {
        if (positions.Count == 0)
        {
            return;
        }

        var end = output.Position;
        for (var i = 0; i < positions.Count; i++)
        {
            output.Position = positions[i];
            output.Write(Encoding.Latin1.GetBytes(new Guid(SHA256.HashData([.. contentHash, (byte)i]).AsSpan(0, 16)).ToString("D")));
        }

        output.Position = end;
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"^xref\r?\n(?<first>\d+) \d+\r?\n(?<entries>(?:\d{10} \d{5} [nf][ \r\n]{1,2}\n?)+)")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Length (\d+)(?![\d.])")]
    private static partial Regex Length();

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\([^)]*\)")]
    private static partial Regex ClockDate();


    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>(?<value>[^<]+)</xmp:")]
    private static partial Regex XmpDate();

    [GeneratedRegex("uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex XmpUuid();
}
