using Curriculum.Rendering.Layout;
using PdfSharp.Pdf;

namespace Curriculum.Rendering.Pdf;

/// <summary>Turns a document into bytes; the PDF one is <see cref="PdfDocumentWriter"/>.</summary>
public interface IDocumentWriter
{
    byte[] Write(DocumentDefinition document);

    /// <summary>Writes the document to <paramref name="output"/>; returns its number of pages.</summary>
    int Write(DocumentDefinition document, Stream output);
}

/// <summary>
/// Writes PDF with PDFsharp 6.2.4: fonts embedded as subsets; PDFsharp writes uncompressed and
/// <see cref="PdfFinisher"/> compresses with complete zlib data and makes the bytes the same for the same document.
/// Thread-safe: every call works on its own PDFsharp document.
/// </summary>
public sealed class PdfDocumentWriter : IDocumentWriter
{
    private readonly bool shortcuts;

    public PdfDocumentWriter()
        : this(shortcuts: true)
    {
    }

    /// <summary>
    /// With <paramref name="shortcuts"/> false, PDFsharp does all its own work: every line is drawn by DrawString
    /// (not <see cref="PdfTextOperators"/>) and every font subset is made at Save (not by <see cref="PdfFontSubsets"/>).
    /// Tests require the same bytes both ways.
    /// </summary>
    internal PdfDocumentWriter(bool shortcuts)
    {
        this.shortcuts = shortcuts;
    }

    /// <summary>Working buffers, one set per thread and reused, so that a PDF in the making is not allocated afresh every time.</summary>
    private static class Scratch
    {
        [ThreadStatic]
        private static MemoryStream? uncompressed;

        [ThreadStatic]
        private static MemoryStream? finished;

        public static MemoryStream Uncompressed => uncompressed ??= new MemoryStream(512 * 1024);

        public static MemoryStream Finished => finished ??= new MemoryStream(256 * 1024);

        /// <summary>A buffer grown past a few megabytes (the whole course reader) is let go rather than kept by the thread.</summary>
        public static void Trim()
        {
            if (finished is { Capacity: > 4 * 1024 * 1024 })
            {
                finished = null;
            }

            if (uncompressed is { Capacity: > 8 * 1024 * 1024 })
            {
                uncompressed = null;
            }
        }
    }

    public byte[] Write(DocumentDefinition document) => WriteBytes(document, out _);

    /// <summary>
    /// The finished PDF as one array of its exact size, with its page count. It is finished into this thread's reused
    /// buffer and copied once: a growing <see cref="MemoryStream"/> would allocate (on the large object heap, past
    /// 85 KB) every size it passes through, and then the copy.
    /// </summary>
    internal byte[] WriteBytes(DocumentDefinition document, out int pages)
    {
        var finished = Scratch.Finished;
        finished.SetLength(0);
        try
        {
            pages = Write(document, finished);
            return finished.ToArray();
        }
        finally
        {
            finished.SetLength(0);
            Scratch.Trim();
        }
    }

    public int Write(DocumentDefinition document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        EmbeddedFonts.EnsureInstalled();

        var metadata = document.Metadata;
        var measurer = new PdfTextMeasurer();
        var attempts = new List<PdfDocument>();
        try
        {
            var (sink, pages) = DocumentRenderer.Render(document, measurer, () =>
            {
                var attempt = new PdfDocument();
                attempt.Options.NoCompression = true;
                attempt.Options.CompressContentStreams = false;
                attempts.Add(attempt);
                return new PdfPageSink(attempt, measurer, shortcuts);
            });
            WriteMetadata(sink.Document, metadata);
            sink.Tags.WriteTo(sink.Document);
            if (shortcuts)
            {
                PdfFontSubsets.Prepare(sink.Document);
            }

            var uncompressed = Scratch.Uncompressed;
            uncompressed.SetLength(0);
            sink.Document.Save(uncompressed, false);
            var finished = output.CanSeek ? output : Scratch.Finished;
            if (!output.CanSeek)
            {
                finished.SetLength(0);
            }

            PdfFinisher.Finish(uncompressed.GetBuffer(), (int)uncompressed.Length, keepDates: metadata.CreationDate is not null, finished);
            if (!output.CanSeek)
            {
                finished.Position = 0;
                finished.CopyTo(output);
            }

            return pages;
        }
        finally
        {
            attempts.ForEach(a => a.Dispose());
        }
    }

    private static void WriteMetadata(PdfDocument pdf, DocumentMetadata metadata)
    {
        var info = pdf.Info;
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
