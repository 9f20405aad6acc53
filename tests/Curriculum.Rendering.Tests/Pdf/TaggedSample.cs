using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Tests.Pdf;

/// <summary>
/// A small tagged handout built with the fluent API and the semantic wrappers, the way the PDF renderer builds one:
/// headings, paragraphs, a bulleted list, a table long enough to split across pages, a link, writing lines, and a
/// running header and footer.
/// </summary>
internal static class TaggedSample
{
    public const string Title = "Reading the River: a tagged handout";
    public const string Quote = "“We never saw such hell,” he said — and it’s verbatim… with dashes.";
    public const string ListItem = "Underline the verb the speaker repeats.";
    public const string LastRow = "Row 40: the silt settles.";

    public static readonly DocumentMetadata Metadata = new()
    {
        Title = Title,
        Subject = "Tagging sample",
        Author = "Curriculum tests",
        Language = "en-US",
    };

    /// <summary>The excerpts a screen reader must meet, in reading order.</summary>
    public static readonly string[] ExpectedInOrder =
    [
        Title,
        "Part 1: What the river carries",
        "Content advisory: the passage describes violence.",
        Quote,
        ListItem,
        "Row 1: the current moves.",
        LastRow,
        "Part 2: Your answer",
        "Write two sentences.",
    ];

    private static readonly TextStyle Body = TextStyle.Default;
    private static readonly TextStyle Heading = TextStyle.Heading;

    public static DocumentDefinition Build() => Document.Create(doc =>
    {
        doc.Metadata(Metadata);
        doc.Page(page =>
        {
            page.Size(PaperSize.Letter);
            page.Margin(54);
            page.Header().Artifact(ArtifactKind.Pagination).PaddingBottom(12).Column(col =>
            {
                col.Item().Text("Reading the River — Student handout", Body.WithFamily(Fonts.Sans).WithSize(9));
                col.Item().PaddingTop(4).Rule(0.5);
            });
            page.Footer().PaddingTop(12).Text(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", Body.WithSize(9), TextAlignment.Center);
            page.Content().Semantic(StructureRole.Document).Column(col =>
            {
                col.Spacing(10);
                col.Item().Bookmark(Title).Semantic(StructureRole.H1).Text(Title, Heading.WithSize(18));
                col.Item().Semantic(StructureRole.Sect).Column(sect =>
                {
                    sect.Spacing(8);
                    sect.Item().KeepWithNext().Bookmark("Part 1", 2).Semantic(StructureRole.H2).Text("Part 1: What the river carries", Heading);
                    sect.Item().Semantic(StructureRole.Note).Background(Color.FromHex("#F2F2F2")).Padding(6)
                        .Text("Content advisory: the passage describes violence.", Body.WithSize(10));
                    sect.Item().Semantic(StructureRole.BlockQuote).PaddingLeft(18).Text(Quote, Body.AsItalic());
                    sect.Item().Semantic(StructureRole.P).Text(t =>
                    {
                        t.Span("Read closely. ", Body.AsBold());
                        t.Span("Read the passage again and ", Body);
                        t.Span("mark", Body.AsItalic());
                        t.Span(" what surprises you. See ", Body);
                    });
                    sect.Item().Semantic(StructureRole.P).Hyperlink(new Uri("https://example.org/river")).Text("the river's page", Body);
                    sect.Item().Semantic(StructureRole.L).Column(list =>
                    {
                        foreach (var item in new[] { ListItem, "Circle a word that names a place.", "Ask one question." })
                        {
                            list.Item().Semantic(StructureRole.LI).Row(r =>
                            {
                                r.ConstantItem(14).Semantic(StructureRole.Lbl).Text("•", Body);
                                r.RelativeItem().Semantic(StructureRole.LBody).Text(item, Body);
                            });
                        }
                    });
                    sect.Item().Table(t =>
                    {
                        t.Columns(3, 1);
                        t.RowLines(0.5);
                        t.HeaderCell().Padding(4).Text("Observation", Body.AsBold());
                        t.HeaderCell().Padding(4).Text("Line", Body.AsBold());
                        for (var r = 1; r <= 40; r++)
                        {
                            t.NewRow();
                            t.Cell().Padding(4).Text(r == 1 ? "Row 1: the current moves." : r == 40 ? LastRow : $"Row {r}: the banks hold.", Body);
                            t.Cell().Padding(4).Text($"{r * 3}", Body);
                        }
                    });
                });
                col.Item().Semantic(StructureRole.Sect).Column(sect =>
                {
                    sect.Item().KeepWithNext().Bookmark("Part 2", 2).Semantic(StructureRole.H2).Text("Part 2: Your answer", Heading);
                    sect.Item().Semantic(StructureRole.P).Text("Write two sentences.", Body);
                    sect.Item().Lines(4);
                });
            });
        });
    });
}
