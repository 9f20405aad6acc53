using System.Diagnostics;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Benchmarks;

/// <summary>
/// How the cost grows with the course: the kit (a student handout and a teacher guide per unit, the reader and the
/// packet) for 1, 2, 4 and 8 units and the whole course (15), rendered one document after another on one thread, warm. Prints
/// pages, the median time of the whole kit and milliseconds per page; flat means no document pays for the others.
/// Run: <c>dotnet run -c Release --project bench/Curriculum.Benchmarks -- growth [repeats]</c>.
/// </summary>
public static class GrowthTable
{
    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    public static void Print(int repeats)
    {
        var course = Course.Embedded;
        var generator = new DiscussionGenerator(course, PromptBank.Shipped(course));
        var renderer = new HandoutRenderer();
        // The numbered units first (a packet needs one), then the framing units: the last row is the whole course.
        string[] all = [.. course.Article.Units.OrderBy(u => u.Number is null).Select(u => u.Id)];
        int[] sizes = [1, 2, 4, 8, all.Length];

        IReadOnlyList<KitDocument> Kit(int units) =>
            renderer.Kit(u => generator.Generate(new DiscussionRequest(u, [], "9-10", 6, 1)), [.. all.Take(units)], HandoutOptions.Letter);

        int RenderAll(int units) => Kit(units).Sum(d => d.Render().PageCount ?? 0);

        // Warm every size first, so that no row pays for the JIT; then the sizes take turns, so that whatever else the
        // machine does falls on every row alike. CPU time of the process (the GC's threads included) says less about
        // that than wall time does.
        for (var i = 0; i < 5; i++)
        {
            foreach (var size in sizes)
            {
                RenderAll(size);
            }
        }

        var pages = new int[sizes.Length];
        var wall = sizes.Select(_ => new List<double>()).ToArray();
        var cpu = sizes.Select(_ => new List<double>()).ToArray();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            for (var s = 0; s < sizes.Length; s++)
            {
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                pages[s] = RenderAll(sizes[s]);
                wall[s].Add(clock.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu[s].Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        Console.WriteLine($"| units | documents | pages | wall, median of {repeats} | CPU, median | wall ms per page | CPU ms per page |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var s = 0; s < sizes.Length; s++)
        {
            var (w, c) = (Median(wall[s]), Median(cpu[s]));
            Console.WriteLine($"| {sizes[s]} | {Kit(sizes[s]).Count} | {pages[s]} | {w:0.0} ms | {c:0.0} ms | {w / pages[s]:0.00} | {c / pages[s]:0.00} |");
        }
    }
}
