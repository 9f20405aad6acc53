using BenchmarkDotNet.Attributes;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;

namespace Curriculum.Benchmarks;

/// <summary>Renders a three-page handout-like document to PDF bytes.</summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private readonly PdfDocumentWriter writer = new();
    private readonly DocumentDefinition document = ThreePages();

    [Benchmark]
    public byte[] ThreePageHandoutToPdf() => writer.Write(document);

    private static DocumentDefinition ThreePages() => Document.Create(doc => doc.Page(page =>
    {
        page.Margin(54);
        page.Header().PaddingBottom(12).Text("Benchmark handout", TextStyle.Small);
        page.Footer().PaddingTop(12).Text(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", TextStyle.Small,
            TextAlignment.Center);
        page.Content().Column(col =>
        {
            col.Spacing(10);
            for (var part = 1; part <= 3; part++)
            {
                col.Item().KeepWithNext().Text($"Part {part}", TextStyle.Heading);
                col.Item().Text(string.Join(' ', Enumerable.Repeat(
                    "The current moved the silt a little further downstream—quietly—and the well-worn banks held.", 14)));
                col.Item().KeepTogether().Border(1).Padding(10).Text("What does the writer want you to notice first?");
                col.Item().Lines(6);
            }
        });
    }));
}
