using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Rendering.Layout;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Curriculum.Rendering.Pdf;

/// <summary>Turns a document into bytes; the PDF one is <see cref="PdfDocumentWriter"/>.</summary>
public interface IDocumentWriter
{
    byte[] Write(DocumentDefinition document);

    /// <summary>Writes the document to <paramref name="output"/>; returns its number of pages.</summary>
    int Write(DocumentDefinition document, Stream output);
}

/// <summary>
/// Writes PDF with PDFsharp 6.2.4: fonts embedded as subsets, streams compressed with complete zlib data
/// (PDFsharp's own deflate streams lack the zlib end, which qpdf reports), and the same bytes for the same
/// document: no clock time unless the metadata gives one, and a document ID derived from the content.
/// Thread-safe: every call works on its own PDFsharp document.
/// </summary>
public sealed partial class PdfDocumentWriter : IDocumentWriter
{
    public byte[] Write(DocumentDefinition document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    public int Write(DocumentDefinition document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        EmbeddedFonts.EnsureInstalled();

        using var uncompressed = new MemoryStream();
        int pages;
        using (var pdf = new PdfDocument())
        {
            pdf.Options.NoCompression = true;
            pdf.Options.CompressContentStreams = false;
            var measurer = new PdfTextMeasurer();
            pages = DocumentRenderer.Render(document, measurer, new PdfPageSink(pdf, measurer));
            pdf.Save(uncompressed, false);
        }

        uncompressed.Position = 0;
        using var final = PdfReader.Open(uncompressed, PdfDocumentOpenMode.Modify);
        DropStaleXmp(final);
        var tags = RenameSubsetTags(final);
        var contentHash = CompressStreams(final, tags);
        WriteMetadata(final, document.Metadata, contentHash);
        final.Options.NoCompression = true;
        final.Options.CompressContentStreams = false;
        using var saved = new MemoryStream();
        final.Save(saved, false);
        var bytes = saved.ToArray();
        FixDocumentId(bytes, contentHash);
        output.Write(bytes);
        return pages;
    }

    /// <summary>
    /// PDFsharp picks subset tags ("ABCDEF+Lato") at random; derive them from the face name instead.
    /// Returns the replacements ("ABCDEF+" → "QWERTY+") still to be made inside streams.
    /// </summary>
    private static Dictionary<string, string> RenameSubsetTags(PdfDocument pdf)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary)
            {
                continue;
            }

            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = dictionary.Elements.GetName(key);
                if (SubsetTag.IsMatch(name))
                {
                    var face = name[8..];
                    var tag = Tag(face);
                    tags[name[1..8]] = tag + "+";
                    dictionary.Elements.SetName(key, $"/{tag}+{face}");
                }
            }
        }

        return tags;
    }

    private static string Tag(string face)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(face));
        return string.Concat(digest.Take(6).Select(b => (char)('A' + (b % 26))));
    }

    /// <summary>Replaces subset tags in stream data, as ASCII (CMaps) and as UTF-16BE (font name tables).</summary>
    private static byte[] ReplaceTags(byte[] data, IReadOnlyDictionary<string, string> tags)
    {
        foreach (var (from, to) in tags)
        {
            ReplaceAll(data, Encoding.ASCII.GetBytes(from), Encoding.ASCII.GetBytes(to));
            ReplaceAll(data, Encoding.BigEndianUnicode.GetBytes(from), Encoding.BigEndianUnicode.GetBytes(to));
        }

        return data;
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

    /// <summary>
    /// PDFsharp writes a fresh random document ID and random XMP uuids on every save; overwrite them in place
    /// (same length, so no offset moves) with values derived from the content.
    /// </summary>
    private static void FixDocumentId(byte[] pdf, byte[] contentHash)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var uuids = XmpUuid.Matches(text);
        for (var i = 0; i < uuids.Count; i++)
        {
            var guid = new Guid(SHA256.HashData([.. contentHash, (byte)i]).AsSpan(0, 16)).ToString("D");
            Encoding.Latin1.GetBytes(guid).CopyTo(pdf, uuids[i].Groups[1].Index);
        }

        var match = TrailerId.Match(text, Math.Max(0, text.Length - 4096));
        if (!match.Success)
        {
            throw new InvalidOperationException("PDFsharp wrote no document ID in the trailer.");
        }

        foreach (var group in (Group[])[match.Groups[1], match.Groups[2]])
        {
            var hex = Convert.ToHexString(SHA256.HashData(contentHash)).ToLowerInvariant();
            var replacement = string.Concat(Enumerable.Repeat(hex, (group.Length / hex.Length) + 1))[..group.Length];
            Encoding.Latin1.GetBytes(replacement).CopyTo(pdf, group.Index);
        }
    }

    [GeneratedRegex("^/[A-Z]{6}\\+")]
    private static partial Regex SubsetTagPattern();

    private static Regex SubsetTag => SubsetTagPattern();

    [GeneratedRegex("/ID\\s*\\[\\s*<([0-9A-Fa-f]+)>\\s*<([0-9A-Fa-f]+)>\\s*\\]")]
    private static partial Regex TrailerIdPattern();

    private static Regex TrailerId => TrailerIdPattern();

    [GeneratedRegex("uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")]
    private static partial Regex XmpUuidPattern();

    private static Regex XmpUuid => XmpUuidPattern();

    /// <summary>The first save's XMP packet carries random ids; the final save writes a new one.</summary>
    private static void DropStaleXmp(PdfDocument pdf)
    {
        if (pdf.Internals.Catalog.Elements.GetReference("/Metadata") is { Value: { } xmp })
        {
            pdf.Internals.Catalog.Elements.Remove("/Metadata");
            pdf.Internals.RemoveObject(xmp);
        }
    }

    /// <summary>Deflates every unfiltered stream with a complete zlib wrapper; returns a hash of all stream data.</summary>
    private static byte[] CompressStreams(PdfDocument pdf, IReadOnlyDictionary<string, string> tags)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var item in pdf.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: { } stream } dictionary)
            {
                continue;
            }

            if (dictionary.Elements.ContainsKey("/Filter"))
            {
                hash.AppendData(stream.Value);
                continue;
            }

            var data = ReplaceTags(stream.Value, tags);
            hash.AppendData(data);

            using var packed = new MemoryStream();
            using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write(data);
            }

            stream.Value = packed.ToArray();
            dictionary.Elements.SetName("/Filter", "/FlateDecode");
        }

        return hash.GetHashAndReset();
    }

    private static void WriteMetadata(PdfDocument pdf, DocumentMetadata metadata, byte[] contentHash)
    {
        var info = pdf.Info;
        info.Elements.Remove("/CreationDate");
        info.Elements.Remove("/ModDate");
        SetIfGiven(info, "/Title", metadata.Title);
        SetIfGiven(info, "/Subject", metadata.Subject);
        SetIfGiven(info, "/Author", metadata.Author);
        SetIfGiven(info, "/Keywords", metadata.Keywords);
        SetIfGiven(info, "/Creator", metadata.Creator);
        if (metadata.CreationDate is { } created)
        {
            info.CreationDate = created.UtcDateTime;
            info.ModificationDate = created.UtcDateTime;
        }

        pdf.Language = metadata.Language;
    }

    private static void SetIfGiven(PdfDocumentInformation info, string key, string? value)
    {
        if (value is not null)
        {
            info.Elements.SetString(key, value);
        }
    }
}
