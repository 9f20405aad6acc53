using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Curriculum.Rendering.Tests.Docx;

/// <summary>
/// Tools we did not write, reading our files back. Each helper takes bytes, so the same checks run on a sample document
/// or on a real handout.
/// </summary>
public static partial class Pandoc
{
    /// <summary>
    /// The Word file as pandoc's Markdown: headings as <c>#</c>, lists, block quotes, tables. Curly quotes and dashes are
    /// kept as they are (<c>-smart</c>) and lines are not wrapped, so verbatim text stays findable.
    /// </summary>
    public static string ToMarkdown(byte[] docx) => Tools.WithFile(docx, ".docx", file =>
        Tools.Run("pandoc", ["-f", "docx", "-t", "markdown-smart", "--wrap=none", file]));

    /// <summary>Markdown with its backslash escapes removed and runs of white space made single spaces: text to search.</summary>
    public static string Plain(string markdown) => Spaces().Replace(Escapes().Replace(markdown, "$1"), " ");

    /// <summary>The heading lines in order, as written: "# Title", "## Part".</summary>
    public static IReadOnlyList<string> Headings(string markdown) =>
        [.. markdown.Split('\n').Where(l => HeadingLine().IsMatch(l)).Select(l => Plain(l).Trim())];

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escapes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^#{1,6} ")]
    private static partial Regex HeadingLine();
}

/// <summary>LibreOffice Writer, headless: converts a Word file to PDF as a teacher's copy of LibreOffice would open it.</summary>
public static class LibreOffice
{
    /// <summary>
    /// Converts with a fresh user profile per run (concurrent runs sharing a profile collide); fails with LibreOffice's
    /// own output when it does not write the PDF.
    /// </summary>
    public static byte[] ToPdf(byte[] docx)
    {
        var folder = Directory.CreateTempSubdirectory("curriculum-soffice-");
        try
        {
            var file = Path.Combine(folder.FullName, "document.docx");
            File.WriteAllBytes(file, docx);
            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var output = Tools.Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName, file], TimeSpan.FromMinutes(3), KitFonts(folder.FullName));
            var pdf = Path.Combine(folder.FullName, "document.pdf");
            File.Exists(pdf).ShouldBeTrue($"LibreOffice wrote no PDF: {output}");
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The faces the kit ships (Charis SIL, Lato, Andika), offered to LibreOffice through a fontconfig file of its own
    /// run, as on a teacher's machine that has them: without them LibreOffice lays the text out in wider stand-in faces
    /// and its pages drift from ours by the fonts alone, which says nothing about our Word file.
    /// </summary>
    private static Dictionary<string, string> KitFonts(string folder)
    {
        var fonts = Directory.CreateDirectory(Path.Combine(folder, "fonts")).FullName;
        var assembly = typeof(Curriculum.Rendering.Documents.HandoutDocument).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("fonts/", StringComparison.Ordinal)))
        {
            using var source = assembly.GetManifestResourceStream(name)!;
            using var target = File.Create(Path.Combine(fonts, name["fonts/".Length..]));
            source.CopyTo(target);
        }

        var config = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(folder, "fontcache")}</cachedir>
            </fontconfig>
            """);
        return new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config };
    }

    /// <summary>Converts many files in one LibreOffice run (it starts once: seconds, not seconds a file), by name.</summary>
    public static IReadOnlyDictionary<string, byte[]> ToPdfs(IReadOnlyList<(string Name, byte[] Docx)> files)
    {
        var folder = Directory.CreateTempSubdirectory("curriculum-soffice-");
        try
        {
            var paths = files.Select(f => Path.Combine(folder.FullName, f.Name)).ToList();
            for (var i = 0; i < files.Count; i++)
            {
                File.WriteAllBytes(paths[i], files[i].Docx);
            }

            var profile = new Uri(Path.Combine(folder.FullName, "profile")).AbsoluteUri;
            var output = Tools.Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", Path.Combine(folder.FullName, "pdf"), .. paths], TimeSpan.FromMinutes(5), KitFonts(folder.FullName));
            return files.ToDictionary(f => f.Name, f =>
            {
                var pdf = Path.Combine(folder.FullName, "pdf", Path.ChangeExtension(f.Name, ".pdf"));
                File.Exists(pdf).ShouldBeTrue($"LibreOffice wrote no PDF for {f.Name}: {output}");
                return File.ReadAllBytes(pdf);
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>Poppler's <c>pdfinfo</c>: what a PDF says about itself.</summary>
public static partial class PdfInfo
{
    public static IReadOnlyDictionary<string, string> Read(byte[] pdf) => Tools.WithFile(pdf, ".pdf", file =>
        Tools.Run("pdfinfo", [file]).Split('\n')
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim()));

    public static int Pages(byte[] pdf) => int.Parse(Read(pdf)["Pages"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The page size in points, from "612 x 792 pts (letter)".</summary>
    public static (double Width, double Height) PageSize(byte[] pdf)
    {
        var match = Size().Match(Read(pdf)["Page size"]);
        return (double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"([\d.]+) x ([\d.]+) pts")]
    private static partial Regex Size();
}

/// <summary>Poppler's <c>pdftotext</c>, for what a page shows as another reader lays it out.</summary>
public static class PdfToText
{
    /// <summary>
    /// Each page's running header, its first line of text, in lower case and with runs of spaces as one ("teacher guide
    /// ivan · three: the end"): our PDF sets the header in capitals, a Word file's in the case it was written.
    /// </summary>
    public static IReadOnlyList<string> PageHeaders(byte[] pdf) => Tools.WithFile(pdf, ".pdf", file =>
        Tools.Run("pdftotext", ["-layout", file, "-"]).Split('\f')
            .SkipLast(1)
            .Select(page => page.Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).FirstOrDefault(l => l.Length > 0) ?? "")
            .Select(l => l.ToLowerInvariant())
            .ToList());
}

/// <summary>Finds and runs the command-line tools the read-back tests use.</summary>
public static class Tools
{
    public static string? Find(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(dir => Path.Combine(dir, name))
        .FirstOrDefault(File.Exists);

    /// <summary>Runs a tool to the end and returns what it printed; a non-zero exit fails with its output.</summary>
    public static string Run(string tool, IEnumerable<string> arguments, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var path = Find(tool) ?? throw new InvalidOperationException($"{tool} is not on PATH; CI must install it.");
        var start = new ProcessStartInfo(path, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} did not finish in time.");
        }

        var output = stdout.Result;
        process.ExitCode.ShouldBe(0, $"{tool} failed: {stderr.Result}{output}");
        return output;
    }

    public static T WithFile<T>(byte[] bytes, string extension, Func<string, T> use)
    {
        var file = Path.Combine(Path.GetTempPath(), $"curriculum-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(file, bytes);
        try
        {
            return use(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// Runs when every named tool is on PATH; skipped otherwise, except on CI (CI=true), where a missing tool fails the test.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => Tools.Find(t) is null).ToList();
        if (missing.Count > 0 && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"{string.Join(" and ", missing)} not on PATH (CI installs them and runs this check).";
        }
    }
}
