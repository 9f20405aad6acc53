using System.CommandLine;
using System.Diagnostics;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Humanizer;
using Spectre.Console;

namespace Curriculum.Cli.Commands;

/// <summary>
/// <c>course [--out DIR]</c>, the kit's main job: a student handout and a teacher guide for every unit, the course
/// reader and a workshop packet, written into <c>output/</c> with progress and a closing summary.
/// </summary>
public sealed class CourseCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly PrintInput _print = new();
    private readonly DiscussionInput _input = new();

    public Command Build()
    {
        var command = new Command("course", "Write the whole kit into output/: a student handout and a teacher guide per unit, the course reader and a workshop packet.");
        _print.AddTo(command);
        _input.AddTo(command);
        command.SetAction(Run);
        return command;
    }

    private int Run(ParseResult parsed)
    {
        var clock = Stopwatch.StartNew();
        var options = _print.Options(parsed, _input);

        // Said before any work, so a first run is never silent (the kit takes a second or so from a cold start).
        console.Out.WriteLine($"Writing the kit into {_print.FolderName(parsed).TrimEnd('/', Path.DirectorySeparatorChar)}{Path.DirectorySeparatorChar} …");
        var loaded = course();
        var generator = new DiscussionGenerator(loaded, _input.Bank(parsed, loaded, console)) { Budget = _input.Budget };
        var renderer = new HandoutRenderer();

        // Every request is checked before anything is rendered or written.
        var formats = _print.Formats(parsed);
        // The packet gives each unit its own ladder of prompts (WorkshopPacket.PromptsPerUnit), asked for one unit at a time.
        var jobs = renderer.Kit(
            units => DiscussionInput.Generate(generator, _input.Request(parsed, units)),
            loaded.Article.UnitIds,
            options,
            formats,
            units => WorkshopPacket.Set(units, (unit, count) => DiscussionInput.Generate(generator, _input.Request(parsed, [unit]) with { Count = count })));

        var folder = _print.Folder(parsed);
        var written = new (string Path, int Pages, long Bytes)[jobs.Count];
        var done = 0;
        var gate = new Lock();

        // Documents are independent: render them on every core, each written whole as soon as it is done.
        void RunAll(Action<KitDocument> finished)
        {
            try
            {
                // The largest documents start first, so that no core is left alone with the reader at the end.
                var largestFirst = Enumerable.Range(0, jobs.Count).OrderByDescending(i => jobs[i].Units).ToList();
                var oneAtATime = System.Collections.Concurrent.Partitioner.Create(largestFirst, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
                Parallel.ForEach(oneAtATime, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => RunOne(i, finished));
            }
            catch (AggregateException e)
            {
                // Report the first failure as if it had happened alone (e.g. a disk that is full).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }

        void RunOne(int i, Action<KitDocument> finished)
        {
            var document = jobs[i].Render();
            written[i] = (OutputFiles.WriteAtomically(folder, document.FileName, document.Bytes), document.PageCount ?? 0, document.Bytes.LongLength);
            lock (gate)
            {
                done++;
                finished(jobs[i]);
                if (!console.IsTerminal)
                {
                    console.Out.WriteLine($"[{done}/{jobs.Count}] {Path.GetRelativePath(Environment.CurrentDirectory, written[i].Path)}{(document.PageCount is int pages ? $" ({"page".ToQuantity(pages)})" : "")}");
                }
            }
        }

        if (console.IsTerminal)
        {
            console.Ansi.Progress().AutoClear(true).Start(progress =>
            {
                var task = progress.AddTask("Rendering the kit", maxValue: jobs.Count);
                RunAll(job =>
                {
                    task.Description = $"Rendered {job.Label}";
                    task.Increment(1);
                });
            });
        }
        else
        {
            RunAll(_ => { });
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        console.Out.WriteLine(
            $"Wrote {"file".ToQuantity(written.Length)} ({formats.Select(f => Choices.Id(f).ToUpperInvariant()).Humanize("and")}{(written.Any(w => w.Pages > 0) ? $"; {written.Sum(w => w.Pages)} PDF pages" : "")}, {written.Sum(w => w.Bytes) / 1024.0 / 1024.0:0.0} MB) to {relative}{Path.DirectorySeparatorChar} in {clock.Elapsed.TotalSeconds:0.0} s: " +
            $"a student handout and a teacher guide for each of {loaded.Article.Units.Count} units, the course reader and a workshop packet.");
        return CliApp.Ok;
    }
}
