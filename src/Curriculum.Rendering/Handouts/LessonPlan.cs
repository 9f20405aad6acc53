using Curriculum.Core.Annotations;
using Curriculum.Core.Content;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// The arc every unit is taught in (PEDAGOGY.md, "A lesson, not a worksheet"): the article's guiding question, a
/// private journal prompt, a purpose for the reading, the prompts, the student's tools, an exit ticket, a
/// claim–evidence–reasoning task with its rubric, and the agenda that times it all. A unit's reviewed annotation
/// supplies its own wording; where it has none, the wording here is written to fit any unit.
/// </summary>
public static class LessonPlan
{
    /// <summary>The article's own question (the AP's introduction, line 7), verbatim.</summary>
    public const string GuidingQuestion = "How do people raised with a sense of right and wrong end up involved in terrible acts of violence against others?";

    public const string GuidingQuestionSource = "The AP asks this at the start of its article.";

    public const string DefaultJournal = "Think of a time when people around you treated something wrong as normal. What made it seem normal? (Private: no one has to share this.)";

    public const string DefaultPurpose = "Read to notice what the speakers were told, what they found, and how the people at home answer them.";

    public const string DefaultExitTicket = "In two or three sentences: what does this unit add to your answer to the guiding question? Then write one question you still have.";

    /// <summary>
    /// The exit ticket of a student who took the other task: it asks only about their own task, never the reading they
    /// did not do (blind reviews 44 and 45 found the unit's ticket asked such a student about lines they never read).
    /// </summary>
    public const string OptOutExitTicket = "Before you rejoin the class: in two or three sentences, what did your task show you about how we can know what happened in a war? Then write one question you would still ask about these calls.";

    public const string DefaultClaimQuestion = "What does this unit suggest about how ordinary people come to accept violence? Make a claim, support it with two quotations from the unit, and explain your reasoning.";

    /// <summary>
    /// An opt-out task that sends no student to a graphic line: it works from the opt-out sheet alone (the task, the note
    /// on how the AP obtained and checked the calls, and the unit's context notes that quote nothing).
    /// </summary>
    public const string DefaultOptOut = "Read the note About these calls on this sheet. Write a page: How did the AP obtain and check the calls? Why does it withhold the soldiers’ full names? What can the AP not know about what these men did? Then say what a reader would need, beyond the calls, to confirm what a soldier says he did.";

    public static string Journal(UnitAnnotation notes) => notes.Arc.Journal ?? DefaultJournal;

    public static string Purpose(UnitAnnotation notes) => notes.Arc.Purpose ?? DefaultPurpose;

    public static string ExitTicket(UnitAnnotation notes) => notes.Arc.ExitTicket ?? DefaultExitTicket;

    public const string DefaultExitLookFor = "A strong ticket names one thing from this unit's lines (a quotation or a line number) and says how it changes or sharpens the student's answer; the question it ends with is one the article could answer or could not, and the student says which.";

    /// <summary>
    /// What a strong exit ticket shows: the unit's own look-fors, or the default ticket's when the unit asks the default
    /// ticket; null for a unit that has its own ticket but no look-fors (the annotations tests allow none such).
    /// </summary>
    public static string? ExitLookFor(UnitAnnotation notes) => notes.Arc.ExitLookFor ?? (notes.Arc.ExitTicket is null ? DefaultExitLookFor : null);

    public static string ClaimQuestion(UnitAnnotation notes) => notes.Arc.Claim?.Question ?? DefaultClaimQuestion;

    public static string OptOut(UnitAnnotation notes) => notes.Arc.OptOut ?? DefaultOptOut;

    /// <summary>One step of the agenda: its name, its minutes, and what happens.</summary>
    public sealed record Step(string Name, int Minutes, string WhatHappens);

    /// <summary>
    /// About how long a class discusses one prompt well as think–pair–share (a minute alone, a minute in pairs, two with the
    /// class); the rest are answered in writing. Three minutes, tried first, gave four prompts in a 40-minute lesson, which
    /// the blind reviewers called more than a class can do; four gave "about 4½ minutes a prompt" for four prompts in 50
    /// minutes, which reviewers from session 8 to blind review 43 called too tight for think–pair–share with 15-year-olds.
    /// </summary>
    public const int MinutesPerDiscussedPrompt = 5;

    /// <summary>The claim task's minutes in a lesson with an organizer step: the claim and its quotations in class, the reasoning at home.</summary>
    public const int ClaimStartedInClass = 5;

    /// <summary>A unit this long or longer gives the sourcing organizer a step of its own; a shorter one fills it in during the reading.</summary>
    public const int OrganizerStepFrom = 40;

    /// <summary>
    /// The unit's minutes split into the arc's steps; they add up to the unit's time exactly. The opening and the exit
    /// ticket are short and fixed; of what remains, discussion takes the largest share, because that is where the
    /// reading is worked. The discussion names the prompts it has time for (one every few minutes, the first ones in order
    /// so the climb is kept); the last ones, which ask for the student's own judgment, are answered in writing.
    /// </summary>
    public static IReadOnlyList<Step> Agenda(UnitLesson lesson)
    {
        var notes = lesson.Material.Annotation;
        var total = notes.Minutes;
        // Four minutes each below 50, so that a 40-minute lesson keeps three prompts to discuss beside a claim task of eight.
        var opening = total >= 50 ? 5 : total >= 30 ? 4 : 3;
        // An exit ticket, the return to the guiding question and the reminder of whom to talk to need four minutes at least.
        var closing = total >= 50 ? 5 : 4;
        // The organizer's step begins with the note About these calls, read aloud: every sourcing task rests on it, and
        // a unit taught on its own has no earlier lesson to have read it in (blind reviews 27a, 27b).
        var organizer = total >= OrganizerStepFrom ? 8 : 0;
        var rest = total - opening - closing - organizer;
        var reading = (int)Math.Round(rest * 0.25, MidpointRounding.AwayFromZero);
        // A claim with two quotations copied exactly takes a student eight minutes or more to write (blind reviews 13
        // and 14 found six too few), and reviews 27a and 27b found eight or nine minutes at the end of a full lesson
        // too few as well: in a lesson with an organizer step the claim and its quotations are chosen in class and the
        // reasoning is written at home. A short unit (a profile of 15 minutes) gives the claim its share and no more.
        var share = (int)Math.Round(rest * 0.25, MidpointRounding.AwayFromZero);
        var claim = total >= OrganizerStepFrom ? ClaimStartedInClass : share;
        var discussion = rest - reading - claim;
        var talked = Discussed(lesson, discussion);
        var written = Enumerable.Range(1, lesson.Prompts.Count).Except(talked).ToList();
        var discussionText = lesson.Prompts.Count == 0
            ? "Discuss the reading with its purpose in mind, from what was said to why, to what it did, to the students’ own judgment."
            : $"Discuss {Wording.Numbers("prompt", talked)} together, in order: the first with the whole class, each later one as think–pair–share (a minute alone to write a sentence under the prompt, a minute in pairs, then the class), about {MinutesAPrompt(discussion, talked.Count)} a prompt."
              + (written.Count > 0 ? $" Students answer {Wording.Numbers("prompt", written)} in writing, in class or at home: {(written.Count == 1 ? "it asks" : "they ask")} for the student’s own work, which the discussion prepares." : "")
              + (Chart(lesson) is null ? "" : " Keep the Tools chart on the handout in view.");
        var organizerInReading = organizer == 0 ? " The sourcing organizer on the handout can be done at home, with the note About these calls, which is the same in every unit." : "";
        List<Step> steps =
        [
            new("Guiding question and journal", opening, "Post the guiding question and the class’s discussion norms (built with the class as a contract in an earlier lesson: a class without norms needs that lesson first, not these minutes). Students write privately in response to the journal prompt; no one has to share."),
            new("Reading", reading, $"Read the unit aloud yourself (do not assign the speakers’ parts), or have students read it silently. Purpose: {Purpose(notes)} Keep the words to know at hand. Students then read the context notes after the reading to themselves.{organizerInReading}"),
        ];
        if (organizer > 0)
        {
            // Two pairs report, not every pair: blind reviewers found a report from every pair more than five minutes hold.
            steps.Add(new("About these calls; sourcing organizer", organizer, "Read aloud the note About these calls on the handout, about three minutes (who obtained the calls, who checked them, what such checks can and cannot show); a class that read it in an earlier unit recalls it in a sentence instead. Then each pair takes one row of the sourcing organizer (who said the line, to whom, when, what they could know, what would confirm or challenge it), three minutes; then two pairs with different rows read theirs aloud (two minutes), and the other rows come back in the discussion."));
        }

        steps.Add(new("Discussion", discussion, discussionText));
        steps.Add(new("Claim, evidence, reasoning", claim, organizer > 0
            ? "Students start the claim task on the handout: in class they write their claim and copy the two quotations they will use, with their line numbers; the reasoning is written at home. Mark it with the rubric."
            : "Students write their answer to the claim task on the handout, and finish it at home if they need more time; mark it with the rubric."));
        steps.Add(new("Exit ticket and close", closing, "Students answer the exit ticket on their handout and return to the guiding question. Without asking anyone to share the journal, say how far an everyday comparison can go: the soldiers’ situation is not ours. Remind everyone who they can talk to."));
        return steps;
    }

    /// <summary>"3½ minutes": the discussion's minutes shared among its prompts, to the half minute, so the figure times the prompts is the step.</summary>
    private static string MinutesAPrompt(int minutes, int prompts)
    {
        var halves = (int)Math.Round(2.0 * minutes / Math.Max(1, prompts), MidpointRounding.ToZero);
        var whole = halves / 2;
        return halves % 2 == 0 ? Wording.Quantity("minute", Math.Max(1, whole)) : $"{whole}½ minutes";
    }

    /// <summary>The numbers of the prompts the agenda sets as writing rather than discussion (none when there is time for all).</summary>
    public static IReadOnlySet<int> Written(UnitLesson lesson)
    {
        var discussion = Agenda(lesson).FirstOrDefault(s => s.Name == "Discussion")?.Minutes ?? 0;
        return Enumerable.Range(1, lesson.Prompts.Count).Except(Discussed(lesson, discussion)).ToHashSet();
    }

    /// <summary>
    /// The prompts this lesson's discussion has time for: as many as <see cref="Discussed(int, int)"/> allows, the first
    /// ones in order, but a prompt that serves one of the unit's objectives is talked about rather than set as
    /// writing (it takes the place of one between that serves none): a blind reviewer found the prompt carrying Ivan
    /// ONE's first objective sent home.
    /// </summary>
    public static IReadOnlyList<int> Discussed(UnitLesson lesson, int minutes)
    {
        var count = lesson.Prompts.Count;
        var talked = Discussed(count, minutes).ToList();
        var serving = Objectives(lesson)
            .Select(o => o.ServedBy is { } by && by.StartsWith("prompt ", StringComparison.Ordinal) ? int.Parse(by["prompt ".Length..], System.Globalization.CultureInfo.InvariantCulture) : 0)
            .Where(n => n > 0)
            .ToHashSet();
        foreach (var needed in serving.Where(n => !talked.Contains(n)).Order())
        {
            // The highest discussed rung that serves no objective gives way, so the climb up to it is kept.
            var spare = talked.Where(n => n != 1 && !serving.Contains(n)).Cast<int?>().LastOrDefault();
            if (spare is { } dropped)
            {
                talked.Remove(dropped);
                talked.Add(needed);
            }
        }

        return [.. talked.Order()];
    }

    /// <summary>
    /// The prompts a discussion of so many minutes has time for: the first ones, in order, so the discussion climbs from
    /// what was said to why without a gap; the last ones, the highest rungs (the student's own judgment, something to
    /// write), are answered in writing. Spreading the discussed prompts from the first to the last, tried first, sent a
    /// middle rung home: blind reviewers found the "why" question pulled out of the discussion (Leonid FOUR, Ivan ONE).
    /// </summary>
    public static IReadOnlyList<int> Discussed(int prompts, int minutes)
    {
        var n = Math.Clamp(minutes / MinutesPerDiscussedPrompt, Math.Min(2, prompts), prompts);
        return [.. Enumerable.Range(1, n)];
    }

    public static Table AgendaTable(UnitLesson lesson) => new(
        [new TableColumn("Step", 2), new TableColumn("Minutes", 1.6), new TableColumn("What happens", 5)],
        [.. Agenda(lesson).Select(s => (IReadOnlyList<TableCell>)[new TableCell([new Run(s.Name, RunStyle.Strong)]), new TableCell(s.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)), new TableCell(s.WhatHappens)])],
        $"Agenda: {Wording.Minutes(lesson.Material.Annotation.Minutes)}");

    /// <summary>A dated step of the story the article tells, and where the article says so (null: outside the article, from the context notes).</summary>
    public sealed record TimelineStep(string When, string What, IReadOnlyList<int> Lines);

    /// <summary>
    /// The events the units fall between, in order, each with the article's lines that date it; the one step from
    /// outside the article (the withdrawal and what was found in Bucha) says so. For the teacher: the reviews found
    /// every unit starting cold, with no sense of when a call sits in the war.
    /// </summary>
    public static IReadOnlyList<TimelineStep> Timeline { get; } =
    [
        new("Feb. 24, 2022", "Russia’s full-scale invasion begins; Leonid’s unit crosses from Belarus and fights its first battle, and Ivan’s unit crosses the same day; a Telegram message, which the article does not date (by its words, the day before), had told it, “Tomorrow you are leaving for Ukraine.”", [52, 156, 161]),
        new(CallsMonth, "The calls the AP identified were made; Leonid’s unit is stuck around Bucha, near Kyiv (the article does not date this); Maxim calls home from the same phone as Ivan, on the same days.", [11, 37, 242]),
        new("End of March to early April 2022", "Russian forces withdraw from the Kyiv region; many civilians are found dead in Bucha (not told in the article, which calls Bucha “an early symbol of Russian atrocities” (line 11) but does not describe what was found).", []),
        new("May 2022", "Leonid returns to Russia, badly wounded.", [151]),
        new("July 2022", "A local paper publishes a notice of Ivan’s funeral.", [231]),
        new("January 2023", "The AP speaks with Leonid’s mother and with Ivan’s mother.", [31, 233]),
        new("February 2023", "The AP publishes the article.", []),
    ];

    /// <summary>
    /// The timeline with where this unit sits: a step dated by one of the unit's own lines says so with the line, and a
    /// unit with lines of a call sits in March 2022, when the AP says the calls it identified were made (blind review 12
    /// found the same table in every unit, telling the teacher nothing about this one).
    /// </summary>
    public static Table TimelineTable(UnitLesson lesson)
    {
        var lines = lesson.Material.Reading.Select(r => r.Line).ToHashSet();
        var calls = lesson.Material.Reading.Any(r => r.Kind == BlockKind.Call && !r.LeftOut);
        // A line of the unit that names the month of the calls dates it ("One night last March").
        var datedMarch = lesson.Material.Reading.Where(r => !r.LeftOut && r.Words.Contains("March", StringComparison.Ordinal)).Select(r => r.Line).ToList();
        string Here(TimelineStep step)
        {
            var own = step.Lines.Where(lines.Contains).Concat(step.When == CallsMonth ? datedMarch : []).Distinct().Order().ToList();
            return own.Count > 0 ? $"Here ({Wording.Numbers("line", own)})"
                : calls && step.When == CallsMonth ? "This unit’s calls, probably (no day given)"
                : "";
        }

        return new(
            [new TableColumn("When", 2), new TableColumn("What happened", 7), new TableColumn("Lines", 1.5), new TableColumn("This unit", 2)],
            [.. Timeline.Select(t => (IReadOnlyList<TableCell>)
            [
                new TableCell([new Run(t.When, RunStyle.Strong)]),
                new TableCell(t.What),
                new TableCell(t.Lines.Count == 0 ? "—" : string.Join(", ", t.Lines)),
                new TableCell([new Run(Here(t), RunStyle.Strong)]),
            ])],
            $"Timeline of the events in the article, and where {lesson.DisplayTitle} sits");
    }

    private const string CallsMonth = "March 2022";

    /// <summary>
    /// The four-level rubric for the claim–evidence–reasoning task, the same in every unit so students learn it, but for
    /// the idea a level 4 answer names: one from the Tools chart only where the unit has one (blind review 36b found a
    /// rubric pointing to a chart its unit does not print).
    /// </summary>
    public static Table Rubric(UnitLesson lesson) => Chart(lesson) is null ? RubricWithoutChart : RubricWithChart;

    private static readonly Table RubricWithChart = RubricNaming("a way of reading a source, or an idea from the unit’s Tools chart");

    private static readonly Table RubricWithoutChart = RubricNaming("a way of reading a source, such as sourcing or close reading");

    private static Table RubricNaming(string idea) => new(
        // The level column is wide enough for "2 · Approaching" on one line.
        [new TableColumn("Level", 4), new TableColumn("Claim", 5), new TableColumn("Evidence", 5), new TableColumn("Reasoning", 5)],
        [
            [new TableCell("4 · Exceeds"), new TableCell("Answers the question directly and precisely, and says how sure it is or where it stops being true."), new TableCell("Two or more quotations copied exactly, each with who said it and how (such as a call, a later interview, a message the AP quotes, or the AP’s own narration)."), new TableCell($"Explains how each quotation supports the claim, names a fitting idea where one fits ({idea}), tested against the words, and weighs what the source cannot show.")],
            [new TableCell("3 · Meets"), new TableCell("Answers the question clearly."), new TableCell("Two quotations copied exactly, with who said them."), new TableCell("Explains how the evidence supports the claim.")],
            [new TableCell("2 · Approaching"), new TableCell("Answers part of the question, or only in general terms."), new TableCell("One quotation, or quotations not copied exactly or not attributed."), new TableCell("Restates the evidence without linking it to the claim.")],
            [new TableCell("1 · Beginning"), new TableCell("No clear claim."), new TableCell("No evidence from the text."), new TableCell("No reasoning, or reasoning that blames a whole people.")],
        ],
        "Rubric for the claim–evidence–reasoning task");

    /// <summary>The opt-out task's own rubric: it asks for no quotation of the calls, so it is not marked on quotations.</summary>
    public static Table OptOutRubric { get; } = new(
        [new TableColumn("Level", 4), new TableColumn("The task’s questions", 5), new TableColumn("Use of the notes", 5), new TableColumn("Reasoning", 5)],
        [
            [new TableCell("4 · Exceeds"), new TableCell("Answers every question of the task fully and in order."), new TableCell("Uses the notes accurately, including what they say is not known (such as who intercepted the calls)."), new TableCell("Weighs what the sources can show against what they cannot, and names evidence that would settle it.")],
            [new TableCell("3 · Meets"), new TableCell("Answers every question of the task."), new TableCell("Uses the notes accurately."), new TableCell("Says what the sources cannot show, with a reason.")],
            [new TableCell("2 · Approaching"), new TableCell("Answers some of the questions."), new TableCell("Uses the notes with mistakes or gaps."), new TableCell("Names a limit without a reason.")],
            [new TableCell("1 · Beginning"), new TableCell("Does not answer the task."), new TableCell("Does not use the notes."), new TableCell("No reasoning about the sources.")],
        ],
        "Rubric for the opt-out task");

    /// <summary>The frameworks whose examples belong on a student's chart: the propaganda devices, Bandura's mechanisms and Festinger's dissonance.</summary>
    private static bool OnTheChart(string framework) =>
        framework.StartsWith("ipa:", StringComparison.Ordinal) || framework.StartsWith("bandura:", StringComparison.Ordinal) || framework.StartsWith("festinger:", StringComparison.Ordinal);

    /// <summary>An example on the chart: the article's words verbatim, who said them and how, and the article line they stand on.</summary>
    public sealed record Example(string Words, string Who, int Line)
    {
        /// <summary>Words from a line tagged graphic: the grades 6–8 edition, which leaves such lines out, does not print them.</summary>
        public bool Graphic { get; init; }

        /// <summary>
        /// Words that tell of the dead: printed only where the student reads that line, never imported into a section whose
        /// advisory does not name it (a blind reviewer found the dead teenagers of line 78 on a "moderate" unit's chart).
        /// </summary>
        public bool Death { get; init; }
    }

    /// <summary>
    /// One verbatim example from the article per framework, as lesson-templates/FRAMEWORKS.md gives them, with who said
    /// it and how; a framework with no clear case in the article has none here, and the chart says so rather than
    /// stretch a line to fit.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Example> Examples = new Dictionary<string, Example>(StringComparer.Ordinal)
    {
        ["ipa:name-calling"] = new("anyone who resisted was a fascist, an insurgent — not a real civilian", "what soldiers were told, as the AP reports it", 118),
        ["ipa:glittering-generalities"] = new("They were told that they’d be welcomed as heroes for liberating Ukraine from its Nazi oppressors", "the AP, on what the soldiers were told", 14),
        ["ipa:transfer"] = new("a righteous war against Nazi oppression in Ukraine", "the AP, on what Ivan’s family seems to believe", 213),
        ["ipa:card-stacking"] = new("They even found all these papers with signatures from the U.S. all over Ukraine. Biden’s son is the mastermind behind all of this.", "Maxim’s mother in a call, repeating a claim that picks out true facts, U.S. help for Ukraine’s laboratories and a fund linked to Hunter Biden that had invested in a company working there, and leaves out what the laboratories were", 300),
        ["bandura:moral-justification"] = new("There is a genocide of the Russian population. And we have to stop it.", "the Telegram message to Ivan’s unit", 161),
        ["bandura:euphemistic-labeling"] = new("We’ll probably stay until they clean up the whole of Ukraine.", "Ivan, in a call to his mother", 217),
        ["bandura:displacement-of-responsibility"] = new("Some said they were following orders to kill civilians or prisoners of war.", "the AP’s narration", 16),
        ["bandura:distortion-of-consequences"] = new("Totally normal. On the contrary, it’s easier to shoot ... civilians.", "Maxim, in a call to his wife, asked how he will protect himself if he is tipsy", 321) { Graphic = true },
        ["bandura:dehumanization"] = new("We’re not going anywhere until they clean up all of these pests.", "Ivan, in a call to his mother", 225),
        ["bandura:attribution-of-blame"] = new("My conscience is clear. They opened fire first.", "Leonid, as his mother quoted him to the AP", 39),
        // One person, two clashing thoughts in his own words: he fought and won, and the dead were no different from him.
        // (The AP's "moral dissonance" of line 41, used before, is an observer's contrast, not two thoughts a person
        // holds: blind review 19.)
        ["festinger:cognitive-dissonance"] = new("They were lying there, just 18 or 19 years old. Am I different from them? No, I’m not.", "Leonid, in a call to his mother, after he says they won", 78) { Death = true },
        ["festinger:changing-belief"] = new("I really thought it would be easy here, to tell you the truth.", "Ivan, in a call to Olya", 202),
        ["festinger:adding-justification"] = new("I wanted to give it to normal families with kids, but the people out there were drunks,", "Maxim, to his wife, as the AP quotes him", 261),
        ["festinger:avoiding-information"] = new("She declined to listen to any of the intercepts", "the AP, on Leonid’s mother", 47),
    };

    /// <summary>
    /// The student's chart: each device, mechanism or idea the unit's prompts use, and each the unit's objectives name
    /// (the claim task and its model answer lean on them), named plainly (never by its id), with a definition and an
    /// example from the article. Null when the lesson uses none.
    /// </summary>
    public static Table? Chart(UnitLesson lesson, bool younger = false)
    {
        var named = lesson.Material.Annotation.Objectives.SelectMany(o => o.ServedBy).Where(s => Taxonomy.Find(Taxonomy.Frameworks, s) is not null);
        var used = lesson.Prompts.Select(p => p.FrameworkId).Concat(named).Concat(lesson.Material.Annotation.Tools).Where(OnTheChart).Distinct().ToList();
        // A way of easing dissonance means nothing without dissonance itself: its row comes first.
        const string dissonance = "festinger:cognitive-dissonance";
        if (used.Any(id => id.StartsWith("festinger:", StringComparison.Ordinal) && id != dissonance) && !used.Contains(dissonance))
        {
            used.Insert(used.FindIndex(id => id.StartsWith("festinger:", StringComparison.Ordinal)), dissonance);
        }

        if (used.Count == 0)
        {
            return null;
        }

        return new Table(
            [new TableColumn("Idea", 2), new TableColumn("What it means", 3), new TableColumn("An example, or where to test it", 4)],
            [.. used.Select(id =>
            {
                var term = Taxonomy.Find(Taxonomy.Frameworks, id)!;
                return (IReadOnlyList<TableCell>)
                [
                    new TableCell([new Run(PlainName(term), RunStyle.Strong), new Run(" (" + Family(id) + ")")]),
                    new TableCell(term.Description),
                    ExampleCell(lesson, id, younger),
                ];
            })],
            "Ideas for reading this unit");
    }

    /// <summary>
    /// An everyday example of each idea, from outside the article and said without quotation marks (they are not the
    /// article's words): the chart gives it where the article's own example is the line a question asks students to test,
    /// or where the article holds no clear case, so every row keeps its promise of an example (blind reviews 19 and 20
    /// found rows with none).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Everyday = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ipa:name-calling"] = "a rival team’s fans called thugs, so that no one asks what they did",
        ["ipa:glittering-generalities"] = "a poster that cries freedom and pride and gives no plan",
        ["ipa:transfer"] = "a product shown beside the national flag, so that respect for the flag rubs off on it",
        ["ipa:testimonial"] = "a famous athlete praising a phone she knows no more about than you do",
        ["ipa:plain-folks"] = "a rich candidate photographed eating at a diner to seem like everyone else",
        ["ipa:card-stacking"] = "an advertisement that prints only its good reviews and leaves out the bad ones",
        ["ipa:band-wagon"] = "everyone at school has one, so you should too",
        ["bandura:moral-justification"] = "hazing a new player and saying it builds the team’s unity",
        ["bandura:euphemistic-labeling"] = "calling the firing of workers rightsizing",
        ["bandura:advantageous-comparison"] = "I only copied one answer; others copied the whole test",
        ["bandura:displacement-of-responsibility"] = "the boss told me to, so it is not on me",
        ["bandura:diffusion-of-responsibility"] = "an online pile-on in which each person says they only wrote one comment",
        ["bandura:distortion-of-consequences"] = "it was only a joke; nobody really got hurt",
        ["bandura:dehumanization"] = "wartime posters in many countries drew the enemy as rats or insects, to make killing them seem like pest control",
        ["bandura:attribution-of-blame"] = "she made me angry, so the shouting is her fault",
        ["festinger:cognitive-dissonance"] = "a smoker who knows smoking harms him, and smokes",
        ["festinger:changing-behavior"] = "the smoker quits",
        ["festinger:changing-belief"] = "the smoker decides the health warnings are exaggerated",
        ["festinger:adding-justification"] = "the smoker says it keeps him calm, and calm is healthy too",
        ["festinger:avoiding-information"] = "the smoker skips every article about lung cancer",
    };

    /// <summary>
    /// A framework's example on the chart. A graphic example is printed only where the student already reads that line:
    /// never imported into a unit whose advisory does not cover it, and never in the grades 6–8 edition.
    /// </summary>
    private static TableCell ExampleCell(UnitLesson lesson, string id, bool younger)
    {
        var everyday = Everyday.TryGetValue(id, out var plain) ? $"An example from outside the article: {plain}. " : "";
        if (!Examples.TryGetValue(id, out var example))
        {
            return new TableCell($"{everyday}The article holds no clear case: look for the nearest line and say why it does or does not fit.");
        }

        if ((example.Graphic && (younger || !InReading(lesson, example.Line))) || (example.Death && !InReading(lesson, example.Line)))
        {
            // Never a pointer to the graphic line (a blind reviewer found the chart sending students to the article's most
            // graphic line): the line of the reading that a prompt asks them to test the idea on, or no line at all.
            // The question that tests the idea is named, not repeated with its words (blind review 50a found the chart
            // asking the question's test a second time, with no room to write).
            return lesson.Prompts.FirstOrDefault(p => p.FrameworkId == id && p.ExcerptReference is not null && InReading(lesson, LineOf(p.ExcerptReference))) is { } prompt
                ? new TableCell($"{everyday}In your reading: question {prompt.Number} asks you to test this idea on line {LineOf(prompt.ExcerptReference!)}; decide for yourself whether it fits, and why.")
                : new TableCell($"{everyday}The article’s clearest example is in a section this handout does not print; test the idea on the lines of your reading.");
        }

        // The example is the very line a prompt asks students to test the idea on: printed as a settled case it would
        // answer the prompt before it is asked (blind review 14), so the chart points to the prompt instead.
        // An idea the claim task uses ('tools') that no prompt tests: the line is one to test it on, not a settled case,
        // and its words reach us in translation (blind review 32b: "clean up" may be an army's word for clearing an area).
        if (InReading(lesson, example.Line) && lesson.Material.Annotation.Tools.Contains(id) && !lesson.Prompts.Any(p => p.FrameworkId == id))
        {
            // Short sentences, no brackets inside brackets (blind review 46a found the cell "a decoding exercise").
            return new TableCell([new Run($"Test it on line {example.Line} of your reading: “{example.Words}” "), new Run($"({example.Who}).", RunStyle.Emphasis), new Run(" Does the idea fit? Say why or why not. We read these words in translation.")]);
        }

        if (lesson.Prompts.FirstOrDefault(p => p.FrameworkId == id && p.ExcerptReference is not null && LineOf(p.ExcerptReference) == example.Line) is { } tested)
        {
            return new TableCell([new Run($"{everyday}In the article: question {tested.Number} asks you to test this idea on line {example.Line} of your reading; decide for yourself whether it fits, and why.")]);
        }

        // Where the article's example stands in a section the students have not read and a question of this unit tests
        // the idea on a line of their reading, the chart points there, after an everyday example (blind reviews 29-31
        // found Leonid's line 78 on Ivan ONE's chart, outside the reading and its advisory).
        if (!InReading(lesson, example.Line)
            && lesson.Prompts.FirstOrDefault(p => p.FrameworkId == id && p.ExcerptReference is not null && InReading(lesson, LineOf(p.ExcerptReference))) is { } own)
        {
            // A prompt that reads on from its line ("Read on to her one-word reply…") tests the idea on the lines after it too.
            var after = own.Text.Contains("Read on", StringComparison.Ordinal) ? " and the lines after it" : "";
            return new TableCell([new Run($"{everyday}In your reading: question {own.Number} asks you to test this idea on line {LineOf(own.ExcerptReference!)}{after}; decide for yourself whether it fits, and why.")]);
        }

        // Otherwise an example from another section comes after an everyday one they can grasp without it (blind review 27b).
        var lead = InReading(lesson, example.Line) ? "" : everyday;
        return new TableCell([new Run($"{lead}“{example.Words}”"), new Run($" ({example.Who}; {Where(lesson, example.Line)})", RunStyle.Emphasis)]);
    }

    private static bool InReading(UnitLesson lesson, int line) => lesson.Material.Reading.Any(r => r.Line == line && !r.LeftOut);

    /// <summary>Where an example stands: in the reading the student has, or elsewhere in the article (the course reader prints it whole).</summary>
    private static string Where(UnitLesson lesson, int line) =>
        InReading(lesson, line)
            ? $"line {line}, in your reading"
            : $"line {line}, from another part of the article";

    /// <summary>"Name calling" from "Name calling — a propaganda device"; "Cognitive dissonance" from "Cognitive dissonance (Festinger)".</summary>
    public static string PlainName(Term term) => PlainName(term.Label);

    /// <summary>The same for a label as printed ("Comprehension check: what the text says, …" → "Comprehension check").</summary>
    public static string PlainName(string label)
    {
        var name = label.Split(" — ")[0].Split(": ")[0];
        var paren = name.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? name[..paren] : name;
    }

    private static string Family(string id) => id switch
    {
        _ when id.StartsWith("ipa:", StringComparison.Ordinal) => "a propaganda device",
        _ when id.StartsWith("bandura:", StringComparison.Ordinal) => "a way people excuse harm",
        "festinger:cognitive-dissonance" => "when two thoughts clash",
        _ => "a way people ease that clash",
    };

    /// <summary>
    /// A sourcing and corroboration organizer: one row per excerpt the prompts point at (its line and speaker given), the
    /// other cells empty to write in.
    /// </summary>
    public static Table SourcingOrganizer(UnitLesson lesson)
    {
        var lines = OrganizerLines(lesson).Select(l => (Reference: Capitalized(l.Reference), Opening: Opening(l.Quote, l.Reference))).ToList();
        if (lines.Count == 0)
        {
            lines = [("A line you choose", null)];
        }

        return new Table(
            [new TableColumn("The words (line)", 3), new TableColumn("Who said it, to whom, when?", 2), new TableColumn("What could they know?", 2), new TableColumn("What would confirm or challenge it?", 2)],
            [.. lines.Select(l => (IReadOnlyList<TableCell>)
            [
                // Words that carry their own quotation marks (the AP quoting someone) are printed as they stand, not wrapped again.
                new TableCell(l.Opening is null ? [new Run(l.Reference, RunStyle.Strong)] : [new Run(l.Reference, RunStyle.Strong), new Run(l.Opening.Contains('“') ? ": " + l.Opening : ": “" + l.Opening + "”")]),
                TableCell.Empty,
                TableCell.Empty,
                TableCell.Empty,
            ])],
            "Sourcing and corroboration");
    }

    /// <summary>A line the organizer asks about: where it stands and whose it is ("line 290 (Maxim)"), and its words.</summary>
    private sealed record OrganizerLine(string Reference, string? Quote);

    /// <summary>
    /// The lines the organizer asks about: three, in the order of the article. They come from the lines the prompts point
    /// at, lines that claim something checkable first (a blind reviewer found the organizer asking what would confirm
    /// "Hugging, cuddling, kissing"), a line that only asks something left out when others remain, and one line of each
    /// voice first: sourcing is learned by setting voices side by side, and blind review 15 found three rows of one
    /// mother's calls answered "As for line 292". Where the prompts point at fewer than three voices, a checkable line of
    /// the reading in another voice (a soldier at the front, the AP) takes the free row; a line that claims nothing
    /// checkable (a feeling) is taken only when no checkable line of the reading is left.
    /// </summary>
    private static IReadOnlyList<OrganizerLine> OrganizerLines(UnitLesson lesson)
    {
        var fromPrompts = lesson.Prompts.Where(p => p.ExcerptReference is not null).DistinctBy(p => p.ExcerptReference)
            .Select(p => new OrganizerLine(p.ExcerptReference!, p.ExcerptQuote)).ToList();
        var claims = fromPrompts.Where(l => !Asks(l.Quote)).ToList();
        var candidates = (claims.Count > 0 ? claims : fromPrompts).ToLookup(l => Checkable(lesson, LineOf(l.Reference)));
        var others = lesson.Material.Reading
            .Where(r => !r.LeftOut && r.Kind is BlockKind.Call or BlockKind.Narration or BlockKind.Interview && !r.Tags.Contains("graphic") && Checkable(lesson, r.Line) && !Asks(r.Words))
            .Select(r => new OrganizerLine($"line {r.Line} ({(r.Kind == BlockKind.Narration ? "the AP" : Bare(r.Speaker))})", r.Words));

        var picked = new List<OrganizerLine>();
        var voices = new HashSet<string>(StringComparer.Ordinal);
        // A line of the reading is never taken twice; a prompt's line may stand twice under two voices (the AP's sentence
        // and the words it quotes).
        void Take(IEnumerable<OrganizerLine> lines, bool newVoiceOnly, bool fromReading = false)
        {
            foreach (var line in lines)
            {
                var taken = fromReading ? picked.Exists(p => LineOf(p.Reference) == LineOf(line.Reference)) : picked.Contains(line);
                if (picked.Count < 3 && !taken && (voices.Add(VoiceOf(lesson, line)) || !newVoiceOnly))
                {
                    picked.Add(line);
                }
            }
        }

        // The prompts' checkable lines, one a voice; then the reading's, in a voice not yet in; then the prompts' checkable
        // lines again, the reading's in any voice, and only then a line that claims nothing anyone could check (a feeling,
        // "It’s totally horrible.": blind reviews 44 and 45 asked what could confirm it).
        Take(candidates[true], newVoiceOnly: true);
        if (picked.Count > 0)
        {
            Take(others, newVoiceOnly: true, fromReading: true);
        }

        Take(candidates[true], newVoiceOnly: false);
        if (picked.Count > 0)
        {
            Take(others, newVoiceOnly: false, fromReading: true);
        }

        Take(candidates[false], newVoiceOnly: true);
        Take(candidates[false], newVoiceOnly: false);
        return [.. picked.OrderBy(l => LineOf(l.Reference))];
    }

    /// <summary>Whether words only ask something (a question claims nothing to confirm or challenge).</summary>
    private static bool Asks(string? words) => (words ?? "").TrimEnd('”', ' ', '"').EndsWith('?');

    /// <summary>Whose voice a line is in, and how it reaches us: a call's speaker, the AP's narration, or someone the AP quotes.</summary>
    private static string VoiceOf(UnitLesson lesson, OrganizerLine line)
    {
        if (ReportedSpeaker(line.Reference) is { } reported)
        {
            return "reported:" + reported;
        }

        var r = lesson.Material.Reading.FirstOrDefault(x => x.Line == LineOf(line.Reference));
        // What a relative told the AP later is one voice, whether the AP quotes her or retells it.
        return r is null ? line.Reference
            : r.Kind == BlockKind.Interview || (r.Kind == BlockKind.Narration && r.Source.Count > 0 && r.Source.All(k => k == "told-the-ap")) ? "told-the-ap"
            : $"{r.Kind}:{(r.Kind == BlockKind.Narration ? "the AP" : Bare(r.Speaker))}";
    }

    /// <summary>
    /// Whether a line claims something another source could confirm or challenge: the AP's narration and a later
    /// interview do, and so does a line of a call reviewed as telling what someone was told, found or denies; a call's
    /// feeling, wish or plan does not.
    /// </summary>
    private static bool Checkable(UnitLesson lesson, int number) =>
        lesson.Material.Reading.FirstOrDefault(r => r.Line == number) is not { } line
        || line.Kind != BlockKind.Call
        || line.Tags.Any(t => t is "found" or "told" or "denial" or "did");

    private static int LineOf(string reference) =>
        System.Text.RegularExpressions.Regex.Match(reference, @"line (\d+)") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : int.MaxValue;

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text[1..];


    /// <summary>
    /// The organizer filled in for the teacher, one row per line it names: who said it and how, what that voice could
    /// know, and what could confirm or challenge it. The answers follow from the voice of the line (a soldier's call, a
    /// relative's call, a later interview, the AP's narration or the AP quoting someone), so they hold for any line of
    /// that voice; a student's answer that the article supports is as good. Null when the organizer names no line.
    /// </summary>
    public static Table? SourcingKey(UnitLesson lesson)
    {
        // One row a line, as the students' organizer has them; a line of the same voice as one above says so rather
        // than repeat its answers.
        var rows = new List<IReadOnlyList<TableCell>>();
        var seen = new Dictionary<(string Know, string Confirm), int>();
        foreach (var organized in OrganizerLines(lesson))
        {
            var answers = KeyAnswers(lesson, organized.Reference);
            var line = LineOf(organized.Reference);
            var same = seen.TryGetValue((answers.Know, answers.Confirm), out var earlier) ? $"As for line {earlier}." : null;
            seen.TryAdd((answers.Know, answers.Confirm), line);
            rows.Add([new TableCell([new Run(Capitalized(organized.Reference), RunStyle.Strong)]), new TableCell(answers.Who), new TableCell(same ?? answers.Know), new TableCell(same ?? answers.Confirm)]);
        }

        return rows.Count == 0 ? null : new Table(
            [new TableColumn("The line", 2), new TableColumn("Who said it, to whom, when?", 3), new TableColumn("What could they know?", 3), new TableColumn("What would confirm or challenge it?", 3)],
            [.. rows],
            "The sourcing organizer, filled in");
    }


    private static (string Who, string Know, string Confirm) KeyAnswers(UnitLesson lesson, string reference)
    {
        var number = LineOf(reference);
        var reading = lesson.Material.Reading;
        var line = reading.FirstOrDefault(r => r.Line == number);
        var interviewed = FamiliesTheApReached.Contains(lesson.Material.Soldier ?? "");
        var when = "the article gives no date for this call (the calls the AP identified were made in March 2022)";
        var soldier = lesson.Material.Soldier ?? "";
        var reported = ReportedSpeaker(reference);
        return line?.Kind switch
        {
            BlockKind.Call when Bare(line.Speaker) == lesson.Material.Soldier && line.Tags.Contains("did") =>
                ($"{soldier}, to {Relation(Listener(reading, line), soldier) ?? "his family"}, in a call; {when}.",
                 "What he and his unit did, as he tells it; he may play it up or down for the person he is talking to.",
                 // Not returning residents for every act: a battle between soldiers at a border has none (blind review 27b).
                 "Other soldiers’ accounts of the same place and day, from both sides where they exist; records of it (military or investigators’, where they are ever released); for harm to civilians, the people who lived there."),
            // What he was told: only those who heard it, or the orders, could confirm it (blind review 14: Ukrainian
            // witnesses cannot confirm what a commander told his own men).
            BlockKind.Call when Bare(line.Speaker) == lesson.Material.Soldier && line.Tags.Contains("told") && !line.Tags.Contains("found") =>
                ($"{soldier}, to {Relation(Listener(reading, line), soldier) ?? "his family"}, in a call; {when}.",
                 // A briefing he heard himself (line 56), or a word the soldiers took up (line 225): not one answer for both
                 // (blind reviews 31a, 31b).
                 line.Tags.Contains("briefing")
                     ? "What the commander said, which he heard himself, and what he felt then; he retells it later and may shape it for the person he is talking to."
                     : "What he was told or has taken in from those around him, and what he believes; he may not know whether it is true. He may shape it for the person he is talking to.",
                 line.Tags.Contains("briefing")
                     // A briefing is confirmed by those who heard it and tested by what followed; Russian media have nothing
                     // to do with a commander's warning (blind reviews 27a and 27b found the word's row copied onto it).
                     ? "That it was said: others of his unit who heard the same briefing, and the orders if they are ever released. Whether it came true: accounts of the same crossing from both sides, and records of the fighting."
                     : "Where it came from: how others of his unit, and Russian officials and media, spoke at the time. What it refers to and how it was meant: other calls from his unit, and the Russian word behind the translation."),
            BlockKind.Call when Bare(line.Speaker) == lesson.Material.Soldier && Checkable(lesson, number) =>
                ($"{soldier}, to {Relation(Listener(reading, line), soldier) ?? "his family"}, in a call; {when}.",
                 // Not "what he did himself", nor Ukrainian witnesses for every line: a line about other soldiers (line
                 // 145) or the weapons he saw (line 290) is neither his act nor something witnesses across the line saw
                 // (blind reviews 19 and 20).
                 "What he saw and heard around him; not what happened out of his sight. He may shape it for the person he is talking to.",
                 // What the line reports, tested where it can be: a context note on this sheet that speaks to it first (blind
                 // review 38a: "Kyiv is 15 kilometers" and the weapons he saw have notes the key did not name), then other accounts.
                 "What he describes: the context notes on this sheet where one speaks to it; other soldiers’ calls and accounts of the same place and weeks; records of it, where they are ever released. Other calls of his, where the article prints them, show whether he says the same to others."),
            BlockKind.Call when Bare(line.Speaker) == lesson.Material.Soldier =>
                ($"{soldier}, to {Relation(Listener(reading, line), soldier) ?? "his family"}, in a call; {when}.",
                 // A line of feeling may also claim something of the men around him ("Everyone is like that here."): a
                 // blind reviewer found "nothing outside can confirm" wrong for such a claim, which others' accounts can test.
                 // Not "his own feelings" for every such line: a report of someone else's death (line 130) is what he saw or
                 // heard, and may be second-hand (blind review 38a).
                 "What he saw or heard around him, or was told by others, and what he feels or plans, which only he can know; he may shape all of it for the person he is talking to, and the line may not say whether he saw it himself.",
                 "What he reports of events and of others: other soldiers’ calls and accounts, what the AP reports of the same men, and records where they are ever released. What he feels or plans: only he can say; the recording shows that it was said and how."),
            BlockKind.Call =>
                ($"{Bare(line.Speaker)}, to {Listener(reading, line) ?? "the soldier"}, in a call; {when}.",
                 // One speaker, never "them" (blind reviews 18-20); a line repeating a claim is what she heard at home.
                 line.Tags.Contains("told")
                     ? "What she has heard at home, on television or from people around her; she names no source she could check, and she was not there."
                     : "Only what he tells her and what she hears at home; she was not there.",
                 ThatItWasSaid(interviewed, soldier, Bare(line.Speaker) ?? "")
                 + (line.Tags.Contains("told")
                     ? "Whether what it repeats is true: the context notes, and sources on what it claims."
                     : "What it refers to: the soldier’s own calls, where the article prints them; a question or a feeling of hers nothing outside can confirm.")),
            BlockKind.Interview =>
                ($"{InterviewSpeaker(line.Speaker)}, to the AP in a later interview (January 2023), in the AP’s words quoting her.",
                 "What she remembers and chooses to tell, months after the calls; she may not know what her son did.",
                 "The calls themselves, which the AP set beside what she told it."),
            _ when reported is not null && reported.Contains("message", StringComparison.Ordinal) =>
                ($"{Capitalized(reported)}, as the AP quotes it; the article does not say who sent it.",
                 "We do not know who wrote it. An officer passing it on would know the orders, not whether the claim is true; whether whoever first made the claim believed it is a separate question a historian would investigate.",
                 "Independent reports on what the message claims; other soldiers’ accounts of receiving it."),
            _ when reported is not null =>
                ($"{reported}{ToWhom(line?.Words)}, in a call, as the AP quotes the words inside its own sentence; {when}.",
                 "What the speaker saw, was told or believed; and we have only the words the AP chose to quote.",
                 "The AP’s full recording of the call; other accounts of what the words describe."),
            _ => Narration(line?.Source is { Count: > 0 } kinds ? kinds : ["background"], line?.Words ?? "", soldier),
        };
    }

    /// <summary>
    /// What confirms that a relative's line in a call was said. What the family told the AP differs by family: Ivan's
    /// mother confirmed her voice; Leonid's declined to listen (line 47), so nothing she said confirms a call (blind
    /// reviews 41a, 42a); the AP could not reach Maxim's.
    /// </summary>
    private static string ThatItWasSaid(bool interviewed, string soldier, string speaker)
    {
        const string recording = "That it was said: the recording the AP obtained (the article prints an edited excerpt";
        if (!interviewed)
        {
            return $"{recording}; the AP could not reach this family). ";
        }

        if (soldier == "Leonid")
        {
            return $"{recording}); Leonid’s mother declined to listen to any of the calls (line 47), so nothing she told the AP confirms it. ";
        }

        return speaker.Contains("mother", StringComparison.Ordinal)
            ? $"{recording}), and Ivan’s mother, who listened to some of the audio and confirmed it was her speaking with Ivan. "
            : $"{recording}). ";
    }

    /// <summary>
    /// The key's answers for a paragraph of the AP's narration, from what its sentences are as a source (reviewed per
    /// block in the annotations). One kind gives its own answers; a paragraph that mixes kinds is taken sentence by
    /// sentence, each named by its first words, and each kind's answers follow under its name: the blind reviews found a
    /// key that mixed kinds without saying which words were which.
    /// </summary>
    private static (string Who, string Know, string Confirm) Narration(IReadOnlyList<string> kinds, string words, string soldier)
    {
        if (kinds.Distinct().Count() == 1)
        {
            var only = NarrationAnswers(kinds[0], soldier);
            return ($"The AP, in its own narration, published in February 2023: {only.What}.", only.Know, only.Confirm);
        }

        var sentences = Sentences.Of(words);
        var named = kinds.Select((kind, i) => $"“{FirstWords(i < sentences.Count ? sentences[i] : "")}” is {NarrationAnswers(kind, soldier).Short}");
        // Each kind's answers under the words of its first sentence, in prose ("For “She says she’ll […]”, the AP
        // reporting what was said: …"): bare labels before a colon read as a template's leftovers (blind review 19).
        var parts = kinds.Select((kind, i) => (Kind: kind, First: FirstWords(i < sentences.Count ? sentences[i] : "")))
            .DistinctBy(k => k.Kind)
            .Select(k => (Lead: $"For “{k.First}”, {NarrationAnswers(k.Kind, soldier).Short}", Answers: NarrationAnswers(k.Kind, soldier)))
            .ToList();
        return ($"The AP, in its own narration, published in February 2023, sentence by sentence: {string.Join("; ", named)}.",
                string.Join(" ", parts.Select(p => $"{p.Lead}: {Wording.InASentence(p.Answers.Know)}")),
                string.Join(" ", parts.Select(p => $"{p.Lead}: {Wording.InASentence(p.Answers.Confirm)}")));
    }

    /// <summary>A sentence's first few words, verbatim, marked as cut where they are: "Leonid tells her that […]".</summary>
    private static string FirstWords(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 ? sentence : string.Join(' ', words.Take(4)) + " […]";
    }

    private static (string What, string Short, string Know, string Confirm) NarrationAnswers(string kind, string soldier) => kind switch
    {
        "retelling" => ("a retelling of a call, the AP’s account of what was said", "the AP retelling a call",
            "What the AP heard on the recording; the article prints only part of the calls.",
            "That it was said: the recording, which the AP says it verified with the Dossier Center, and any lines of the call the article prints. Whether it is true: other accounts of the same events."),
        "summary" => ("a summing-up of calls in the AP’s own words", "the AP summing up calls",
            "What the AP heard across the recordings; the wording, and the choice of what to sum up, are the AP’s.",
            "Only the recordings, which readers do not have; the lines of the calls the article prints bear on part of it."),
        "reading" => ("the AP’s interpretation of how a person seemed: tone, mood or belief", "the AP’s interpretation",
            "What the AP heard on the recording; what a person seemed to feel or believe is the AP’s inference from it, not a fact.",
            "The lines of the call the article prints near it: do they bear the reading out? Another listener might hear it differently."),
        // A sentence that reports a fact and then reads a belief (line 213: "has relatives in Kyiv but seems to
        // believe"): blind review 45 found the whole sentence called an interpretation.
        "fact-and-reading" => ("its own account of a fact, then its interpretation of what someone seemed to believe", "the AP’s account of a fact, then its interpretation",
            "What the AP learned in its reporting, for the fact (the article does not say how); what a person seemed to believe is the AP’s inference, not a fact.",
            "Other reporting and records, for the fact; for the interpretation, the lines of the call the article prints near it (another listener might hear it differently)."),
        "report" => ("a report of what someone said, without saying how the AP learned it (a call it heard, or a relative’s later account)", "the AP reporting what was said",
            "If it was said in a call: what the speaker knew and felt then. If it was told to the AP later (January 2023): a memory from months afterwards, after all that followed. The article does not say which, and the two are worth weighing differently.",
            $"The recording, if it was said in a call; {(FamiliesTheApReached.Contains(soldier) ? $"{soldier}’s mother’s interview with the AP" : "a relative’s later account")}, if it was told later. The article does not say which."),
        "told-the-ap" => ($"what {(soldier.Length > 0 ? soldier + "’s mother" : "a relative")} told the AP when it reached her in January 2023", "what was told to the AP",
            // The row's speaker is the AP: what it could know is what she said and did (blind review 24), not what it saw:
            // the article tells of a phone call with Ivan's mother (blind review 27b).
            "What she said to the AP, and what she did (whether she listened to the calls), when it reached her, months after the calls; what she herself could know of her son’s acts may be little.",
            "The AP’s own notes or recording of the conversation; the calls themselves, which the AP set beside what she told it."),
        "document" => ("a report of a published document (a local paper’s notice), in the AP’s words", "the AP reporting a document",
            "What the notice said, as the AP read it; a funeral notice is written to honor the dead.",
            "The notice itself, in the paper’s archive; other records of the death."),
        // The article does not say how the AP learned its background: not "not a retelling of a call" (blind reviews 30a-31b).
        _ => ("its own account, without saying how it learned it", "the AP’s own account",
            "What the AP learned in its reporting; the article does not say how (the calls, a relative, or other sources). Where it judges, it is an interpretation.",
            "Other reporting and records on what it describes; the calls the article prints, where they bear on it."),
    };

    /// <summary>"Maxim’s wife" said of Maxim → "his wife"; "Olya, Ivan’s girlfriend" → "Olya, his girlfriend".</summary>
    private static string? Relation(string? listener, string soldier) =>
        listener is null || soldier.Length == 0 ? listener
        : listener.StartsWith(soldier + "’s ", StringComparison.Ordinal) ? "his " + listener[(soldier.Length + 3)..]
        : listener.Replace($", {soldier}’s ", ", his ", StringComparison.Ordinal);

    /// <summary>", to his wife" when the AP's sentence names the listener ("he explains to his wife", "he tells his mother").</summary>
    private static string ToWhom(string? words) =>
        words is not null && System.Text.RegularExpressions.Regex.Match(words, @"\b(?:tells|told|explains to|says to) (his|her) (wife|mother|girlfriend)\b") is { Success: true } m
            ? $", to {m.Groups[1].Value} {m.Groups[2].Value}"
            : "";

    /// <summary>The soldiers whose mothers the AP reached in January 2023 (lines 31 and 233); it could not reach Maxim or his family (line 26).</summary>
    private static readonly string[] FamiliesTheApReached = ["Leonid", "Ivan"];

    /// <summary>A speaker's name without a stage direction: "Olya, Ivan’s girlfriend (laughing)" → "Olya, Ivan’s girlfriend".</summary>
    private static string? Bare(string? speaker) =>
        speaker is null ? null : System.Text.RegularExpressions.Regex.Replace(speaker, @"\s*\([^)]*\)$", "");

    /// <summary>The other party of a call: the nearest line of the call, before or after, spoken by someone else.</summary>
    private static string? Listener(IReadOnlyList<ReadingLine> reading, ReadingLine line)
    {
        var at = reading.ToList().IndexOf(line);
        var others = reading.Select((r, i) => (r, i)).Where(x => x.r.Kind == BlockKind.Call && Bare(x.r.Speaker) != Bare(line.Speaker) && x.r.Speaker is not null);
        return others.OrderBy(x => Math.Abs(x.i - at)).Select(x => Bare(x.r.Speaker)).FirstOrDefault();
    }

    private static string InterviewSpeaker(string? label) =>
        label is not null && System.Text.RegularExpressions.Regex.Match(label, "quoting (.+) in a later interview") is { Success: true } m ? m.Groups[1].Value : "A relative";

    private static string? ReportedSpeaker(string reference) =>
        System.Text.RegularExpressions.Regex.Match(reference, @"\((.+), as reported by the AP\)") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>
    /// The first words of a line, verbatim, cut at a word boundary so the row stays short. The cut is marked "[…]", as an editor
    /// marks an omission, so it is never mistaken for an ellipsis the article itself prints.
    /// </summary>
    private static string? Opening(string? words, string? reference = null)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }

        // A line of a call carries its speaker's label ("Leonid: “…”"); the row already names the speaker, so only the words are kept.
        // The AP's narration is never a label: "…got a Telegram message: “Tomorrow […]”" is the AP's sentence, whose
        // opening is its own words, not the message it quotes (blind review 30b found the message under "the AP").
        var narration = reference?.EndsWith("(the AP)", StringComparison.Ordinal) == true;
        var call = System.Text.RegularExpressions.Regex.Match(words, @"^[^“”]{1,80}?: “(.+)”(?:\s*\([^)]*\))?$");
        if (call.Success && !narration)
        {
            words = call.Groups[1].Value;
        }

        // Whole sentences from the start, while they are short enough to read whole: a first sentence of two words
        // ("Of course.", "Yeah, right!") takes the next with it, since a row that stops there holds no claim to source
        // (blind review 14). Otherwise the first words, cut at a word.
        // An abbreviation's full stop ends no sentence: "came on Feb." was cut mid-date (blind reviews 19 and 20).
        var sentences = new List<string>();
        var pending = "";
        foreach (var piece in System.Text.RegularExpressions.Regex.Matches(words, @"\G\s*.+?[.?!][”’]?(?=\s|$)").Select(m => m.Value))
        {
            pending += piece;
            if (!System.Text.RegularExpressions.Regex.IsMatch(pending, @"\b(?:Feb|Mr|Mrs|Dr|St|U\.S)\.$"))
            {
                sentences.Add(pending);
                pending = "";
            }
        }

        if (pending.Length > 0)
        {
            sentences.Add(pending);
        }

        var taken = "";
        foreach (var next in sentences)
        {
            var longer = taken + next;
            if (longer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 20 || taken.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6)
            {
                break;
            }

            taken = longer;
        }

        taken = taken.Trim();
        if (taken.Length > 0)
        {
            return Closed(taken.Length < words.Trim().Length ? taken + " […]" : taken);
        }

        // Twelve words, but never a cut that leaves a word or two behind ("… at home with […]" for "with crutches").
        var split = words.Split(' ');
        return Closed(split.Length <= 15 ? words : string.Join(' ', split.Take(12)) + " […]");
    }

    /// <summary>
    /// A cut quotation keeps its closing mark: words quoted without a speaker's label (“Mom, there was a battle. […]”)
    /// lost theirs where the cut fell inside them (blind review 37a).
    /// </summary>
    private static string Closed(string opening) =>
        opening.Count(c => c == '“') > opening.Count(c => c == '”') ? opening + "”" : opening;

    /// <summary>
    /// Each objective of the unit with what serves it in this set: the first of its reviewed selectors that the set holds
    /// (a prompt tagged with the framework or family, the named prompt, or one of the lesson's tasks). Null when the set
    /// holds none of them, so the guide and the tests both see it.
    /// </summary>
    public static IReadOnlyList<(string Objective, string? ServedBy)> Objectives(UnitLesson lesson) =>
        [.. lesson.Material.Annotation.Objectives.Select(o => (o.Text, o.ServedBy.Select(s => ServedBy(lesson, s)).FirstOrDefault(s => s is not null)))];

    private static string? ServedBy(UnitLesson lesson, string selector)
    {
        switch (selector)
        {
            case "claim": return "the claim task";
            case "exit-ticket": return "the exit ticket";
            case "journal": return "the journal";
            case "organizer": return "the sourcing organizer";
            case "chart": return Chart(lesson) is null ? null : "the chart of ideas";
        }

        var prompt = selector.StartsWith("prompt:", StringComparison.Ordinal)
            ? lesson.Prompts.FirstOrDefault(p => p.Id == selector["prompt:".Length..])
            : selector.EndsWith(":*", StringComparison.Ordinal)
                ? lesson.Prompts.FirstOrDefault(p => p.FrameworkId.StartsWith(selector[..^1], StringComparison.Ordinal))
                : lesson.Prompts.FirstOrDefault(p => p.FrameworkId == selector);
        return prompt is null ? null : $"prompt {prompt.Number}";
    }
}
