using System.CommandLine;
using System.Diagnostics;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Rendering.Handouts;
using Spectre.Console;

namespace Curriculum.Cli.Commands;

/// <summary>
/// <c>course [--out DIR]</c>, the kit's main job: a student handout and a teacher guide for every unit, the course
/// reader and a workshop packet, written into <c>output/</c> with progress and a closing summary.
/// </summary>
public sealed class CourseCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Option<string> _out = new("--out") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "output" };
    private readonly Option<string> _paper = new("--paper") { Description = "letter or a4.", DefaultValueFactory = _ => "letter" };
    private readonly DiscussionInput _input = new(defaultCount: 6);

    public Command Build()
    {
        _paper.AcceptOnlyFromAmong("letter", "a4");
        var command = new Command("course", "Write the whole kit into output/: a student handout and a teacher guide per unit, the course reader and a workshop packet.") { _out, _paper };
        _input.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private sealed record Job(string Label, Func<RenderedDocument> Render);

    private int Run(ParseResult parsed)
    {
        var clock = Stopwatch.StartNew();
        var loaded = course();
        var options = new HandoutOptions(HandoutRenderer.Paper(parsed.GetValue(_paper)!), _input.LeaveOutGraphic(parsed), _input.TemplateFolders(parsed));
        var generator = new DiscussionGenerator(loaded, _input.Bank(parsed, loaded, console));
        var renderer = new HandoutRenderer(loaded);

        // Every request is checked before anything is rendered or written.
        var units = loaded.Article.Units;
        var sets = units.ToDictionary(u => u.Id, u => DiscussionInput.Generate(generator, _input.Request(parsed, [u.Id])));
        var numbered = units.Where(u => u.Number is not null).Select(u => u.Id).ToList();
        var packetSet = DiscussionInput.Generate(generator, _input.Request(parsed, numbered));

        var jobs = new List<Job>();
        foreach (var unit in units)
        {
            jobs.Add(new Job($"student handout {unit.Id}", () => renderer.Render(sets[unit.Id], HandoutKind.Student, options)));
            jobs.Add(new Job($"teacher guide {unit.Id}", () => renderer.Render(sets[unit.Id], HandoutKind.Teacher, options)));
        }

        jobs.Add(new Job("course reader", () => renderer.RenderReader(options)));
        jobs.Add(new Job("workshop packet", () => renderer.Render(packetSet, HandoutKind.Packet, options)));

        var folder = OutputFiles.PrepareFolder(parsed.GetValue(_out)!);
        var written = new List<(string Path, int Pages, long Bytes)>();
        void RunJob(Job job)
        {
            var document = job.Render();
            written.Add((OutputFiles.WriteAtomically(folder, document.FileName, document.Bytes), document.PageCount, document.Bytes.LongLength));
        }

        if (console.IsTerminal)
        {
            console.Ansi.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("Rendering the kit", maxValue: jobs.Count);
                foreach (var job in jobs)
                {
                    task.Description = $"Rendering {job.Label}";
                    RunJob(job);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (var (job, index) in jobs.Select((j, i) => (j, i + 1)))
            {
                RunJob(job);
                console.Out.WriteLine($"[{index}/{jobs.Count}] {Path.GetRelativePath(Environment.CurrentDirectory, written[^1].Path)} ({written[^1].Pages} pages)");
            }
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        console.Out.WriteLine(
            $"Wrote {written.Count} PDF files ({written.Sum(w => w.Pages)} pages, {written.Sum(w => w.Bytes) / 1024.0 / 1024.0:0.0} MB) to {relative}{Path.DirectorySeparatorChar} in {clock.Elapsed.TotalSeconds:0.0} s: " +
            $"a student handout and a teacher guide for each of {units.Count} units, the course reader and a workshop packet.");
        return CliApp.Ok;
    }
}
