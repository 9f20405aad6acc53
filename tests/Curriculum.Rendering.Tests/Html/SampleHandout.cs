using Curriculum.Core;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Tests.Html;

/// <summary>
/// A handout that uses every block of the document model, quoting real lines of the seed (each checked verbatim
/// against its line as it is built). The handout composers are written elsewhere; this stands in for them so the
/// renderers can be tested on their own. Also compiled into the browser tests (Curriculum.Api.Tests) for axe-core.
/// </summary>
internal static class SampleHandout
{
    /// <summary>The seed's lines, numbered from 1 as the model's <see cref="Quotation.Line"/> counts them.</summary>
    public static readonly IReadOnlyList<string> SeedLines = ReadSeed();

    public static HandoutDocument Build(Paper paper = Paper.Letter, Edition edition = Edition.Standard) => new(
        new DocumentInfo("Leonid, part one: Kill if you don’t want to be killed — Student handout", "Student handout", "propaganda, moral dissonance"),
        new PageSetup(paper, edition, "Never saw such hell · Student handout", Course.Attribution),
        [ContentsSection, LeonidOne, LeonidTwo]);

    /// <summary>Every quotation in the sample, in reading order.</summary>
    public static IEnumerable<Quotation> Quotations(HandoutDocument document) => document.Sections.SelectMany(s => Walk(s.Blocks)).OfType<Quotation>();

    /// <summary>Every block, depth first, including those inside lists, callouts and groups.</summary>
    public static IEnumerable<Block> Walk(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var inner = block switch
            {
                Callout c => c.Body,
                KeepTogether k => k.Blocks,
                ListBlock l => l.Items.SelectMany(i => i.More),
                _ => [],
            };
            foreach (var child in Walk(inner))
            {
                yield return child;
            }
        }
    }

    /// <summary>A quotation whose words must appear on the given line of the seed, or the sample is wrong.</summary>
    public static Quotation Quote(int line, string? speaker, string words, Voice voice) =>
        SeedLines[line - 1].Contains(words, StringComparison.Ordinal)
            ? new Quotation(speaker, words, line, voice)
            : throw new InvalidOperationException($"line {line} of the seed does not contain “{words}”");

    private static Section ContentsSection => new("contents", "Contents", "Contents",
    [
        new Paragraph("Never saw such hell", ParagraphRole.Kicker),
        new Heading(1, "In this handout"),
        new Contents(
        [
            new ContentsEntry("Leonid 1", "ONE: Kill if you don’t want to be killed.", "leonid-1"),
            new ContentsEntry("Leonid 2", "TWO: The rules of normal life no longer apply.", "leonid-2"),
        ]),
    ]);

    private static Section LeonidOne => new("leonid-1", "Leonid 1: Kill if you don’t want to be killed", "Leonid 1",
    [
        new Paragraph("Student handout · Leonid, part one", ParagraphRole.Kicker),
        new Heading(1, "ONE: Kill if you don’t want to be killed."),
        FormFields.NameClassDate,
        new Callout(CalloutKind.Advisory, "Content advisory: strong",
        [
            new Paragraph("This excerpt describes combat and dead bodies. You may step out and choose the alternative task at any time."),
        ]),
        new Heading(2, "Before you read"),
        new Paragraph(
        [
            new Run("These are "),
            new Run("intercepted", RunStyle.Emphasis),
            new Run(" calls: the soldiers did not know the AP would hear them. "),
            new Run("Read who is speaking before you read what they say.", RunStyle.Strong),
        ]),
        new Quotation(null, SeedLines[28], 29, Voice.Narration),
        Quote(31, "Leonid’s mother", "I just wasn’t prepared emotionally for my child to go to war at the age of 19,", Voice.Interview),
        new Heading(2, "The call"),
        new KeepTogether(
        [
            Quote(54, "Mother", "When did you get scared?", Voice.Call),
            Quote(56, "Leonid", "When our commander warned us we would be shot, 100%. He warned us that although we’d be bombed and shot at, our aim was to get through.", Voice.Call),
        ]),
        Quote(64, "Leonid", "Yeah, we did. We shot from the tanks, machine guns and rifles. We had no losses. We destroyed their four tanks. There were dead bodies lying around and burning. So, we won.", Voice.Call),
        Quote(78, "Leonid", "They were lying there, just 18 or 19 years old. Am I different from them? No, I’m not.", Voice.Call),
        new Heading(2, "Words to know"),
        new Table(
            [new TableColumn("Word", 1), new TableColumn("What it means here", 2), new TableColumn("Your own sentence", 2)],
            [
                [new TableCell("intercept"), new TableCell("A call recorded by someone it was not meant for."), TableCell.Empty],
                [new TableCell("detachment"), new TableCell([new Run("A small group of soldiers sent on a task "), new Run("(line 52)", RunStyle.Emphasis)]), TableCell.Empty],
            ],
            "Vocabulary"),
        new Heading(2, "Discuss"),
        new ListBlock(true,
        [
            new ListItem(
                [new Run("Leonid says “So, we won.” What does "), new Run("winning", RunStyle.Emphasis), new Run(" mean to him here?")],
                [new Paragraph("I think he means … because …", ParagraphRole.Starter), new WritingSpace(4)],
                KeepTogether: true),
            new ListItem(
                [new Run("“Am I different from them? No, I’m not.” Who is “them”? What changes when he says it?")],
                [new Paragraph("When he says “them”, he …", ParagraphRole.Starter), new WritingSpace(3)],
                KeepTogether: true),
        ]),
        new Heading(3, "Look for"),
        ListBlock.Bullets(["who is speaking, and to whom", "what the speaker leaves out", "words that make killing sound ordinary"]),
    ]);

    private static Section LeonidTwo => new("leonid-2", "Leonid 2: The rules of normal life no longer apply", "Leonid 2",
    [
        new Heading(1, "TWO: The rules of normal life no longer apply."),
        new Callout(CalloutKind.Note, "If the war touches your family",
        [
            new Paragraph("You can do the alternative task instead. Talk to your teacher privately if you want to.", ParagraphRole.Note),
        ]),
        Quote(85, "Leonid", "It was so confusing,", Voice.Call),
        Quote(93, "Leonid", "Look, mom, I’m looking at tons of houses — I don’t know, dozens, hundreds — and they’re all empty. Everyone ran away.", Voice.Call),
        Quote(97, "Leonid", "Of course we are, Mom. Are you crazy?", Voice.Call),
        Quote(101, "Leonid", "We take food, bed linen, pillows. Blankets, forks, spoons, pans.", Voice.Call),
        Quote(120, null, "This was a whole-of-society war. Mercy was for suckers.", Voice.Narration),
        new Heading(2, "Write"),
        new Paragraph("How does looting become normal for Leonid? Use two lines from the call."),
        new WritingSpace(6),
        new Paragraph("Source lines are numbered as in the seed text of the article.", ParagraphRole.Note),
    ]);

    private static string[] ReadSeed()
    {
        using var stream = typeof(Course).Assembly.GetManifestResourceStream($"seeds/{Course.SeedFile}")
            ?? throw new InvalidOperationException($"the kit was built without seeds/{Course.SeedFile}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }
}
