using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Lms;

namespace Curriculum.Cli.Commands;

/// <summary><c>export &lt;unit-id&gt;... --lms cc|gift [--out DIR]</c>: a package a school's LMS imports.</summary>
public sealed class ExportCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _units = new("unit-id") { Description = "One or more units, e.g. leonid-1 ivan-2 (see 'units').", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _lms = new("--lms")
    {
        Description = "cc: an IMS Common Cartridge 1.3 course (.imscc) for Canvas, Moodle, Schoology or Brightspace; gift: the prompts as Moodle GIFT essay questions.",
        Required = true,
    };

    private readonly PrintInput _print = new();
    private readonly DiscussionInput _input = new();

    public Command Build()
    {
        _lms.OneOf("package", "packages", LmsExport.Ids);
        var command = new Command("export", "Write an LMS package for the chosen units: a Common Cartridge course or Moodle GIFT questions.") { _units, _lms };
        _print.AddTo(command);
        _input.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var loaded = course();
        LmsExport.TryParse(parsed.GetValue(_lms), out var format);
        var units = parsed.GetValue(_units) ?? [];
        var generator = new DiscussionGenerator(loaded, _input.Bank(parsed, loaded, console));
        var package = new LmsExport(new HandoutRenderer()).Export(
            format, units, u => DiscussionInput.Generate(generator, _input.Request(parsed, u)), _print.Options(parsed, _input));
        console.Out.WriteLine(OutputFiles.WriteAtomically(_print.Folder(parsed), package.FileName, package.Bytes));
        return CliApp.Ok;
    }
}
