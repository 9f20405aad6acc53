using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Cli.Commands;

/// <summary><c>handout &lt;unit-id&gt;... --kind student|teacher|packet|reader [--format pdf|docx|html] [print and discuss options]</c>.</summary>
public sealed class HandoutCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _units = new("unit-id") { Description = "One or more units, e.g. leonid-1 ivan-2 (see 'units'); none for the course reader, which is the whole article.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string> _kind = new("--kind") { Description = "student (one handout per unit), teacher (one guide per unit), packet (one workshop packet for all the units, with a ladder of four prompts per unit; --count is not used) or reader (the course reader: the whole article).", DefaultValueFactory = _ => "student" };
    private readonly PrintInput _print = new();
    private readonly DiscussionInput _input = new();

    public Command Build()
    {
        _kind.OneOf("kind", "kinds", [.. DocumentKinds.All.Select(k => k.Id)]);
        var command = new Command("handout", "Write handouts for the chosen units as PDF, Word or web pages: student handouts, teacher guides, a workshop packet or the course reader.") { _units, _kind };
        _print.AddTo(command);
        _input.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var loaded = course();
        var kind = DocumentKinds.Find(parsed.GetValue(_kind))!;
        var units = parsed.GetValue(_units) ?? [];
        if (kind == DocumentKinds.Reader)
        {
            // The reader is the whole article in order; naming units makes a reader of just those.
            units = units.Length == 0 ? [.. loaded.Article.UnitIds] : units;
        }
        else if (units.Length == 0)
        {
            throw new UsageException($"Name at least one unit for a {kind.Label.ToLowerInvariant()}, e.g. 'handout leonid-1 --kind {kind.Id}' (see 'units').");
        }

        var options = _print.Options(parsed, _input);
        var generator = new DiscussionGenerator(loaded, _input.Bank(parsed, loaded, console)) { Budget = _input.Budget };
        var renderer = new HandoutRenderer();

        // Everything is generated and rendered before the first byte is written: a bad option changes no file.
        // A packet gives each unit its own ladder of prompts (WorkshopPacket.PromptsPerUnit), asked for one unit at a time.
        var formats = _print.Formats(parsed);
        var sets = kind == DocumentKinds.Packet
            ? [WorkshopPacket.Set(units, (unit, count) => DiscussionInput.Generate(generator, _input.Request(parsed, [unit]) with { Count = count }))]
            : (!kind.OnePerUnit ? [_input.Request(parsed, units)] : units.Select(u => _input.Request(parsed, [u]))).Select(r => DiscussionInput.Generate(generator, r)).ToList();
        var documents = formats.SelectMany(format => sets.Select(set => renderer.Render(set, kind, options, format))).ToList();

        var folder = _print.Folder(parsed);
        foreach (var document in documents)
        {
            console.Out.WriteLine(OutputFiles.WriteAtomically(folder, document.FileName, document.Bytes));
        }

        return CliApp.Ok;
    }
}
