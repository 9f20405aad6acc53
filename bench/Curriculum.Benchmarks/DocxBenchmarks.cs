using BenchmarkDotNet.Attributes;
using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Docx;
using Curriculum.Rendering.Documents;
using Block = Curriculum.Rendering.Documents.Block;

namespace Curriculum.Benchmarks;

/// <summary>
/// One student handout as a Word file, warm: the document model of a unit (its whole reading, six prompts with
/// starters and writing space, the vocabulary table, the advisory) drawn by <see cref="DocxRenderer"/>. The model is
/// built once in set-up, so this measures the renderer alone.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private readonly DocxRenderer renderer = new();
    private HandoutDocument handout = null!;

    [GlobalSetup]
    public void Setup()
    {
        var course = Course.Embedded;
        var set = new DiscussionGenerator(course, PromptBank.Load(course, [])).Generate(new DiscussionRequest(["leonid-1"], [], "9-10", 6, 1));
        handout = StudentHandout(course.Article.FindUnit("leonid-1")!, set);
    }

    [Benchmark]
    public byte[] OneStudentHandoutAsWord() => renderer.Render(handout).Bytes;

    private static HandoutDocument StudentHandout(LessonUnit unit, DiscussionSet set)
    {
        var advisory = set.Advisories.Single();
        List<Block> blocks =
        [
            new Paragraph("“Never saw such hell”: intercepted calls of Russian soldiers in Ukraine", ParagraphRole.Kicker),
            new Heading(1, unit.Title),
            FormFields.NameClassDate,
            new Callout(CalloutKind.Advisory, $"Content advisory: {advisory.Level}", [
                new Paragraph(string.Join(" ", advisory.Reasons)),
                new Paragraph("You may step out at any time, and you may ask your teacher for the alternative task."),
            ]),
            new Heading(2, "The reading"),
            new Paragraph("Numbers in the margin are line numbers in the article. Speakers are named as the AP identifies them.", ParagraphRole.Note),
        ];
        blocks.AddRange(unit.ArticleBlocks.Select(b => new Quotation(
            b.Kind == BlockKind.Narration ? null : b.Speaker?.Name,
            b.Spoken ?? b.Text,
            b.Line,
            b.Kind switch { BlockKind.Call => Voice.Call, BlockKind.Interview => Voice.Interview, _ => Voice.Narration })));
        blocks.Add(new Heading(2, "Words to know"));
        blocks.Add(new Table(
            [new TableColumn("Word", 1), new TableColumn("What it means here", 2.2), new TableColumn("Your own sentence", 2)],
            [.. set.Vocabulary.Select(v => (IReadOnlyList<TableCell>)[new TableCell(v.Term), new TableCell(v.Definition), TableCell.Empty])]));
        blocks.Add(new Heading(2, "Questions"));
        blocks.Add(new ListBlock(true, [.. set.Prompts.Select(p => new ListItem(
            [new Run(p.Text)],
            [
                new Paragraph($"{p.Level} · {p.Framework}", ParagraphRole.Note),
                .. p.Starters.Take(1).Select(s => new Paragraph("You might begin: " + s, ParagraphRole.Starter)),
                new WritingSpace(5),
            ],
            KeepTogether: true))]));

        return new HandoutDocument(
            new DocumentInfo($"Student handout: {unit.Title}", "Intercepted calls of Russian soldiers in Ukraine (AP, 2023)", unit.Id),
            new PageSetup(Paper.Letter, Edition.Standard, "Student handout", Course.Attribution),
            [new Section(unit.Id, unit.Heading ?? unit.Title, unit.Title, blocks)]);
    }
}
