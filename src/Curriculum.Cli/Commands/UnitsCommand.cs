using System.CommandLine;
using System.Text.Json;
using Curriculum.Core;
using Curriculum.Core.Content;
using Spectre.Console;

namespace Curriculum.Cli.Commands;

/// <summary><c>units [--json]</c>: every lesson unit, as a table or a JSON array.</summary>
public sealed class UnitsCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Option<bool> _json = new("--json") { Description = "Print the units as a JSON array (with their blocks)." };

    public Command Build()
    {
        var command = new Command("units", "List the lesson units: profile, number, title, words and content advisory.") { _json };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var loaded = course();
        if (parsed.GetValue(_json))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(loaded.Article.Units.Select(u => u.ToJson(loaded)), ContentJson.Options));
            return CliApp.Ok;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Unit").AddColumn("Profile").AddColumn(new TableColumn("No.").RightAligned())
            .AddColumn("Title").AddColumn(new TableColumn("Words").RightAligned()).AddColumn("Advisory");
        foreach (var unit in loaded.Article.Units)
        {
            var advisory = loaded.AnnotationFor(unit).Advisory.Level;
            table.AddRow(
                Markup.Escape(unit.Id),
                Markup.Escape(unit.Profile?.Name ?? "—"),
                unit.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(unit.Title),
                unit.Words.ToString(System.Globalization.CultureInfo.InvariantCulture),
                advisory);
        }

        console.Ansi.Write(table);
        console.Out.WriteLine($"{loaded.Article.Units.Count} units; show one with: curriculum show <unit-id>");
        return CliApp.Ok;
    }
}
