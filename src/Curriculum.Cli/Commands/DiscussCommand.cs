using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Cli.Commands;

/// <summary><c>discuss &lt;unit-id&gt;... --theme --audience --count --seed [--templates DIR]... [--json|--markdown]</c>: a discussion set.</summary>
public sealed class DiscussCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _units = new("unit-id") { Description = "One or more units, e.g. leonid-1 ivan-2 (see 'units').", Arity = ArgumentArity.OneOrMore };
    private readonly Option<string[]> _themes = new("--theme") { Description = "Themes to draw prompts from (any if left out).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string> _audience = new("--audience") { Description = "6-8, 9-10, 11-12, adult or workshop.", DefaultValueFactory = _ => "9-10" };
    private readonly Option<int> _count = new("--count") { Description = "How many prompts (1-50); fewer come back if fewer fit.", DefaultValueFactory = _ => 6 };
    private readonly Option<int> _seed = new("--seed") { Description = "Same seed, same set.", DefaultValueFactory = _ => 1 };
    private readonly Option<string[]> _templates = new("--templates") { Description = "A folder of your own prompt templates, laid over the shipped bank (repeatable)." };
    private readonly Option<bool> _leaveOutGraphic = new("--leave-out-graphic") { Description = "Leave out lines tagged graphic (always on for 6-8)." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the set as JSON." };
    private readonly Option<bool> _markdown = new("--markdown") { Description = "Print the set as Markdown." };

    public Command Build()
    {
        var command = new Command("discuss", "Build a discussion set: verbatim excerpts and graded prompts for the chosen units.")
        {
            _units, _themes, _audience, _count, _seed, _templates, _leaveOutGraphic, _json, _markdown,
        };
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
        PromptBank bank;
        try
        {
            bank = PromptBank.Load(loaded, parsed.GetValue(_templates) ?? []);
        }
        catch (TemplateErrorsException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error);
            }

            console.Error.WriteLine("The prompt templates have errors; nothing was generated. Check them with 'curriculum templates validate DIR'.");
            return CliApp.Failed;
        }

        var request = new DiscussionRequest(
            parsed.GetValue(_units) ?? [],
            parsed.GetValue(_themes) ?? [],
            parsed.GetValue(_audience) ?? "9-10",
            parsed.GetValue(_count),
            parsed.GetValue(_seed),
            new DiscussionOptions(LeaveOutGraphic: parsed.GetValue(_leaveOutGraphic)));

        DiscussionSet set;
        try
        {
            set = new DiscussionGenerator(loaded, bank).Generate(request);
        }
        catch (DiscussionRequestException e)
        {
            throw new UsageException(char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".");
        }

        console.Out.Write(
            parsed.GetValue(_json) ? DiscussionJson.Serialize(set) + "\n"
            : parsed.GetValue(_markdown) ? DiscussionMarkdown.Render(set)
            : DiscussionMarkdown.RenderText(set));
        return CliApp.Ok;
    }
}
