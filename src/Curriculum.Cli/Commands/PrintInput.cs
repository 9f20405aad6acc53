using System.CommandLine;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Cli.Commands;

/// <summary>How to print, shared by <c>handout</c> and <c>course</c>: paper, an easy-reading face, and the output folder.</summary>
public sealed class PrintInput
{
    private readonly Option<string> _paper = new("--paper") { Description = "letter or a4.", DefaultValueFactory = _ => "letter" };
    private readonly Option<bool> _easyRead = new("--easy-read") { Description = "Set the reading text in Andika, a face for beginning readers that many readers with dyslexia find easier." };
    private readonly Option<string> _out = new("--out") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "output" };

    public void AddTo(Command command)
    {
        _paper.AcceptOnlyFromAmong("letter", "a4");
        // An empty --out is a mistake in the call (exit 2), found before any work starts.
        _out.Validators.Add(result =>
        {
            if (OutputFiles.Problem(result.GetValueOrDefault<string>()) is { } problem)
            {
                result.AddError(problem + ".");
            }
        });
        command.Options.Add(_paper);
        command.Options.Add(_easyRead);
        command.Options.Add(_out);
    }

    public HandoutOptions Options(ParseResult parsed, DiscussionInput discussion) => new(
        HandoutRenderer.Paper(parsed.GetValue(_paper)!),
        discussion.LeaveOutGraphic(parsed),
        discussion.TemplateFolders(parsed),
        parsed.GetValue(_easyRead));

    /// <summary>The output folder, created when missing; call it only once everything is ready to write.</summary>
    public string Folder(ParseResult parsed) => OutputFiles.PrepareFolder(parsed.GetValue(_out)!);
}
