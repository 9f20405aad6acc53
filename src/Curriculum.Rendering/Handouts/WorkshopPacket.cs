using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>A facilitator's packet for a session: the agenda, the norms and care notes, and every prompt with its look-fors, custom templates included.</summary>
public static class WorkshopPacket
{
    public const string Name = "Workshop packet";

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options)
    {
        var units = lessons.Units;
        var templateSources = options.TemplateSources ?? [];
        var opening = new List<Block>
        {
            new Paragraph("Facilitator’s workshop packet", ParagraphRole.Kicker),
            new Heading(1, "Teaching propaganda and moral dissonance with the AP’s intercepted calls"),
            // Unit titles end in their own punctuation ("The end?"), so they are set apart by semicolons, not joined as a sentence.
            new Paragraph($"{Wording.Quantity("unit", units.Count)}: {string.Join("; ", units.Select(l => l.DisplayTitle))}"),
        };
        if (templateSources.Count > 0)
        {
            opening.Add(new Paragraph("Prompt templates: " + Wording.List(templateSources), ParagraphRole.Note));
        }

        opening.Add(new Heading(2, "Agenda"));
        opening.Add(Agenda(units));
        opening.Add(new Heading(2, "Norms and care"));
        opening.AddRange(Parts.Care(lessons.LeftOutLines));
        opening.Add(new Heading(2, "The frameworks in one page"));
        opening.AddRange(Taxonomy.Frameworks.Select(term => new Paragraph([new Run(term.Label + ": ", RunStyle.Strong), new Run(term.Description)], ParagraphRole.Note)));

        var running = Wording.Quantity("unit", units.Count);
        return new HandoutDocument(
            new DocumentInfo(
                "Workshop packet: teaching “never saw such hell”",
                $"A facilitator's packet for {Wording.Quantity("lesson unit", units.Count)}: agenda, norms and discussion prompts",
                string.Join(", ", new[] { "propaganda", "moral dissonance" }.Concat(units.Select(u => u.Id))),
                Author: Parts.Author),
            Parts.Setup(options, Name, lessons.Source),
            [new Section("packet", running, "The session", opening), .. units.Select(Unit)]);
    }

    /// <summary>A unit of the session: its advisory, what happens in it, and its prompts with what to listen for.</summary>
    private static Section Unit(UnitLesson lesson) => new(lesson.Id, lesson.DisplayTitle, lesson.DisplayTitle,
    [
        new Heading(1, lesson.DisplayTitle),
        Parts.Advisory(lesson.Material.Annotation.Advisory, forTeacher: true),
        new Paragraph(lesson.Material.Annotation.Summary),
        new Heading(2, "Prompts"),
        new ListBlock(true, [.. lesson.Prompts.Select(prompt => new ListItem(
            [new Run(prompt.Text)],
            [
                new Paragraph($"{prompt.Id} · {prompt.Theme} · {prompt.Framework} · {prompt.Level} · {prompt.QuestionType}", ParagraphRole.Note),
                .. prompt.LookFors.Count > 0 ? [ListBlock.Bullets(prompt.LookFors)] : Array.Empty<Block>(),
            ],
            KeepTogether: true))]),
    ]);

    /// <summary>The session's steps with their times: the reading takes half the units' minutes, the discussion four a prompt.</summary>
    private static Table Agenda(IReadOnlyList<UnitLesson> units)
    {
        var reading = Math.Max(10, units.Sum(l => l.Material.Annotation.Minutes) / 2);
        var steps = new (int Minutes, string What)[]
        {
            (10, "Welcome; say what the material contains; build the discussion norms together; name the opt-out and who to talk to."),
            (10, "Context: the AP’s introduction, how the calls were obtained and verified, why names are withheld."),
            (reading, "Read the units aloud or in pairs, with the vocabulary at hand."),
            (Math.Max(15, units.Sum(l => l.Prompts.Count) * 4), "Discuss the prompts in order: from what was said, to why, to what it did, to what you would ask."),
            (10, "Facilitators: edit or add a prompt (templates new, templates validate) for your own class."),
            (5, "Close: an exit question; check in with anyone who stepped out."),
        };
        return new Table(
            [new TableColumn("Time", 1), new TableColumn("What happens", 5)],
            [.. steps.Select(s => (IReadOnlyList<TableCell>)[new TableCell([new Run(Wording.Minutes(s.Minutes), RunStyle.Strong)]), new TableCell(s.What)])]);
    }
}
