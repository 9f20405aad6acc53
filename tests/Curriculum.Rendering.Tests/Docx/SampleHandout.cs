using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Block = Curriculum.Rendering.Documents.Block;

namespace Curriculum.Rendering.Tests.Docx;

/// <summary>
/// A student handout of two units that uses every block of the document model, with the article's own lines taken
/// from the parsed seed by line number, so every quotation is verbatim by construction.
/// </summary>
internal static class SampleHandout
{
    private static readonly Article Article = Course.Embedded.Article;

    private static readonly (string Word, string Meaning)[] Vocabulary =
    [
        ("paratrooper", "a soldier trained to jump from aircraft by parachute"),
        ("intercept", "a call recorded by someone the callers did not know was listening"),
        ("genocide", "the deliberate killing of a people; here, a false reason given to soldiers for the war"),
        ("sedative", "a medicine that calms a person or helps them sleep"),
        ("tapped", "of a phone: secretly listened to"),
        ("bless", "to wish someone well with the force of a promise or prayer"),
        ("front line", "where the opposing armies meet and fight"),
        ("prosecutor", "a lawyer who brings a case against someone accused of a crime"),
        ("atrocity", "an act of extreme cruelty, especially against civilians"),
        ("liberate", "to set free; what the soldiers were told they would do"),
        ("oppressor", "one who rules others cruelly and unjustly"),
        ("deployment", "being sent to take part in military action"),
        ("dissident", "a person who openly opposes their government"),
        ("verify", "to check that something is true"),
        ("investigative", "set up to find out the facts"),
        ("premonition", "a feeling that something bad is about to happen"),
        ("reconcile", "to make two things that seem to disagree fit together"),
        ("reprieve", "a short relief from something hard"),
        ("obliterate", "to destroy completely"),
        ("provocation", "something said or done to make someone react"),
        ("insurgent", "a fighter who rises up against a government or an army"),
        ("fascist", "here, a word used to label anyone who resisted"),
        ("looting", "taking things from homes or shops during war or disorder"),
        ("conscience", "the sense of right and wrong that guides what a person does"),
        ("patriotism", "love of and devotion to one’s country"),
        ("propaganda", "information spread to push a point of view, often misleading"),
        ("conspiracy theory", "a belief that a secret group causes events, held without evidence"),
        ("spotter", "someone who tells an army where to aim its fire"),
    ];

    public static HandoutDocument Create(Paper paper = Paper.Letter, Edition edition = Edition.Standard) => new(
        new DocumentInfo(
            "Student handout: Ivan’s road to war; Kill if you don’t want to be killed",
            "Intercepted calls of Russian soldiers in Ukraine (AP, 2023)",
            "ivan-1, leonid-1, student handout"),
        new PageSetup(paper, edition, "Student handout", Course.Attribution),
        [IvanSection, LeonidSection]);

    public static Quotation Line(int line)
    {
        var block = Article.Blocks.Single(b => b.Line == line);
        var voice = block.Kind switch
        {
            BlockKind.Call => Voice.Call,
            BlockKind.Interview => Voice.Interview,
            _ => Voice.Narration,
        };
        return new Quotation(voice == Voice.Narration ? null : block.Speaker?.Name, block.Spoken ?? block.Text, line, voice);
    }

    public static IEnumerable<Block> AllBlocks(HandoutDocument document) => document.Sections.SelectMany(s => Flatten(s.Blocks));

    public static IEnumerable<Block> Flatten(IEnumerable<Block> blocks) => blocks.SelectMany<Block, Block>(b => b switch
    {
        KeepTogether k => [b, .. Flatten(k.Blocks)],
        Callout c => [b, .. Flatten(c.Body)],
        ListBlock l => [b, .. Flatten(l.Items.SelectMany(i => i.More))],
        _ => [b],
    });

    private static readonly Section IvanSection = new("ivan-1", "ONE: Ivan’s road to war.", "Ivan’s road to war", [
        new Paragraph("“Never saw such hell”: intercepted calls of Russian soldiers in Ukraine", ParagraphRole.Kicker),
        new Heading(1, "Ivan’s road to war"),
        FormFields.NameClassDate,
        new Callout(CalloutKind.Advisory, "Content advisory: high", [
            new Paragraph("This unit includes a mother’s blessing to kill, and talk of killing “everyone out there”."),
            new Paragraph([new Run("You may step out at any time, and you may ask your teacher for the "), new Run("alternative task", RunStyle.Strong), new Run(".")]),
        ]),
        new Contents([
            new ContentsEntry("ivan-1", "Ivan’s road to war", "ivan-1"),
            new ContentsEntry("leonid-1", "Kill if you don’t want to be killed", "leonid-1"),
        ]),
        new Heading(2, "Before you read"),
        new Paragraph([
            new Run("Ivan dreamed of being a paratrooper. In March 2022 his unit was in "),
            new Run("Bucha", RunStyle.Emphasis),
            new Run(", a town outside Kyiv. These calls were "),
            new Run("intercepted", RunStyle.Strong),
            new Run(": the people in them did not know anyone else was listening."),
        ]),
        ListBlock.Bullets([
            "Bucha is a town outside Kyiv that became an early symbol of Russian atrocities.",
            "Telegram is a messaging app.",
        ]),
        new Paragraph("The AP edited the calls for length and clarity; the words below are quoted exactly as the AP printed them.", ParagraphRole.Note),
        new Heading(2, "The reading"),
        new Paragraph("Numbers in the margin are line numbers in the article. Speakers are named as the AP identifies them.", ParagraphRole.Note),
        Line(161), Line(169), Line(171), Line(173), Line(175), Line(177), Line(179), Line(181),
        new KeepTogether([
            new Heading(3, "What his mother told the AP later"),
            Line(233),
            Line(31),
        ]),
        new Heading(2, "Words to know"),
        new Table(
            [new TableColumn("Word", 1), new TableColumn("What it means here", 2.2), new TableColumn("Your own sentence", 2)],
            [.. Vocabulary.Select(v => (IReadOnlyList<TableCell>)[new TableCell(v.Word), new TableCell(v.Meaning), TableCell.Empty])],
            "Words to know"),
        new Heading(2, "Questions"),
        new ListBlock(true, [
            new ListItem(
                [new Run("Ivan’s mother says she is proud of him and blesses him “for everything”. What does she seem to believe about the war?")],
                [new Paragraph("You might begin: She seems to believe …", ParagraphRole.Starter), new WritingSpace(4)],
                KeepTogether: true),
            new ListItem(
                [new Run("Ivan says “We will kill if we have to.” What does "), new Run("if we have to", RunStyle.Emphasis), new Run(" leave out?")],
                [new Paragraph("You might begin: The phrase leaves out …", ParagraphRole.Starter), new WritingSpace(4)],
                KeepTogether: true),
            new ListItem(
                [new Run("What would you want to ask Ivan’s mother now?")],
                [
                    ListBlock.Bullets(["Think about what she knew in March.", "Think about what she knew in January."]),
                    new WritingSpace(3),
                ]),
        ]),
    ]);

    private static readonly Section LeonidSection = new("leonid-1", "ONE: Kill if you don’t want to be killed.", "Kill if you don’t want to be killed", [
        new Paragraph("“Never saw such hell”: intercepted calls of Russian soldiers in Ukraine", ParagraphRole.Kicker),
        new Heading(1, "Kill if you don’t want to be killed"),
        new Callout(CalloutKind.Note, "If this is hard to read", [
            new Paragraph("Some of what Leonid describes is violent. You can:"),
            ListBlock.Bullets(["pause and read the questions first;", "ask for the alternative task;", "talk to your teacher after class."]),
        ]),
        new Heading(2, "The reading"),
        Line(54), Line(56), Line(58), Line(60), Line(62), Line(64), Line(68), Line(70), Line(78),
        new Heading(2, "Questions"),
        new ListBlock(true, [
            new ListItem([new Run("Leonid says “Am I different from them? No, I’m not.” Who is he comparing himself with?")], [new WritingSpace(3)]),
            new ListItem([new Run("His mother asks “you wanted to live at that moment, right, honey?” How does she make sense of what he tells her?")], [new WritingSpace(3)]),
        ]),
        new Paragraph("Talk it over with a partner before you write.", ParagraphRole.Starter),
    ]);
}
