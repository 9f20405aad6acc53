using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// Reads a PDF back with tools we did not write (poppler's <c>pdfinfo</c>, and pikepdf through
/// <c>check_pdf_accessibility.py</c>, run with Debian's <c>/usr/bin/python3</c>): tagged, a structure tree whose
/// headings do not skip a level, no text outside marked content, every MCID mapped back through the parent tree,
/// language, title shown in the title bar, the PDF/UA identifier, and the given excerpts in reading order.
/// </summary>
public static class PdfAccessibilityCheck
{
    public const string Python = "/usr/bin/python3";

    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Pdf", "check_pdf_accessibility.py");

    /// <summary>Why the check cannot run here, or null when it can.</summary>
    public static readonly string? Unavailable = FindUnavailable();

    /// <summary>Checks the PDF at <paramref name="pdfPath"/>; <paramref name="expectedTexts"/> must occur in this order.</summary>
    public static PdfAccessibilityReport Run(string pdfPath, IReadOnlyList<string> expectedTexts)
    {
        if (Unavailable is { } reason)
        {
            throw new InvalidOperationException($"The accessibility check cannot run: {reason}");
        }

        var expectFile = Path.Combine(Path.GetTempPath(), $"curriculum-expect-{Guid.NewGuid():N}.json");
        File.WriteAllText(expectFile, JsonSerializer.Serialize(expectedTexts));
        try
        {
            var (exit, output, errors) = Execute(Python, [Script, pdfPath, "--expect-file", expectFile]);
            if (exit is not (0 or 1 or 2) || output.Length == 0)
            {
                throw new InvalidOperationException($"check_pdf_accessibility.py failed (exit {exit}): {errors}");
            }

            var report = JsonSerializer.Deserialize<PdfAccessibilityReport>(output)
                ?? throw new InvalidOperationException("check_pdf_accessibility.py printed no report.");
            return report;
        }
        finally
        {
            File.Delete(expectFile);
        }
    }

    /// <summary>Writes <paramref name="pdf"/> to a temporary file and checks it.</summary>
    public static PdfAccessibilityReport Run(byte[] pdf, IReadOnlyList<string> expectedTexts)
    {
        var file = Path.Combine(Path.GetTempPath(), $"curriculum-a11y-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            return Run(file, expectedTexts);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? FindUnavailable()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is missing";
        }

        if (!File.Exists(Script))
        {
            return $"{Script} was not copied to the test output";
        }

        try
        {
            if (Execute(Python, ["-c", "import pikepdf"]).Exit != 0)
            {
                return "Debian's python3-pikepdf is not installed";
            }

            return Execute("pdfinfo", ["-v"]).Exit == 0 ? null : "pdfinfo (poppler-utils) does not run";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "pdfinfo (poppler-utils) is not on PATH";
        }
    }

    private static (int Exit, string Output, string Errors) Execute(string program, IEnumerable<string> arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Trim(), errors.Result);
    }
}

/// <summary>What <see cref="PdfAccessibilityCheck"/> found.</summary>
public sealed record PdfAccessibilityReport
{
    [JsonPropertyName("passed")]
    public bool Passed { get; init; }

    [JsonPropertyName("failures")]
    public IReadOnlyList<string> Failures { get; init; } = [];

    [JsonPropertyName("language")]
    public string? Language { get; init; }

    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The headings in reading order: "H1", "H2", …</summary>
    [JsonPropertyName("headings")]
    public IReadOnlyList<string> Headings { get; init; } = [];

    [JsonPropertyName("bookmarks")]
    public IReadOnlyList<PdfBookmark> Bookmarks { get; init; } = [];

    /// <summary>Roles of structure elements with marked content of their own on more than one page (a paragraph split by a page break).</summary>
    [JsonPropertyName("split_elements")]
    public IReadOnlyList<string> SplitElements { get; init; } = [];

    /// <summary>Roles of structure elements whose content spans pages, innermost first (a table, its section, the document).</summary>
    [JsonPropertyName("spanning_elements")]
    public IReadOnlyList<string> SpanningElements { get; init; } = [];

    /// <summary>The text of the structure tree in reading order, whitespace runs collapsed.</summary>
    [JsonPropertyName("reading_order")]
    public string ReadingOrder { get; init; } = "";

    /// <summary>Fails with every problem found, in the checker's words.</summary>
    public void ShouldPass()
    {
        if (!Passed)
        {
            throw new Xunit.Sdk.XunitException("The PDF is not accessible:\n- " + string.Join("\n- ", Failures));
        }
    }
}

/// <summary>An outline entry: its title, nesting level (1 = top), page (1-based) and the top of its destination in PDF points.</summary>
public sealed record PdfBookmark(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("top")] double? Top);

/// <summary>Runs when pdfinfo and Debian's python3-pikepdf are present; skipped otherwise, except on CI (CI=true), where it fails.</summary>
public sealed class PdfAccessibilityFactAttribute : FactAttribute
{
    public PdfAccessibilityFactAttribute()
    {
        if (PdfAccessibilityCheck.Unavailable is { } reason && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"The accessibility check cannot run here ({reason}); CI installs poppler-utils and python3-pikepdf and runs it.";
        }
    }
}
