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
    /// (not <see cref="PdfTextOperators"/>), every font subset is made at Save (not by <see cref="PdfFontSubsets"/>)
    /// and every object is written by Save (not by <see cref="PdfObjectWriter"/>).
    /// Tests require the same bytes both ways.
    /// </summary>
    internal PdfDocumentWriter(bool shortcuts)
    {
        this.shortcuts = shortcuts;
    }

    /// <summary>
    /// Working buffers, reused so that a PDF in the making is not allocated afresh every time. They are lent to one
    /// render at a time and kept in a small shared pool, not by each thread: a server's renders move between a dozen
    /// thread-pool threads, each of which would otherwise keep its own set (about 0.8 MB, on the large object heap).
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>Sets kept for the next renders; more renders at once than this make sets that are let go afterwards.</summary>
        private static readonly int Kept = Math.Max(2, Environment.ProcessorCount * 2);

        private static readonly System.Collections.Concurrent.ConcurrentStack<Scratch> Pool = new();

        public MemoryStream Uncompressed { get; private set; } = new(512 * 1024);

        public MemoryStream Finished { get; private set; } = new(256 * 1024);

        public static Scratch Rent() => Pool.TryPop(out var scratch) ? scratch : new Scratch();

        /// <summary>Gives the set back; a buffer grown past a few megabytes (the whole course reader) is let go rather than kept.</summary>
        public static void Return(Scratch scratch)
        {
            scratch.Uncompressed.SetLength(0);
            scratch.Finished.SetLength(0);
            if (scratch.Finished.Capacity > 4 * 1024 * 1024)
            {
                scratch.Finished = new MemoryStream(256 * 1024);
            }

            if (scratch.Uncompressed.Capacity > 8 * 1024 * 1024)
            {
                scratch.Uncompressed = new MemoryStream(512 * 1024);
            }

            if (Pool.Count < Kept)
            {
                Pool.Push(scratch);
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
        var scratch = Scratch.Rent();
        try
        {
            pages = Write(document, scratch.Finished, scratch);
            return scratch.Finished.ToArray();
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    public int Write(DocumentDefinition document, Stream output)
    {
        var scratch = Scratch.Rent();
        try
        {
            return Write(document, output, scratch);
        }
        finally
        {
            Scratch.Return(scratch);
        }
    }

    private int Write(DocumentDefinition document, Stream output, Scratch scratch)
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

            var uncompressed = scratch.Uncompressed;
            uncompressed.SetLength(0);
            if (shortcuts)
            {
                PdfObjectWriter.Save(sink.Document, uncompressed);
            }
            else
            {
                sink.Document.Save(uncompressed, false);
            }

            var finished = output.CanSeek ? output : scratch.Finished;
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
