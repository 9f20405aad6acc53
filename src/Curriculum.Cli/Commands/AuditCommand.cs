using System.CommandLine;
using System.Globalization;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;

namespace Curriculum.Cli.Commands;

/// <summary>
/// <c>audit [--seeds N] [--templates DIR]...</c>: generates every unit, and every pair of neighboring units, for every
/// theme and audience over seeds 1–N, and checks every prompt against its binding; prints what it checked and each
/// failure (prompt, unit, theme, audience, seed), and exits 1 on any failure.
/// </summary>
public sealed class AuditCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Option<int> _seeds = new("--seeds") { Description = "Check seeds 1 to N (default 50).", DefaultValueFactory = _ => 50 };
    private readonly Option<int> _count = new("--count") { Description = "How many prompts each set asks for (default 6).", DefaultValueFactory = _ => DiscussionAudit.DefaultCount };
    private readonly Option<string[]> _templates = new("--templates") { Description = "A folder of your own prompt templates, laid over the shipped bank (repeatable)." };

    public Command Build()
    {
        var command = new Command("audit", "Check every generated prompt: who said it and how, verbatim quotes inside its excerpts, clean punctuation, counts and coverage.")
        {
            _seeds, _count, _templates,
        };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var seeds = parsed.GetValue(_seeds);
        var count = parsed.GetValue(_count);
        if (seeds < 1)
        {
            throw new UsageException($"--seeds must be at least 1, not {seeds}.");
        }

        if (count is < 1 or > DiscussionGenerator.MaxCount)
        {
            throw new UsageException($"--count must be between 1 and {DiscussionGenerator.MaxCount}, not {count}.");
        }

        var loaded = course();
        var folders = parsed.GetValue(_templates) ?? [];
        if (folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
        {
            throw new UsageException($"--templates {missing}: there is no such folder.");
        }

        PromptBank bank;
        try
        {
            bank = folders.Length == 0 ? PromptBank.Shipped(loaded) : PromptBank.Load(loaded, folders);
        }
        catch (TemplateErrorsException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            return CliApp.Failed;
        }

        var report = new DiscussionAudit(loaded, bank).Run(1, seeds, count);
        var o = console.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Checked {report.Sets:N0} sets (every unit and every pair of neighboring units × {Core.Teaching.Taxonomy.Themes.Count} themes × {Core.Teaching.Taxonomy.Audiences.Count} audiences × seeds 1–{seeds}, {count} prompts asked each): {report.Prompts:N0} prompts, {report.DistinctPrompts:N0} distinct prompt fillings checked against their bindings; coverage of {report.CoverageCells} unit × theme × audience cells; {report.Elapsed.TotalSeconds:0.0} s."));
        if (report.Passed)
        {
            o.WriteLine("No failures.");
            return CliApp.Ok;
        }

        o.WriteLine($"{report.Failures.Count} failure(s):");
        foreach (var failure in report.Failures)
        {
            o.WriteLine($"- {failure}");
        }

        return CliApp.Failed;
    }
}
