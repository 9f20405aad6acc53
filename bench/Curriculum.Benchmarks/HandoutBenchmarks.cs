using BenchmarkDotNet.Attributes;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
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
        renderer = new HandoutRenderer(course);
    }

    [Benchmark]
    public byte[] OneStudentHandout() =>
        renderer.Render(generator.Generate(new DiscussionRequest(["leonid-1"], [], "9-10", 6, 1)), HandoutKind.Student, HandoutOptions.Letter).Bytes;

    [Benchmark]
    public long WholeCourse()
    {
        long bytes = 0;
        foreach (var unit in course.Article.Units)
        {
            var set = generator.Generate(new DiscussionRequest([unit.Id], [], "9-10", 6, 1));
            bytes += renderer.Render(set, HandoutKind.Student, HandoutOptions.Letter).Bytes.Length;
            bytes += renderer.Render(set, HandoutKind.Teacher, HandoutOptions.Letter).Bytes.Length;
        }

        bytes += renderer.RenderReader(HandoutOptions.Letter).Bytes.Length;
        var numbered = course.Article.Units.Where(u => u.Number is not null).Select(u => u.Id).ToList();
        bytes += renderer.Render(generator.Generate(new DiscussionRequest(numbered, [], "9-10", 6, 1)), HandoutKind.Packet, HandoutOptions.Letter).Bytes.Length;
        return bytes;
    }
}
