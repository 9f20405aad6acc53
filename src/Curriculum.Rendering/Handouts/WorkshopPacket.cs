using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// A facilitator's session plan for adults: aims for the participants, an agenda in which at least half the time is
/// discussion and practice, norms written for colleagues, the care notes, the frameworks, and each unit that has
/// prompts with what to listen for. It prints no prompt ids and no software commands.
/// </summary>
public static class WorkshopPacket
{
    public const string Name = "Workshop packet";

    public static readonly IReadOnlyList<string> Aims =
    [
        "Read intercepted calls closely, and tell apart a line of a call, a later interview with the AP and the AP's own narration.",
        "Try the propaganda devices, Bandura's mechanisms of moral disengagement and Festinger's dissonance on real lines, and test whether each one fits.",
        "Practice leading a discussion of distressing material with care: announcing it, offering an opt-out of equal worth, building norms, following up.",
        "Leave with a lesson you could teach: a sequence of prompts, an exit ticket and a claim–evidence–reasoning task with its rubric.",
    ];

    public static readonly IReadOnlyList<string> AdultNorms =
    [
        "Speak from the text: point to the line before you say what you make of it.",
        "Question ideas, not colleagues; we are here to sharpen each other's teaching.",
        "No generalizations about a whole people: the article is about how ordinary people come to do terrible things.",
        "Some colleagues may have family in Ukraine or Russia, or have served in an army themselves. Share only what you choose; what is shared stays in the room.",
        "Read the graphic lines only where the work needs them, never for effect. Step out whenever you need to, without explaining.",
    ];

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options)
    {
        var units = lessons.Units;
        var taught = units.Where(u => u.Prompts.Count > 0).ToList();
        var templateSources = options.TemplateSources ?? [];
        var opening = new List<Block>
        {
            new Paragraph("Facilitator’s session plan", ParagraphRole.Kicker),
            new Heading(1, "Teaching propaganda and moral dissonance with the AP’s intercepted calls"),
            // One unit a line: unit titles end in their own punctuation ("The end?"), so they are never run together in a sentence.
            new Paragraph($"This session works with {Wording.Quantity("unit", units.Count)} of the article:"),
            ListBlock.Bullets(units.Select(l => l.DisplayTitle)),
        };
        var untaught = units.Where(u => u.Prompts.Count == 0).ToList();
        if (untaught.Count > 0)
        {
            opening.Add(new Paragraph($"No prompt of this set points at {Wording.List(untaught.Select(u => u.DisplayTitle))}: read it for context; it has no section of its own below.", ParagraphRole.Note));
        }

        if (templateSources.Count > 0)
        {
            opening.Add(new Paragraph("Prompt templates: " + Wording.List(templateSources), ParagraphRole.Note));
        }

        opening.Add(new Heading(2, "Aims for participants"));
        opening.Add(ListBlock.Bullets(Aims));
        opening.Add(new Heading(2, "Agenda"));
        opening.Add(AgendaTable(taught));
        opening.Add(new Heading(2, "Norms for our session"));
        opening.Add(ListBlock.Bullets(AdultNorms));
        opening.Add(new Heading(2, "When you teach it: care"));
        opening.AddRange(Parts.Care(lessons.LeftOutLines));
        opening.Add(new Heading(2, "The frameworks in one page"));
        opening.AddRange(Taxonomy.Frameworks.Select(term => new Paragraph([new Run(term.Label + ": ", RunStyle.Strong), new Run(term.Description)], ParagraphRole.Note)));

        var running = Wording.Quantity("unit", units.Count);
        return new HandoutDocument(
            new DocumentInfo(
                "Workshop packet: teaching “never saw such hell”",
                $"A facilitator's session plan for {Wording.Quantity("lesson unit", units.Count)}: aims, agenda, norms and discussion prompts",
                string.Join(", ", new[] { "propaganda", "moral dissonance" }.Concat(units.Select(u => u.Id))),
                Author: Parts.Author),
            Parts.Setup(options, Name, lessons.Source),
            [new Section("packet", running, "The session", opening), .. taught.Select(Unit)]);
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
                new Paragraph($"{prompt.Framework} · Bloom: {prompt.Level} · Socratic: {prompt.QuestionType}", ParagraphRole.Note),
                .. prompt.LookFors.Count > 0 ? [new Paragraph([new Run("Listen for", RunStyle.Strong)]), ListBlock.Bullets(prompt.LookFors)] : Array.Empty<Block>(),
            ],
            KeepTogether: true))]),
    ]);

    /// <summary>One step of the session: minutes, whether it is discussion or practice, and what happens.</summary>
    public sealed record Step(int Minutes, bool DiscussionOrPractice, string What);

    /// <summary>
    /// The session's steps. Reading is done in pairs, each pair taking a unit (five minutes a unit, at most thirty);
    /// discussion takes four minutes a prompt and never less than the opening, context, reading and close together,
    /// so that with the practice at least half the session is talk and practice.
    /// </summary>
    public static IReadOnlyList<Step> Agenda(IReadOnlyList<UnitLesson> units)
    {
        var reading = Math.Clamp(units.Count * 5, 10, 30);
        var other = 10 + 10 + reading + 10;
        var discussion = Math.Max(units.Sum(l => l.Prompts.Count) * 4, other);
        return
        [
            new(10, false, "Welcome. Say what the material contains; agree the norms for the session; name who participants can talk to, and that anyone may step out."),
            new(10, false, "Context: how the AP obtained and verified the calls, why it withholds the soldiers’ names, and what it cannot know."),
            new(reading, false, "Read in pairs: each pair takes a unit and reads it closely, with its words to know."),
            new(discussion, true, "Discuss the prompts in order, unit by unit: from what was said, to why, to what it did, to your own judgment. Test each idea against the line it names."),
            new(20, true, "Practice in threes: one leads a prompt as they would with a class, one answers as a student, one watches for care and for evidence; swap. Then adapt a prompt or write an exit ticket for your own students."),
            new(10, false, "Close: each participant names one thing they will do differently; check in with anyone who stepped out."),
        ];
    }

    private static Table AgendaTable(IReadOnlyList<UnitLesson> units)
    {
        var steps = Agenda(units);
        return new Table(
            [new TableColumn("Time", 1), new TableColumn("What happens", 5)],
            [.. steps.Select(s => (IReadOnlyList<TableCell>)[new TableCell([new Run(Wording.Minutes(s.Minutes), RunStyle.Strong)]), new TableCell(s.What)])],
            $"Agenda: {Wording.Minutes(steps.Sum(s => s.Minutes))} in all");
    }
}
