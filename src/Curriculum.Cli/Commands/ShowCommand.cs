using System.CommandLine;
using System.Text.Json;
using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;

namespace Curriculum.Cli.Commands;

/// <summary><c>show &lt;unit-id&gt; [--json]</c>: one unit, block by block, with speakers named as a teacher would.</summary>
public sealed class ShowCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string> _unit = new("unit-id") { Description = "The unit to show, e.g. leonid-1 (see 'units')." };
    private readonly Option<bool> _json = new("--json") { Description = "Print the unit as JSON." };

    public Command Build()
    {
        var command = new Command("show", "Print one lesson unit: its blocks, kinds, speakers and seed line numbers.") { _unit, _json };
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var loaded = course();
        var unit = FindUnit(loaded.Article, parsed.GetRequiredValue(_unit));
        if (parsed.GetValue(_json))
        {
            console.Out.WriteLine(JsonSerializer.Serialize(unit.ToJson(loaded), ContentJson.Options));
            return CliApp.Ok;
        }

        var notes = loaded.AnnotationFor(unit);
        var o = console.Out;
        o.WriteLine(unit.Heading is null ? $"{unit.Id}: {unit.Title}" : $"{unit.Id}: {unit.Heading}");
        o.WriteLine($"Profile: {unit.Profile?.Name ?? "—"} · {unit.Words} words · about {notes.Minutes} minutes · themes: {string.Join(", ", notes.Themes)}");
        o.WriteLine($"Advisory: {notes.Advisory.Level}{(notes.Advisory.Reasons.Count > 0 ? " — " + string.Join(" ", notes.Advisory.Reasons) : "")}");
        o.WriteLine();
        foreach (var block in unit.Blocks)
        {
            var who = block.Kind switch
            {
                BlockKind.Call => $"{block.Speaker!.Name}{(block.Direction is null ? "" : $" ({block.Direction})")}",
                BlockKind.Interview => UnitMaterials.InterviewLabel(block.Speaker?.Name),
                BlockKind.Photo or BlockKind.Teaser => $"{ContentJson.KindName(block.Kind)}, not the article",
                _ => block.Speaker is null ? "the AP" : $"the AP, quoting {block.Speaker.Name}",
            };
            o.WriteLine($"[{block.Id} · line {block.Line} · {ContentJson.KindName(block.Kind)} · {who}]");
            o.WriteLine(block.Text);
            o.WriteLine();
        }

        return CliApp.Ok;
    }

    /// <summary>The unit, or a usage error naming the valid ids, nearest first.</summary>
    public static LessonUnit FindUnit(Article article, string id) =>
        article.FindUnit(id) ?? throw new UsageException(
            $"Unknown unit '{id}'. Valid unit ids, nearest first: {string.Join(", ", Taxonomy.Nearest(article.UnitIds, id))}");
}
