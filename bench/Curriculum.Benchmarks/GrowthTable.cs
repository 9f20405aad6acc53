using System.Diagnostics;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Benchmarks;

/// <summary>
/// How the cost grows with the course: the kit (a student handout and a teacher guide per unit, the reader and the
/// packet) for the first 1, 2, 4, 8 and all 15 units, rendered one document after another on one thread, warm. Prints
/// pages, the median time of the whole kit and milliseconds per page; flat means no document pays for the others.
/// Run: <c>dotnet run -c Release --project bench/Curriculum.Benchmarks -- growth [repeats]</c>.
/// </summary>
public static class GrowthTable
{
    public static void Print(int repeats)
    {
        var course = Course.Embedded;
        var generator = new DiscussionGenerator(course, PromptBank.Shipped(course));
        var renderer = new HandoutRenderer();
        var all = course.Article.UnitIds;
        int[] sizes = [1, 2, 4, 8, all.Count];

        IReadOnlyList<KitDocument> Kit(int units) =>
            renderer.Kit(u => generator.Generate(new DiscussionRequest(u, [], "9-10", 6, 1)), [.. all.Take(units)], HandoutOptions.Letter);

        int RenderAll(int units) => Kit(units).Sum(d => d.Render().PageCount ?? 0);

        // Warm every size first, so that no row pays for the JIT.
        foreach (var size in sizes)
        {
            for (var i = 0; i < 3; i++)
            {
                RenderAll(size);
            }
        }

        Console.WriteLine($"| units | documents | pages | kit (median of {repeats}) | ms per page |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var pages = 0;
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                GC.Collect();
                var clock = Stopwatch.StartNew();
                pages = RenderAll(size);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[times.Count / 2];
            Console.WriteLine($"| {size} | {Kit(size).Count} | {pages} | {median:0.0} ms | {median / pages:0.00} |");
        }
    }
}
