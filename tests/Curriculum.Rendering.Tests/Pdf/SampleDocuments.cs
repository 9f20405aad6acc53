using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Tests.Pdf;

internal static class SampleDocuments
{
    public const string Quoted = "“Curly quotes” and it’s — an em dash… an ellipsis.";

    public static readonly DocumentMetadata Metadata = new()
    {
        Title = "Reading the River",
        Subject = "Discussion handout",
        Author = "Curriculum tests",
        Keywords = "rivers, reading",
        Language = "en-GB",
    };

    private static readonly TextStyle Body = TextStyle.Default;
    private static readonly TextStyle Heading = TextStyle.Heading;

    /// <summary>A handout-like document of about three Letter pages.</summary>
    public static DocumentDefinition Handout(PaperSize? paper = null, int sections = 3) => Document.Create(doc =>
    {
        doc.Metadata(Metadata);
        doc.Page(page =>
        {
            page.Size(paper ?? PaperSize.Letter);
            page.Margin(54);
            page.Header().PaddingBottom(12).Column(col =>
            {
                col.Item().Text("Reading the River — Student handout", Body.WithFamily(Fonts.Sans).WithSize(9));
                col.Item().PaddingTop(4).Rule(0.5);
            });
            page.Footer().PaddingTop(12).Text(
                ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", Body.WithSize(9), TextAlignment.Center);
            page.Content().Column(col =>
            {
                col.Spacing(10);
                col.Item().Text(Quoted, Body);
                for (var s = 1; s <= sections; s++)
                {
                    col.Item().KeepWithNext().Text($"Part {s}: What the river carries", Heading);
                    col.Item().Text(t =>
                    {
                        t.Span("Read closely. ", Body.AsBold());
                        t.Span(Paragraph(s), Body);
                        t.Span(" Note the ", Body);
                        t.Span("italic aside", Body.AsItalic());
                        t.Span(" before you answer.", Body);
                    });
                    col.Item().KeepTogether().Border(1).Background(Color.FromHex("#F2F2F2")).Padding(10).Column(box =>
                    {
                        box.Spacing(4);
                        box.Item().Text("Think about it", Heading.WithSize(12));
                        box.Item().Text("What does the writer want you to notice first? Why there?", Body);
                    });
                    col.Item().Lines(6);
                }
            });
        });
    });

    private static string Paragraph(int seed) => string.Join(' ', Enumerable.Range(0, 12).Select(i =>
        $"The current moved the silt a little further{(i % 3 == seed % 3 ? "—quietly, patiently—" : " ")}downstream, and the well-worn banks held."));
}
