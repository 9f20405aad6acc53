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
/// before <c>stream</c>, a classic xref table), and fails loudly if that ever changes.
/// </summary>
internal static partial class PdfFinisher
{
    public static byte[] Finish(byte[] raw, bool keepDates)
    {
        // One Latin-1 view of the file, for finding its structure only: bytes are always copied from raw, which
        // has the stable subset tags (the view keeps PDFsharp's random ones, at the same offsets and lengths).
        var text = Encoding.Latin1.GetString(raw);
        RenameSubsetTags(raw, text);
        if (!keepDates)
        {
            ClearXmpDates(raw, text);
        }

        var xrefAt = int.Parse(StartXref().Match(text, Math.Max(0, text.Length - 64)).Groups[1].Value, CultureInfo.InvariantCulture);
        var table = XrefTable().Match(text, xrefAt);
        if (!table.Success || table.Index != xrefAt)
        {
            throw new InvalidOperationException("PDFsharp's output has no classic xref table where startxref points.");
        }

        var first = int.Parse(table.Groups["first"].Value, CultureInfo.InvariantCulture);
        var entries = XrefEntry().Matches(table.Groups["entries"].Value)
            .Select((m, i) => (Number: first + i, Offset: long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Generation: m.Groups[2].Value, InUse: m.Groups[3].Value == "n"))
            .ToList();
        var objects = entries.Where(e => e.InUse).OrderBy(e => e.Offset).ToList();
        var trailerAt = text.IndexOf("trailer", xrefAt, StringComparison.Ordinal);
        var trailer = Encoding.Latin1.GetString(raw, trailerAt, text.IndexOf("startxref", trailerAt, StringComparison.Ordinal) - trailerAt);
        var info = InfoReference().Match(trailer) is { Success: true } i ? int.Parse(i.Groups[1].Value, CultureInfo.InvariantCulture) : -1;

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var output = new MemoryStream(raw.Length);
        output.Write(raw, 0, (int)objects[0].Offset);
        var offsets = new Dictionary<int, long>();
        for (var n = 0; n < objects.Count; n++)
        {
            var start = (int)objects[n].Offset;
            var end = n + 1 < objects.Count ? (int)objects[n + 1].Offset : xrefAt;
            offsets[objects[n].Number] = output.Position;
            WriteObject(raw, text, start, end, objects[n].Number == info && !keepDates, output, hash);
        }

        var contentHash = hash.GetHashAndReset();
        var newXref = output.Position;
        var xref = new StringBuilder();
        xref.Append(CultureInfo.InvariantCulture, $"xref\n{first} {entries.Count}\n");
        foreach (var entry in entries)
        {
            var offset = entry.InUse ? offsets[entry.Number] : entry.Offset;
            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} {entry.Generation} {(entry.InUse ? 'n' : 'f')} \n");
        }

        xref.Append(StableId(trailer, contentHash));
        xref.Append(CultureInfo.InvariantCulture, $"startxref\n{newXref}\n%%EOF\n");
        output.Write(Encoding.Latin1.GetBytes(xref.ToString()));

        var bytes = output.ToArray();
        StableXmpIds(bytes, contentHash);
        return bytes;
    }

    private static void WriteObject(byte[] raw, string text, int start, int end, bool isInfo, MemoryStream output, IncrementalHash hash)
    {
        var streamAt = text.IndexOf(">>\nstream\n", start, end - start, StringComparison.Ordinal);
        if (streamAt < 0)
        {
            if (isInfo)
            {
                var info = Encoding.Latin1.GetBytes(ClockDate().Replace(Encoding.Latin1.GetString(raw, start, end - start), ""));
                hash.AppendData(info);
                output.Write(info);
            }
            else
            {
                output.Write(raw, start, end - start);
            }

            return;
        }

        var dictionaryStart = text.LastIndexOf("<<", streamAt, streamAt - start, StringComparison.Ordinal);
        var header = Encoding.Latin1.GetString(raw, start, streamAt + 2 - start);
        var length = Length().Match(header);
        if (dictionaryStart < 0 || !length.Success)
        {
            throw new InvalidOperationException($"PDFsharp wrote a stream without a direct /Length at byte {start}.");
        }

        var dataStart = streamAt + ">>\nstream\n".Length;
        var data = raw.AsSpan(dataStart, int.Parse(length.Groups[1].Value, CultureInfo.InvariantCulture));
        if (header.Contains("/Type/Metadata", StringComparison.Ordinal))
        {
            // The XMP packet repeats the Info dictionary, plus random ids that are fixed from this hash later.
            output.Write(raw, start, end - start);
            return;
        }

        hash.AppendData(data);
        if (header.Contains("/Filter", StringComparison.Ordinal))
        {
            output.Write(raw, start, end - start);
            return;
        }

        using var packed = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(data);
        }

        var newHeader = header[..length.Index] + $"/Length {packed.Length}" + header[(length.Index + length.Length)..^2] + "/Filter/FlateDecode>>";
        output.Write(Encoding.Latin1.GetBytes(newHeader + "\nstream\n"));
        output.Write(packed.GetBuffer(), 0, (int)packed.Length);
        output.Write(raw, dataStart + data.Length, end - (dataStart + data.Length));
    }

    /// <summary>PDFsharp stamps the XMP packet with the clock; write year 1 there instead, in place and at the same length.</summary>
    private static void ClearXmpDates(byte[] raw, string text)
    {
        foreach (Match date in XmpDate().Matches(text))
        {
            var value = date.Groups["value"];
            var fixedDate = "0001-01-01T00:00:00+00:00".PadRight(value.Length, '0')[..value.Length];
            Encoding.Latin1.GetBytes(fixedDate).CopyTo(raw, value.Index);
        }
    }

    /// <summary>PDFsharp picks subset tags ("ABCDEF+Lato") at random; derive them from the face name, everywhere they occur.</summary>
    private static void RenameSubsetTags(byte[] raw, string text)
    {
        var tags = SubsetName().Matches(text)
            .Select(m => (Old: m.Groups["tag"].Value, Face: m.Groups["face"].Value))
            .DistinctBy(t => t.Old)
            .ToList();
        foreach (var (old, face) in tags)
        {
            var stable = Tag(face);
            ReplaceAll(raw, Encoding.ASCII.GetBytes(old + "+"), Encoding.ASCII.GetBytes(stable + "+"));
            ReplaceAll(raw, Encoding.BigEndianUnicode.GetBytes(old + "+"), Encoding.BigEndianUnicode.GetBytes(stable + "+"));
        }
    }

    private static string Tag(string face)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(face));
        return string.Concat(digest.Take(6).Select(b => (char)('A' + (b % 26))));
    }

    private static void ReplaceAll(byte[] data, byte[] from, byte[] to)
    {
        var span = data.AsSpan();
        var offset = 0;
        int found;
        while ((found = span[offset..].IndexOf(from)) >= 0)
        {
            to.CopyTo(span[(offset + found)..]);
            offset += found + from.Length;
        }
    }

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

    /// <summary>PDFsharp writes fresh random uuids into the XMP packet; overwrite them in place with content-derived ones.</summary>
    private static void StableXmpIds(byte[] pdf, byte[] contentHash)
    {
        var marker = "uuid:"u8;
        var at = 0;
        for (var i = 0; (at = pdf.AsSpan(at).IndexOf(marker) is var found and >= 0 ? at + found : -1) >= 0; i++)
        {
            at += marker.Length;
            if (at + 36 <= pdf.Length && XmpUuid().IsMatch(Encoding.Latin1.GetString(pdf, at - marker.Length, marker.Length + 36)))
            {
                var guid = new Guid(SHA256.HashData([.. contentHash, (byte)i]).AsSpan(0, 16)).ToString("D");
                Encoding.Latin1.GetBytes(guid).CopyTo(pdf, at);
            }
        }
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\Gxref\r?\n(?<first>\d+) \d+\r?\n(?<entries>(?:\d{10} \d{5} [nf][ \r\n]{1,2}\n?)+)")]
    private static partial Regex XrefTable();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"/Info (\d+) 0 R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Length (\d+)(?![\d.])")]
    private static partial Regex Length();

    [GeneratedRegex(@"/(?:CreationDate|ModDate)\s*\([^)]*\)")]
    private static partial Regex ClockDate();

    [GeneratedRegex(@"/(?<tag>[A-Z]{6})\+(?<face>[^\s/\[\]<>()]+)")]
    private static partial Regex SubsetName();

    [GeneratedRegex(@"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")]
    private static partial Regex TrailerId();

    [GeneratedRegex(@"<xmp:(?:CreateDate|ModifyDate|MetadataDate)>(?<value>[^<]+)</xmp:")]
    private static partial Regex XmpDate();

    [GeneratedRegex("^uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")]
    private static partial Regex XmpUuid();
}
