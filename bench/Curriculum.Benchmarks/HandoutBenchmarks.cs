using BenchmarkDotNet.Attributes;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Benchmarks;

/// <summary>
/// The teacher's two jobs, warm: one student handout (generate the set, lay it out, write the PDF), and the whole
/// course as <c>course</c> renders it (a handout and a guide per unit, the reader and the packet), without disk I/O.
/// </summary>
[MemoryDiagnoser]
public class HandoutBenchmarks
{
    private readonly Course course = Course.Embedded;
    private DiscussionGenerator generator = null!;
    private HandoutRenderer renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        generator = new DiscussionGenerator(course, PromptBank.Load(course, []));
        renderer = new HandoutRenderer();
    }

    [Benchmark]
    public byte[] OneStudentHandout() =>
        renderer.Render(generator.Generate(new DiscussionRequest(["leonid-1"], [], "9-10", 6, 1)), DocumentKinds.Student, HandoutOptions.Letter).Bytes;

    /// <summary>The kit's 32 documents one after another: the cost on one core.</summary>
    [Benchmark]
    public long WholeCourseOnOneCore() => Kit().Sum(d => (long)d.Render().Bytes.Length);

    /// <summary>The kit as <c>course</c> renders it, on every core.</summary>
    [Benchmark]
    public long WholeCourseOnAllCores()
    {
        long bytes = 0;
        var oneAtATime = System.Collections.Concurrent.Partitioner.Create(Kit().OrderByDescending(d => d.Units), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(oneAtATime, d => Interlocked.Add(ref bytes, d.Render().Bytes.Length));
        return bytes;
    }

    private IReadOnlyList<KitDocument> Kit() =>
        renderer.Kit(units => generator.Generate(new DiscussionRequest(units, [], "9-10", 6, 1)), course.Article.UnitIds, HandoutOptions.Letter);
}
