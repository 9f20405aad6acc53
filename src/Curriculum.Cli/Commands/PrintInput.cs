using System.CommandLine;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Cli.Commands;

/// <summary>How to print, shared by <c>handout</c> and <c>course</c>: paper, edition, file formats, and the output folder.</summary>
public sealed class PrintInput
{
    private readonly Option<string[]> _format = new("--format")
    {
        Description = "pdf, docx (Word, to edit in Word, LibreOffice or Google Docs) or html (a web page); repeat it for several, or 'all'. Default: pdf.",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => ["pdf"],
    };

    private readonly Option<bool> _largePrint = new("--large-print") { Description = "Large print: body text at 18 pt or more, for students with that accommodation." };
    private readonly Option<string> _paper = new("--paper") { Description = "letter or a4.", DefaultValueFactory = _ => "letter" };
    private readonly Option<bool> _easyRead = new("--easy-read") { Description = "Set the reading text in Andika, a face for beginning readers that many readers with dyslexia find easier." };
    private readonly Option<string> _out = new("--out") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "output" };

    public void AddTo(Command command)
    {
        _paper.OneOf("paper", "papers", Choices.Papers);
        _format.OneOf("format", "formats", [.. Choices.Formats, "all"]);
        // An empty --out is a mistake in the call (exit 2), found before any work starts.
        _out.Validators.Add(result =>
        {
            if (OutputFiles.Problem(result.GetValueOrDefault<string>()) is { } problem)
            {
                result.AddError(problem + ".");
            }
        });
        command.Options.Add(_paper);
        command.Options.Add(_format);
        command.Options.Add(_easyRead);
        command.Options.Add(_largePrint);
        command.Options.Add(_out);
    }

    public HandoutOptions Options(ParseResult parsed, DiscussionInput discussion)
    {
        var (easyRead, largePrint) = (parsed.GetValue(_easyRead), parsed.GetValue(_largePrint));
        if (easyRead && largePrint)
        {
            throw new UsageException("--easy-read and --large-print are two editions; choose one (easy-read already sets the reading text large and spaced).");
        }

        return new(
            Choices.TryPaper(parsed.GetValue(_paper), out var paper) ? paper : Paper.Letter,
            easyRead ? Edition.EasyRead : largePrint ? Edition.LargePrint : Edition.Standard,
            discussion.TemplateFolders(parsed));
    }

    /// <summary>The formats asked for, each once, in the order pdf, docx, html.</summary>
    public IReadOnlyList<OutputFormat> Formats(ParseResult parsed)
    {
        var asked = parsed.GetValue(_format) ?? [];
        if (asked.Contains("all", StringComparer.OrdinalIgnoreCase))
        {
            return Enum.GetValues<OutputFormat>();
        }

        return [.. asked.Select(f => Choices.TryFormat(f, out var format) ? format : OutputFormat.Pdf).Distinct().Order()];
    }

    /// <summary>The folder as the user named it, before anything is created.</summary>
    public string FolderName(ParseResult parsed) => parsed.GetValue(_out)!;

    /// <summary>The output folder, created when missing; call it only once everything is ready to write.</summary>
    public string Folder(ParseResult parsed) => OutputFiles.PrepareFolder(parsed.GetValue(_out)!);
}
