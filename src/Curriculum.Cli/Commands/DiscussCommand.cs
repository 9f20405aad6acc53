using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Discussion;

namespace Curriculum.Cli.Commands;

/// <summary><c>discuss &lt;unit-id&gt;... --theme --audience --count --seed [--templates DIR]... [--json|--markdown]</c>: a discussion set.</summary>
public sealed class DiscussCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _units = new("unit-id") { Description = "One or more units, e.g. leonid-1 ivan-2 (see 'units').", Arity = ArgumentArity.OneOrMore };
    private readonly DiscussionInput _input = new();
    private readonly Option<bool> _json = new("--json") { Description = "Print the set as JSON." };
    private readonly Option<bool> _markdown = new("--markdown") { Description = "Print the set as Markdown." };

    public Command Build()
    {
        var command = new Command("discuss", "Build a discussion set: verbatim excerpts and graded prompts for the chosen units.") { _units };
        _input.AddTo(command);
        command.Options.Add(_json);
        command.Options.Add(_markdown);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        if (parsed.GetValue(_json) && parsed.GetValue(_markdown))
        {
            throw new UsageException("Choose one of --json and --markdown.");
        }

        var loaded = course();
        var bank = _input.Bank(parsed, loaded, console);
        var set = DiscussionInput.Generate(new DiscussionGenerator(loaded, bank) { Budget = _input.Budget }, _input.Request(parsed, parsed.GetValue(_units) ?? []));
        console.Out.Write(
            parsed.GetValue(_json) ? DiscussionJson.Serialize(set) + "\n"
            : parsed.GetValue(_markdown) ? DiscussionMarkdown.Render(set)
            : DiscussionMarkdown.RenderText(set));
        return CliApp.Ok;
    }
}
