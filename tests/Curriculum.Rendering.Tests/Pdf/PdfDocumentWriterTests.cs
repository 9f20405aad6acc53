using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;
using UglyToad.PdfPig;

namespace Curriculum.Rendering.Tests.Pdf;

public sealed class PdfDocumentWriterTests
{
    private const double Margin = 54;
    private static readonly Lazy<byte[]> LetterHandout = new(() => new PdfDocumentWriter().Write(SampleDocuments.Handout()));

    [Fact]
    public void Extracted_text_keeps_curly_quotes_dashes_and_ellipses_verbatim()
    {
        using var pdf = PdfDocument.Open(LetterHandout.Value);

        var words = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));

        words.ShouldContain(SampleDocuments.Quoted);
    }

    [Fact]
    public void The_footer_reads_page_n_of_m_on_every_page()
    {
        using var pdf = PdfDocument.Open(LetterHandout.Value);

        var footers = pdf.GetPages().Select(p => string.Join(' ', p.GetWords().TakeLast(4).Select(w => w.Text)));

        footers.ShouldBe(Enumerable.Range(1, pdf.NumberOfPages).Select(n => $"Page {n} of {pdf.NumberOfPages}"));
    }

    [Fact]
    public void Every_font_is_embedded_as_a_subset()
    {
        using var pdf = PdfDocument.Open(LetterHandout.Value);
        var fontNames = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        var fontPrograms = Regex.Count(Encoding.Latin1.GetString(LetterHandout.Value), "/FontFile2");

        fontNames.ShouldAllBe(name => Regex.IsMatch(name ?? "", "^[A-Z]{6}\\+"));
        fontPrograms.ShouldBe(fontNames.Count);
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes()
    {
        var writer = new PdfDocumentWriter();

        writer.Write(SampleDocuments.Handout()).ShouldBe(writer.Write(SampleDocuments.Handout()));
    }

    [Fact]
    public void Letter_and_A4_pages_get_their_own_media_box()
    {
        using var letter = PdfDocument.Open(LetterHandout.Value);
        using var a4 = PdfDocument.Open(new PdfDocumentWriter().Write(SampleDocuments.Handout(PaperSize.A4)));

        (letter.GetPage(1).Width, letter.GetPage(1).Height).ShouldBe((612.0, 792.0));
        a4.GetPage(1).Width.ShouldBe(595.28, 0.01);
        a4.GetPage(1).Height.ShouldBe(841.89, 0.01);
    }

    [Fact]
    public void Metadata_is_written_to_the_info_dictionary_and_catalog()
    {
        using var pdf = PdfDocument.Open(LetterHandout.Value);
        var info = pdf.Information;

        (info.Title, info.Subject, info.Author, info.Keywords).ShouldBe(
            ("Reading the River", "Discussion handout", "Curriculum tests", "rivers, reading"));
        info.CreationDate.ShouldBeNull();
        Encoding.Latin1.GetString(LetterHandout.Value).ShouldContain("/Lang(en-GB)");
    }

    [Fact]
    public void No_text_is_drawn_outside_the_margins()
    {
        using var pdf = PdfDocument.Open(LetterHandout.Value);

        foreach (var page in pdf.GetPages())
        {
            page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ShouldAllBe(l =>
                l.BoundingBox.Left >= Margin - 0.5 && l.BoundingBox.Right <= page.Width - Margin + 0.5
                && l.BoundingBox.Bottom >= Margin - 0.5 && l.BoundingBox.Top <= page.Height - Margin + 0.5);
        }
    }

    [Fact]
    public void Links_point_at_their_target_over_the_linked_text()
    {
        var document = Document.Create(doc => doc.Page(page =>
            page.Content().Hyperlink(new Uri("https://example.org/river")).Text("Read the river")));
        using var pdf = PdfDocument.Open(new PdfDocumentWriter().Write(document));
        var page = pdf.GetPage(1);

        var link = page.GetHyperlinks().Single();

        link.Uri.ShouldBe("https://example.org/river");
        link.Bounds.Top.ShouldBe(page.Height - Margin, 0.5);
    }

    [QpdfFact]
    public void Qpdf_finds_no_errors_or_warnings()
    {
        Qpdf.Check(LetterHandout.Value);
    }
}

/// <summary>Runs <c>qpdf --check</c> on PDF bytes and fails on any error or warning.</summary>
public static class Qpdf
{
    public static void Check(byte[] pdf)
    {
        var qpdf = QpdfFactAttribute.Qpdf ?? throw new InvalidOperationException("CI must have qpdf on PATH.");

        var file = Path.Combine(Path.GetTempPath(), $"curriculum-qpdf-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(qpdf, ["--check", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();

            (process.ExitCode, output.Contains("WARNING", StringComparison.OrdinalIgnoreCase)).ShouldBe((0, false), output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>Runs when qpdf is on PATH; skipped otherwise, except on CI (CI=true), where a missing qpdf fails.</summary>
public sealed class QpdfFactAttribute : FactAttribute
{
    public static readonly string? Qpdf = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, "qpdf"))
        .FirstOrDefault(File.Exists);

    public QpdfFactAttribute()
    {
        if (Qpdf is null && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = "qpdf is not on PATH (CI installs it and runs this check).";
        }
    }
}
