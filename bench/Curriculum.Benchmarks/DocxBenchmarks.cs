using BenchmarkDotNet.Attributes;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Docx;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Html;

namespace Curriculum.Benchmarks;

/// <summary>
/// One student handout as a Word file and as a web page, warm: the real composer's model of a unit, built once in
/// set-up, so this measures the renderers alone.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private readonly DocxRenderer word = new();
    private readonly HtmlRenderer html = new();
    private HandoutDocument handout = null!;

    [GlobalSetup]
    public void Setup()
    {
        var course = Course.Embedded;
        var set = new DiscussionGenerator(course, PromptBank.Load(course, [])).Generate(new DiscussionRequest(["leonid-1"], [], "9-10", 6, 1));
        handout = new HandoutRenderer().Compose(set, DocumentKinds.Student, HandoutOptions.Letter);
    }

    [Benchmark]
    public byte[] OneStudentHandoutAsWord() => word.Render(handout).Bytes;

    [Benchmark]
    public byte[] OneStudentHandoutAsHtml() => html.Render(handout).Bytes;
}
