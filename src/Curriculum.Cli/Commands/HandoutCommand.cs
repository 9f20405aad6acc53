using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Cli.Commands;

/// <summary><c>handout &lt;unit-id&gt;... --kind student|teacher|packet --paper letter|a4 [discuss options] --out DIR</c>: printable PDFs.</summary>
public sealed class HandoutCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _units = new("unit-id") { Description = "One or more units, e.g. leonid-1 ivan-2 (see 'units').", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string> _kind = new("--kind") { Description = "student (one handout per unit), teacher (one guide per unit) or packet (one workshop packet).", DefaultValueFactory = _ => "student" };
    private readonly PrintInput _print = new();
    private readonly DiscussionInput _input = new();

    public Command Build()
    {
        _kind.AcceptOnlyFromAmong("student", "teacher", "packet");
        var command = new Command("handout", "Write printable PDFs for the chosen units: student handouts, teacher guides or a workshop packet.") { _units, _kind };
        _print.AddTo(command);
        _input.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var loaded = course();
        var units = parsed.GetValue(_units) ?? [];
        var kind = Enum.Parse<HandoutKind>(parsed.GetValue(_kind)!, ignoreCase: true);
        var options = _print.Options(parsed, _input);
        var generator = new DiscussionGenerator(loaded, _input.Bank(parsed, loaded, console)) { Budget = _input.Budget };
        var renderer = new HandoutRenderer(loaded);

        // Everything is generated and rendered before the first byte is written: a bad option changes no file.
        var requests = kind == HandoutKind.Packet ? [_input.Request(parsed, units)] : units.Select(u => _input.Request(parsed, [u])).ToList();
        var documents = requests.Select(r => renderer.Render(DiscussionInput.Generate(generator, r), kind, options)).ToList();

        var folder = _print.Folder(parsed);
        foreach (var document in documents)
        {
            console.Out.WriteLine(OutputFiles.WriteAtomically(folder, document.FileName, document.Bytes));
        }

        return CliApp.Ok;
    }
}
