using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Humanizer;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// A facilitator's session plan for adults (teachers in professional development): what the session is, aims for the
/// participants that the packet keeps (saying which ladders test which frameworks), an agenda in which more than half
/// the time is discussion and practice, with a break, adding up to the stated total; what to prepare and tell
/// participants beforehand (the notice of what the article contains goes first, the content described, not quoted;
/// then the course reader as pre-reading, or, for anyone on the alternative task, a pre-reading free of graphic
/// material); the context talking points; norms and an alternative task with a path through every step; the
/// frameworks on one page; contested cases for testing whether a tag fits; the observer's checklist; one sample lesson
/// in full; then each unit with its reading and a ladder of prompts, and the facilitator's notes on them. It prints no
/// prompt ids, framework ids or software commands. Its reviewed wording is in <see cref="WorkshopPacketText"/>.
/// </summary>
public static class WorkshopPacket
{
    public const string Name = "Workshop packet";

    /// <summary>How many prompts each unit's ladder holds: what was said, why, what it did, one's own judgment.</summary>
    public const int PromptsPerUnit = 4;

    /// <summary>The session's length in minutes, break included; <see cref="Agenda"/> adds up to it.</summary>
    public const int SessionMinutes = 150;

    /// <summary>
    /// The aims for participants, promising only what the session holds: every participant tests the devices, the
    /// mechanisms and dissonance in the contested cases, but a group meets them in its ladder only where its section's
    /// prompts use them (the ladder is the unit's own set, not chosen by the packet).
    /// </summary>
    public static IReadOnlyList<string> Aims(IReadOnlyList<UnitLesson> taught)
    {
        ArgumentNullException.ThrowIfNull(taught);
        // The ladders' families by name, and where: an aim that promised Bandura "in the ladders" over ladders that held
        // none was found out (blind review 38a), and one sentence that ran two clauses together read as garbled (39a, 39b).
        static string? FamilyOf(string id) =>
            id.StartsWith("ipa:", StringComparison.Ordinal) ? "propaganda devices"
            : id.StartsWith("bandura:", StringComparison.Ordinal) ? "Bandura’s mechanisms"
            : id.StartsWith("festinger:", StringComparison.Ordinal) ? "Festinger’s dissonance" : null;
        var order = new[] { "propaganda devices", "Bandura’s mechanisms", "Festinger’s dissonance" };
        var byFamily = order
            .Select(f => (Family: f, Units: taught.Where(u => u.Prompts.Any(p => FamilyOf(p.FrameworkId) == f)).Select(u => u.DisplayTitle.Split(':')[0]).ToList()))
            .Where(f => f.Units.Count > 0)
            .Select(f => $"{f.Family} in {Wording.List(f.Units)}")
            .ToList();
        // A family no core case tests is promised only in the optional cases that test it (blind reviews 46a, 46b: the
        // aims promised Festinger "in the contested cases, which every group takes", and no core case tested him).
        static bool Tests(WorkshopPacketText.ContestedCase c, string family) => c.Tags.Any(id => FamilyOf(id) == family);
        var cases = WorkshopPacketText.ContestedCases.Select((c, i) => (Case: c, Number: i + 1)).ToList();
        var onlyOptional = order
            .Where(f => !cases.Any(c => c.Case.Core && Tests(c.Case, f)))
            .Select(f => (Family: f, Numbers: cases.Where(c => Tests(c.Case, f)).Select(c => c.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList()))
            .Where(f => f.Numbers.Count > 0)
            .Select(f => $"{f.Family} only in optional {(f.Numbers.Count == 1 ? "case" : "cases")} {Wording.List(f.Numbers)}")
            .ToList();
        var inCases = onlyOptional.Count > 0
            ? $"in the core contested cases, which every group takes ({Wording.List(onlyOptional)})"
            : "in the contested cases, which every group takes";
        var where = byFamily.Count > 0
            ? $"{inCases}, and in the ladders that use them (here, {Wording.List(byFamily)})"
            : $"{inCases}; the groups’ ladders here practice reading a source";
        return
        [
            "Read intercepted calls closely, as a historian reads a source (sourcing, context, corroboration, close reading), and tell apart a line of a call, a later interview with the AP and the AP’s own narration.",
            $"Try the propaganda devices, Bandura’s mechanisms of moral disengagement and Festinger’s dissonance on real lines, and test whether each one fits, including cases where it does not: {where}.",
            "Practice leading a discussion of distressing material with care: announcing it, offering an alternative task of equal worth, keeping norms, following up.",
            "Leave with a lesson you could teach: a ladder of prompts for a unit, and a sample lesson with its journal, reading purpose, exit ticket and claim–evidence–reasoning task with its rubric.",
        ];
    }

    /// <summary>The propaganda devices, mechanisms of moral disengagement and Festinger's ideas a unit's ladder tests, by plain name, in ladder order.</summary>
    public static IReadOnlyList<string> IdeasTested(UnitLesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        return [.. lesson.Prompts
            .Where(p => !p.FrameworkId.StartsWith("history:", StringComparison.Ordinal))
            .Select(p => Taxonomy.Find(Taxonomy.Frameworks, p.FrameworkId))
            .OfType<Term>()
            .Select(LessonPlan.PlainName)
            .Distinct(StringComparer.Ordinal)];
    }

    public static readonly IReadOnlyList<string> AdultNorms =
    [
        "Speak from the text: point to the line, and say whose words they are, before you say what you make of it.",
        "Question ideas, not colleagues; we are here to sharpen each other’s teaching.",
        "No generalizations about a whole people: the article is about how ordinary people come to do terrible things.",
        "Some colleagues may have family in Ukraine or Russia, or have served in an army themselves. No one speaks for a country or a people; share only what you choose; what is shared stays in the room.",
        "Read the graphic lines only where the work needs them, never for effect. Step out whenever you need to, without explaining.",
    ];

    /// <summary>
    /// The packet's discussion set: each unit's own ladder of <see cref="PromptsPerUnit"/> prompts, asked for one unit at
    /// a time (so each ladder climbs the Bloom levels on its own) and joined in the units' order. <paramref name="unitSet"/>
    /// generates the set of one unit with the count it is given.
    /// </summary>
    public static DiscussionSet Set(IReadOnlyList<string> units, Func<string, int, DiscussionSet> unitSet)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(unitSet);
        return Join([.. units.Distinct(StringComparer.Ordinal).Select(u => unitSet(u, PromptsPerUnit))]);
    }

    /// <summary>Sets of single units joined into one, in order; excerpt ids are made distinct so each prompt keeps its excerpt.</summary>
    public static DiscussionSet Join(IReadOnlyList<DiscussionSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        if (sets.Count == 1)
        {
            return sets[0];
        }

        if (sets.Count == 0)
        {
            throw new ArgumentException("a packet needs at least one unit", nameof(sets));
        }

        var excerpts = new List<Excerpt>();
        var prompts = new List<Prompt>();
        for (var i = 0; i < sets.Count; i++)
        {
            var prefix = $"u{i + 1}.";
            excerpts.AddRange(sets[i].Excerpts.Select(e => e with { Id = prefix + e.Id }));
            prompts.AddRange(sets[i].Prompts.Select(p => p with { Excerpt = prefix + p.Excerpt, Pair = p.Pair is null ? null : prefix + p.Pair }));
        }

        return new DiscussionSet(
            sets[0].Seed,
            sets[0].Audience,
            [.. sets.SelectMany(s => s.Units)],
            excerpts,
            prompts,
            [.. sets.SelectMany(s => s.Vocabulary)],
            [.. sets.SelectMany(s => s.Advisories)],
            sets.Sum(s => s.Minutes),
            [.. sets.SelectMany(s => s.Notes).Distinct(StringComparer.Ordinal)])
        {
            Materials = [.. sets.SelectMany(s => s.Materials)],
            Source = sets[0].Source,
        };
    }

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options)
    {
        var units = lessons.Units;
        var taught = units.Where(u => u.Prompts.Count > 0).ToList();
        // The sample lesson models the session's subject: a section whose prompts test a device, a mechanism or dissonance,
        // where one is taught (blind review 38a found the one section without any chosen).
        var sample = taught.FirstOrDefault(u => u.Material.Annotation.Arc.Claim is not null && IdeasTested(u).Count > 0)
            ?? taught.FirstOrDefault(u => u.Material.Annotation.Arc.Claim is not null) ?? taught.FirstOrDefault();
        var sections = new List<Section>(Session(lessons, taught, options))
        {
            new("frameworks", "The frameworks", "The frameworks at a glance", Frameworks()),
            new("contested-cases", "Testing the fit", "Testing the fit: contested cases", ContestedCases(taught)),
        };
        if (sample is not null)
        {
            sections.Add(SampleLesson(sample));
        }

        sections.AddRange(taught.SelectMany(Unit));
        return new HandoutDocument(
            new DocumentInfo(
                "Workshop packet: teaching “never saw such hell”",
                $"A facilitator’s session plan for {Wording.Quantity("section", taught.Count)} of the article: aims, agenda, talking points, care, contested cases and a ladder of prompts for each",
                string.Join(", ", new[] { "propaganda", "moral dissonance" }.Concat(units.Select(u => u.Id))),
                Author: Parts.Author),
            Parts.Setup(options, Name, lessons.Source),
            sections);
    }

    /// <summary>
    /// The session's pages, one topic a page so that Word and PDF break alike: the title and aims; the agenda; what to
    /// prepare and tell participants beforehand; the pre-reading for the alternative task; the context; norms and the
    /// alternative task; the practice and care in the classroom.
    /// </summary>
    private static IEnumerable<Section> Session(HandoutLessons lessons, IReadOnlyList<UnitLesson> taught, HandoutOptions options)
    {
        var opening = new List<Block>
        {
            new Paragraph("Facilitator’s session plan", ParagraphRole.Kicker),
            new Heading(1, "Teaching propaganda and moral dissonance with the AP’s intercepted calls"),
            new Paragraph($"A session of {Duration(SessionMinutes)}, a break included, for teachers of history, social studies and English, in groups of three or four (regrouping into threes for the practice). It works with {Wording.Quantity("section", taught.Count)} of the article; each group takes one:"),
            // One section a line: titles end in their own punctuation ("The end?"), so they are never run together in a sentence.
            ListBlock.Bullets(taught.Select(u => u.DisplayTitle)),
        };

        var untaught = lessons.Units.Where(u => u.Prompts.Count == 0).ToList();
        if (untaught.Count > 0)
        {
            opening.Add(new Paragraph("These sections were asked for, but no prompt fits them for this audience, so they have no pages here; participants may read them for context:", ParagraphRole.Note));
            opening.Add(ListBlock.Bullets(untaught.Select(u => u.DisplayTitle)));
        }

        if (options.TemplateSources is { Count: > 0 } sources)
        {
            opening.Add(new Paragraph("Prompts include your own, from: " + Wording.List(sources), ParagraphRole.Note));
        }

        if (lessons.LeftOutLines)
        {
            opening.Add(new Paragraph("This packet is made for grades 6–8: the most graphic lines are left out of each reading, which says where.", ParagraphRole.Note));
        }

        opening.Add(new Paragraph([new Run("The question the session keeps coming back to: ", RunStyle.Strong), new Run(LessonPlan.GuidingQuestion), new Run(" (" + LessonPlan.GuidingQuestionSource + ")", RunStyle.Emphasis)]));
        opening.Add(new KeepTogether([new Heading(2, "Aims for participants"), ListBlock.Bullets(Aims(taught))]));
        yield return new Section("packet", "The session", "The session", opening);

        yield return new Section("agenda", "Agenda", "Agenda",
        [
            new Heading(1, "Agenda"),
            new KeepTogether([AgendaTable(taught), new Paragraph([new Run(AgendaTotal(taught), RunStyle.Strong)])]),
            // Beside the agenda, where the facilitator decides which group reads which section.
            new KeepTogether(
            [
                new Heading(2, "Choosing the groups’ sections"),
                new Paragraph(WhatTheLaddersTest(taught)),
                new Paragraph(
                    taught.Any(u => u.Id == PropagandaUnit)
                        ? $"For propaganda work, give a group {PropagandaTitle}. {PropagandaAttributed}"
                        : $"None of these sections is the article’s propaganda section: the propaganda work here is in the contested cases. For more, add {PropagandaTitle}. {PropagandaAttributed}"),
            ]),
        ]);

        yield return new Section("preparation", "Before the session", "Before the session",
        [
            new Heading(1, "Before the session"),
            new KeepTogether([new Heading(2, "Materials"), ListBlock.Bullets(WorkshopPacketText.Materials)]),
            new KeepTogether(
            [
                new Heading(2, "What to tell participants a few days ahead"),
                new Paragraph(WorkshopPacketText.AnnounceIntro),
                new Paragraph([new Run("In the calls", RunStyle.Strong)]),
                ListBlock.Bullets(WorkshopPacketText.AnnounceInTheCalls),
                new Paragraph([new Run("In the AP’s own narration", RunStyle.Strong)]),
                ListBlock.Bullets(WorkshopPacketText.AnnounceInTheNarration),
                new Paragraph(WorkshopPacketText.AnnounceChoice),
                new Paragraph(WorkshopPacketText.AnnounceClose),
            ]),
        ]);

        yield return AlternativePreReading(taught);

        yield return new Section("context", "Context", "Context: how the calls reached us",
        [
            new Heading(1, "Context: how the calls reached us"),
            new Paragraph(ContextNote, ParagraphRole.Note),
            ListBlock.Bullets(WorkshopPacketText.ContextTalkingPoints),
            new KeepTogether(
            [
                new Heading(2, "Three voices on the page"),
                new Paragraph("Show one of each and ask how they differ as evidence: a line of a call, what a mother told the AP later, and the AP’s own narration.", ParagraphRole.Note),
                .. WorkshopPacketText.ThreeVoices.SelectMany(v => new Block[] { new Paragraph([new Run(v.Label, RunStyle.Strong)]), v.Line.ToQuotation() }),
            ]),
        ]);

        yield return new Section("care", "Norms and care", "Norms and care",
        [
            new Heading(1, "Norms and care"),
            new KeepTogether([new Heading(2, "Norms for our session"), ListBlock.Bullets(AdultNorms)]),
            // Printed once, in the pre-reading the participant is sent (blind review 46a found it twice, word for word).
            new Callout(CalloutKind.Note, "An alternative task for participants",
            [
                new Paragraph($"Anyone may take it, without explaining. The task and its path through each step of the session are in “{AlternativePreReadingTitle}”, the pages sent ahead to whoever takes it; check in with them at the break and at the close."),
            ]),
        ]);

        yield return new Section("practice", "Practice", "Practice, and care in the classroom",
        [
            new Heading(1, "Practice, and care in the classroom"),
            new KeepTogether(
            [
                new Heading(2, "Practice in threes: the observer’s checklist"),
                new Paragraph("Three rounds of about eight minutes. One leads a prompt of their group’s section as they would with a class (about five minutes), one answers as a student, one observes with this list and then gives two points, one that worked and one to try (two minutes); then swap, so each takes each role.", ParagraphRole.Note),
                ListBlock.Bullets(WorkshopPacketText.ObserverChecklist),
            ]),
            new KeepTogether([new Heading(2, "After the session"), ListBlock.Bullets(AfterTheSession)]),
            new KeepTogether([new Heading(2, "When you teach it: care in the classroom"), ListBlock.Bullets(WorkshopPacketText.WhenYouTeachIt)]),
        ]);
    }

    /// <summary>The pre-reading's title, as the materials and the notice name it.</summary>
    public const string AlternativePreReadingTitle = "Pre-reading for the alternative task";

    /// <summary>
    /// What a participant on the alternative task reads ahead instead of the article, sent with the notice: how the AP
    /// obtained and checked the calls, the taught sections' context notes that an opt-out sheet prints (none that tells of
    /// killing or harm, none that quotes the article), and the alternative task with its path. It prints no line of the
    /// article. Each section is named by its soldier and number, without the AP's heading, which can itself be the
    /// material ("Kill if you don’t want to be killed").
    /// </summary>
    private static Section AlternativePreReading(IReadOnlyList<UnitLesson> taught)
    {
        var blocks = new List<Block>
        {
            new Paragraph("To send ahead, with the notice", ParagraphRole.Kicker),
            new Heading(1, AlternativePreReadingTitle),
            new Paragraph(WorkshopPacketText.AlternativePreReadingIntro, ParagraphRole.Note),
            Parts.SourceBox(),
        };
        var withNotes = taught.Select(u => (Unit: u, Notes: TeacherGuide.SheetNotes(u))).Where(u => u.Notes.Count > 0).ToList();
        if (withNotes.Count > 0)
        {
            blocks.Add(new Heading(2, "Context"));
            foreach (var (unit, notes) in withNotes)
            {
                Block[] group = [new Heading(3, ShortTitle(unit)), .. Parts.ContextNotes(notes)];
                blocks.AddRange(notes.Count <= Parts.NotesKeptTogether ? [new KeepTogether(group)] : group);
            }
        }

        blocks.Add(new KeepTogether(
        [
            new Heading(2, "The alternative task"),
            .. AlternativeTask(),
        ]));
        return new Section("alternative-pre-reading", "Alternative pre-reading", AlternativePreReadingTitle, blocks);
    }

    /// <summary>The alternative task and its path through the session's steps, as the pre-reading prints it.</summary>
    private static Block[] AlternativeTask() =>
    [
        new Paragraph(WorkshopPacketText.AdultAlternative),
        new ListBlock(false, [.. WorkshopPacketText.AdultAlternativePath.Select(s => new ListItem([new Run(s.Step + ": ", RunStyle.Strong), new Run(s.What)], []))]),
    ];

    /// <summary>
    /// Which sections' ladders test a propaganda device, a mechanism of moral disengagement or dissonance, and which,
    /// so that a facilitator can give the groups sections that carry the ideas the session promises.
    /// </summary>
    public static string WhatTheLaddersTest(IReadOnlyList<UnitLesson> taught)
    {
        ArgumentNullException.ThrowIfNull(taught);
        var with = taught.Where(u => IdeasTested(u).Count > 0).Select(u => $"{ShortTitle(u)} ({Wording.List(IdeasTested(u).Select(Wording.InASentence))})").ToList();
        // Each such ladder with the moves it really practises (blind review 21 found a fixed list of four moves promised
        // for a ladder that held two).
        var without = taught.Where(u => IdeasTested(u).Count == 0).Select(u => $"{ShortTitle(u)} ({Wording.List(Moves(u))})").ToList();
        const string reading = "practice reading a source as a historian does";
        if (with.Count == 0)
        {
            return $"Every ladder here will {reading}: {Wording.List(without)}; the groups try the devices, the mechanisms and dissonance in the contested cases.";
        }

        // Only the families these ladders hold are named: "a propaganda device" over ladders that test none read as a
        // promise the packet broke (blind reviews 27b, 28a).
        var families = taught.SelectMany(u => u.Prompts).Select(p => p.FrameworkId).Where(id => !id.StartsWith("history:", StringComparison.Ordinal))
            .Select(id => id.Split(':')[0]).Distinct().OrderBy(f => f switch { "ipa" => 0, "bandura" => 1, _ => 2 })
            .Select(f => f switch { "ipa" => "a propaganda device", "bandura" => "a mechanism of moral disengagement", _ => "dissonance" });
        var tested = $"Ladders that test {Wording.Or([.. families])}: {Wording.List(with)}.";
        return without.Count == 0
            ? tested
            : $"{tested} The {(without.Count == 1 ? "ladder" : "ladders")} of {Wording.List(without)} {(without.Count == 1 ? "practices" : "practice")} reading a source as a historian does; {(without.Count == 1 ? "its group meets" : "their groups meet")} those ideas in the contested cases.";
    }

    /// <summary>The ways of reading a source a unit's ladder practises, named as the guide names them, in a sentence's words.</summary>
    private static IEnumerable<string> Moves(UnitLesson unit) => unit.Prompts
        .Where(p => p.FrameworkId.StartsWith("history:", StringComparison.Ordinal))
        .Select(p => Wording.InASentence(LessonPlan.PlainName(p.Framework)))
        .Distinct();

    /// <summary>The frameworks at a glance (one page), by family, each named plainly with its definition.</summary>
    private static List<Block> Frameworks()
    {
        // Two halves, each kept together: they share one page here, and a word processor whose type runs longer breaks
        // the page between families rather than leaving the title alone on a page.
        IEnumerable<Block> Family((string Prefix, string Family, string Gloss) f) =>
            new Block[] { new Heading(2, f.Family), new Paragraph(f.Gloss, ParagraphRole.Note) }
                .Concat(Taxonomy.Frameworks.Where(t => t.Id.StartsWith(f.Prefix, StringComparison.Ordinal))
                    .Select(term => new Paragraph([new Run(ShortName(term) + ": ", RunStyle.Strong), new Run(term.Description)])));
        return
        [
            new KeepTogether(
            [
                new Heading(1, "The frameworks at a glance"),
                new Paragraph("A tag is a claim about the words that a teacher will repeat to students: it must survive a colleague’s scrutiny.", ParagraphRole.Note),
                .. Families.Take(2).SelectMany(Family),
            ]),
            new KeepTogether([.. Families.Skip(2).SelectMany(Family)]),
        ];
    }

    /// <summary>A framework's name for the one-page table: "Name calling"; Festinger's ways of easing a clash as "Eased by adding justifications".</summary>
    private static string ShortName(Term term)
    {
        var name = LessonPlan.PlainName(term);
        const string reducing = "Reducing dissonance by ";
        return name.StartsWith(reducing, StringComparison.Ordinal) ? "Eased by " + name[reducing.Length..] : name;
    }

    /// <summary>
    /// The contested cases for testing whether a tag fits, for the whole-group step after the break. A case whose lines
    /// no group has read in the session says so, and asks for them to be read aloud first.
    /// </summary>
    private static List<Block> ContestedCases(IReadOnlyList<UnitLesson> taught)
    {
        var blocks = new List<Block>
        {
            new Heading(1, "Testing the fit: contested cases"),
            new Paragraph($"For the whole-group step after the break. Take the {Wording.Quantity("core case", CoreCases.Count)} ({CoreCaseNumbers}) in the session, {CaseTiming}; the others are optional, for a longer session or for reading afterwards. Put each case’s lines up (projected, or on the cards), name the tempting tag, ask the question, and let colleagues argue before you offer the notes. The aim is not one right tag but the habit of testing a tag against the words and the voice. A line labeled “The AP:” is the AP’s narration.", ParagraphRole.Note),
        };
        var number = 0;
        foreach (var c in WorkshopPacketText.ContestedCases)
        {
            number++;
            // Each case whole on a page (every case fits one page of the standard editions: a test renders them all). In
            // large print, where one cannot fit, it breaks only in its notes: the lines are never parted from their question.
            blocks.Add(new KeepTogether(
            [
                new KeepTogether(
                [
                    new Heading(2, $"{number}. {c.Title}"),
                    new Paragraph($"{(c.Core ? "Core: take it in the session." : "Optional: if time allows.")} {WhereFrom(c, taught)}", ParagraphRole.Note),
                    .. c.Lines.Select(l => l.ToQuotation()),
                    new Paragraph([new Run("The tempting tag: ", RunStyle.Strong), new Run(c.Tempting)]),
                    new Paragraph([new Run("Ask: ", RunStyle.Strong), new Run(c.Question)]),
                ]),
                new Paragraph([new Run("Listen for", RunStyle.Strong)]),
                .. LastTwoKeptTogether(c.ListenFor),
            ]));
        }

        return blocks;
    }

    /// <summary>
    /// Bullets whose last two stay together: a case too long for its page (in large print) then never ends with one line
    /// alone on the next. Bullets carry no numbers, so two lists read as one.
    /// </summary>
    private static IEnumerable<Block> LastTwoKeptTogether(IReadOnlyList<string> bullets) => bullets.Count < 3
        ? [ListBlock.Bullets(bullets)]
        : [ListBlock.Bullets(bullets.Take(bullets.Count - 2)), new KeepTogether([ListBlock.Bullets(bullets.Skip(bullets.Count - 2))])];

    /// <summary>
    /// Where a case's lines stand, and, when no group reads them in this session, that they are to be read aloud before
    /// anyone is asked to tag them (participants have the whole article from the pre-reading, but not in mind).
    /// </summary>
    public static string WhereFrom(WorkshopPacketText.ContestedCase contested, IReadOnlyList<UnitLesson> taught)
    {
        ArgumentNullException.ThrowIfNull(contested);
        ArgumentNullException.ThrowIfNull(taught);
        var read = contested.Lines.All(l => taught.Any(u => u.Material.Reading.Any(r => r.Line == l.Number && !r.LeftOut)));
        return read
            ? $"From {contested.From}, which a group has read."
            : $"From {contested.From}, which no group reads in this session: read the lines aloud, and say who speaks to whom, before you ask.";
    }

    /// <summary>The numbers (from 1) of the contested cases the session takes in its time.</summary>
    public static IReadOnlyList<int> CoreCases { get; } =
        [.. WorkshopPacketText.ContestedCases.Select((c, i) => (c, i)).Where(x => x.c.Core).Select(x => x.i + 1)];

    /// <summary>About how long the whole group spends on one core case.</summary>
    public const int MinutesPerCase = 6;

    /// <summary>How many groups report after the cases, and about how long each takes: all of them would not fit.</summary>
    public const int GroupsReporting = 2;

    public const int MinutesPerReport = 3;

    /// <summary>"six", as a number is written in running text.</summary>
    private static string InWords(int number) => number.ToWords(System.Globalization.CultureInfo.InvariantCulture);

    private static string CoreCaseNumbers => Wording.List(CoreCases.Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string CaseTiming =>
        $"about {InWords(MinutesPerCase)} minutes each; then {InWords(GroupsReporting)} groups report, about {InWords(MinutesPerReport)} minutes each, one tag that held and one they would change, and the other groups add theirs to their chart paper";

    /// <summary>The article's propaganda section, suggested when a packet's units leave it out.</summary>
    public const string PropagandaUnit = "maxim-2";

    private const string PropagandaTitle = "Maxim · TWO: Propaganda (lines 280–302)";

    /// <summary>
    /// The AP's own assessment of what Maxim and his mother say, in its words at <see cref="PropagandaAssessmentLine"/>:
    /// where they got their claims is the AP's judgment, so the packet quotes it as the AP's and never states it as fact.
    /// </summary>
    public const string PropagandaAssessment = "recite conspiracy theories pushed by Russian state media";

    public const int PropagandaAssessmentLine = 280;

    private static string PropagandaAttributed =>
        $"There, in its own narration, the AP says Maxim and his mother “{PropagandaAssessment}” (line {PropagandaAssessmentLine}).";

    /// <summary>The sample lesson's practice that does not fit its step: said in the lesson and listed for afterwards.</summary>
    private const string SampleAfterwards = "test the model answer against the rubric’s other columns; write the answer a level 2 student might give, and the feedback that would move it to level 3.";

    /// <summary>The practice that does not fit the session's time, set for afterwards.</summary>
    public static readonly IReadOnlyList<string> AfterTheSession =
    [
        "From the sample lesson: " + SampleAfterwards,
        "Adapt a prompt of your group’s section for your own students, or write an exit ticket for it, and try it on a colleague.",
    ];

    /// <summary>"Leonid · TWO" for "Leonid · TWO: The rules of normal life no longer apply.": short enough for a heading on one line.</summary>
    private static string ShortTitle(UnitLesson lesson)
    {
        var title = lesson.DisplayTitle;
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? title[..colon] : title;
    }

    /// <summary>The frameworks' families, in the order the frameworks page gives them.</summary>
    private static readonly (string Prefix, string Family, string Gloss)[] Families =
    [
        ("ipa:", "Propaganda devices", "Institute for Propaganda Analysis, 1937: messages made to persuade."),
        ("bandura:", "Moral disengagement", "Bandura: how people free themselves from their own standards."),
        ("festinger:", "Cognitive dissonance", "Festinger: one person’s two cognitions clash, and something eases it."),
        ("history:", "Historical thinking", "Reading a source as a source (Stanford History Education Group)."),
    ];

    /// <summary>
    /// One unit's lesson in full, as a class would have it: the arc the aims promise. What participants do with it in the
    /// session comes first, then the opt-out task a participant on the alternative task does in this step, then the lesson
    /// step by step; each step's paragraph is kept whole on a page.
    /// </summary>
    private static Section SampleLesson(UnitLesson lesson)
    {
        var notes = lesson.Material.Annotation;
        var demo = DemonstrationPrompt(lesson);
        // The chart's own ideas, named (blind reviews 30a, 30b: "a chart of the propaganda devices" over a chart with none).
        var tools = LessonPlan.Chart(lesson) is not { } chart
            ? "room to write and the sourcing organizer, but no chart of ideas, since its prompts and objectives use no propaganda device, mechanism of moral disengagement or dissonance"
            : $"room to write, the sourcing organizer and a Tools chart of the ideas it uses (here {Wording.List([.. chart.Rows.Select(r => Wording.InASentence(r[0].Runs[0].Text))])})";
        var blocks = new List<Block>
        {
            new Paragraph("A sample lesson", ParagraphRole.Kicker),
            // Its own name: the unit's section later in the packet has the unit's title, and two landmarks may not share one.
            new Heading(1, $"The whole lesson: {ShortTitle(lesson)}"),
            new Paragraph([new Run(lesson.DisplayTitle, RunStyle.Emphasis)]),
            new Paragraph($"The whole lesson for this section, as a class would have it, for the step where participants try it as students. Its ladder is the same set of prompts the unit’s student handout and teacher guide print; the handout adds {tools}; the guide adds the care notes for the unit. Its reading and facilitator’s notes are in its section of this packet.", ParagraphRole.Note),
            new Paragraph([new Run($"Timing, in minutes ({notes.Minutes} in all): ", RunStyle.Strong), new Run(string.Join(" · ", LessonPlan.Agenda(lesson).Select(step => $"{step.Name.ToLowerInvariant()} {step.Minutes}")) + ". The unit’s teacher guide gives the agenda step by step.")]),
            new Paragraph([new Run("In the session. ", RunStyle.Strong), new Run($"Everyone reads the section’s reading ({Wording.Minutes(SampleReadingMinutes)}). As students, do the journal ({Wording.Minutes(SampleJournalMinutes)}) and prompt {demo.Number} ({Wording.Minutes(SamplePromptMinutes)}; the first at the level of analyze, evaluate or create). Then the claim task ({Wording.Minutes(SampleClaimMinutes)}): read it and the model answer, and in pairs test the answer against the rubric’s {SampleRubricColumn} column only: does it earn level 4 there, and what would a level 2 answer lack? Afterwards: {SampleAfterwards}")]),
            new Paragraph([new Run("On the alternative task. ", RunStyle.Strong), new Run("A participant on it does this section’s opt-out task instead, from the opt-out sheet at the end of the unit’s teacher guide, and judges it against that sheet’s rubric: is it of equal worth to the class’s task, and what would make it so?")], ParagraphRole.Note),
            new Heading(2, "Step by step"),
            new Paragraph([new Run("Guiding question. ", RunStyle.Strong), new Run(LessonPlan.GuidingQuestion)]),
            new Paragraph([new Run("Journal (private). ", RunStyle.Strong), new Run(LessonPlan.Journal(notes))]),
            new Paragraph([new Run("Purpose for the reading. ", RunStyle.Strong), new Run(LessonPlan.Purpose(notes))]),
            new Paragraph([new Run("Discussion. ", RunStyle.Strong), new Run("The ladder of prompts, in order:")]),
            new ListBlock(true, [.. lesson.Prompts.Select(p => new ListItem([new Run(p.Text)], [], KeepTogether: true))]),
            // The task and its rubric on one page, then the model answer participants test against it with the exit
            // ticket, in the order the agenda runs. Kept as one block the three left a page that held one prompt alone.
            new KeepTogether(
            [
                new Heading(2, "Claim, evidence, reasoning"),
                new Paragraph([new Run("The task. ", RunStyle.Strong), new Run(LessonPlan.ClaimQuestion(notes))]),
                LessonPlan.Rubric(lesson),
            ]),
            new KeepTogether(
            [
                notes.Arc.Claim is { } claim
                    ? new Paragraph([new Run("A model answer (level 4). ", RunStyle.Strong), new Run(claim.ModelAnswer)])
                    : new Paragraph("This section has no reviewed model answer yet: write one with two quotations from it, and read it against the rubric.", ParagraphRole.Note),
                new Paragraph([new Run("Exit ticket. ", RunStyle.Strong), new Run(LessonPlan.ExitTicket(notes))]),
            ]),
        };
        return new Section("sample-" + lesson.Id, "A sample lesson", "A sample lesson", blocks);
    }

    /// <summary>
    /// The prompt participants try as students in the sample lesson: the first that asks them to analyze, evaluate or
    /// create, so the demonstration is a real discussion rather than recall; the last prompt if none does.
    /// </summary>
    public static HandoutPrompt DemonstrationPrompt(UnitLesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        string[] judging = ["Analyze", "Evaluate", "Create"];
        return lesson.Prompts.FirstOrDefault(p => judging.Contains(p.Level, StringComparer.OrdinalIgnoreCase)) ?? lesson.Prompts[^1];
    }

    /// <summary>
    /// A unit of the session as two sections, each starting a page: the group's pages (its advisory, what happens, the
    /// reading, its words and its ladder of prompts), then the facilitator's notes on each prompt, so that groups can
    /// be given their pages without the notes.
    /// </summary>
    private static IEnumerable<Section> Unit(UnitLesson lesson)
    {
        var notes = lesson.Material.Annotation;
        var blocks = new List<Block>
        {
            new Paragraph("For the group that takes this section", ParagraphRole.Kicker),
            new Heading(1, lesson.DisplayTitle),
            Parts.Advisory(notes.Advisory, forTeacher: true),
            new Heading(2, "What happens in this section"),
            new Paragraph(notes.Summary),
        };
        if (notes.Context.Count > 0)
        {
            // Adults get every note, the hard ones too: a claim such as the biolab story needs its facts beside it.
            blocks.Add(new Heading(2, "Context"));
            blocks.AddRange(Parts.ContextNotes(notes.Context));
        }

        blocks.AddRange(Reading(Parts.Reading(lesson.Material.Reading).ToList()));
        if (notes.Vocabulary.Count > 0)
        {
            blocks.Add(new KeepTogether([new Heading(2, "Words to know"), Parts.Vocabulary(notes.Vocabulary)]));
        }

        // The ladder on one page where it fits: a group works through it together, and its last prompt is never left alone on a page.
        blocks.Add(new KeepTogether(
        [
            new Heading(2, "The ladder of prompts"),
            new Paragraph("Discuss them in order: they run, roughly, from what was said toward why it was said, what it did and your own judgment. Under each prompt is the idea it is tagged with: test it against the line it points at, and note where it does not fit.", ParagraphRole.Note),
            new ListBlock(true, [.. lesson.Prompts.Select(p => new ListItem([new Run(p.Text)], [new Paragraph([new Run("The idea to test: ", RunStyle.Strong), new Run(p.Framework)], ParagraphRole.Note)], KeepTogether: true))]),
        ]));
        yield return new Section(lesson.Id, lesson.DisplayTitle, lesson.DisplayTitle, blocks);

        var title = $"Facilitator’s notes: {ShortTitle(lesson)}";
        yield return new Section(lesson.Id + "-notes", title, title,
        [
            new Paragraph("For the facilitator only", ParagraphRole.Kicker),
            new Heading(1, title),
            new Paragraph([new Run(lesson.DisplayTitle, RunStyle.Emphasis)]),
            new Heading(2, "What to listen for"),
            new Paragraph(NotesPreamble, ParagraphRole.Note),
            .. FacilitatorNotes(lesson.Prompts),
        ]);
    }

    /// <summary>
    /// The notes on a ladder's prompts, each kept whole on a page and the last two kept together, so that no note is left
    /// alone on a page. Each is headed with its prompt's number (a heading rather than a list item, so that two can be kept
    /// together without restarting the numbering).
    /// </summary>
    private static IEnumerable<Block> FacilitatorNotes(IReadOnlyList<HandoutPrompt> prompts)
    {
        var notes = prompts.Select(p => (Block)new KeepTogether(FacilitatorNote(p))).ToList();
        return notes.Count < 3 ? notes : [.. notes.Take(notes.Count - 2), new KeepTogether([.. notes.Skip(notes.Count - 2)])];
    }

    /// <summary>
    /// The reading under its heading, on one page where it fits on one, so a group reads it without turning a page. A
    /// reading too long for a page keeps its opening line with the heading and its last two lines together, so no line
    /// is left alone at a page's foot or top.
    /// </summary>
    private static IEnumerable<Block> Reading(IReadOnlyList<Block> lines)
    {
        var heading = new List<Block>
        {
            new Heading(2, "The reading"),
            new Paragraph(ReadingNote, ParagraphRole.Note),
        };
        if (lines.Count < 4)
        {
            return [new KeepTogether([.. heading, .. lines])];
        }

        return [new KeepTogether([new KeepTogether([.. heading, lines[0]]), .. lines.Skip(1).Take(lines.Count - 3), new KeepTogether([.. lines.Skip(lines.Count - 2)])])];
    }

    /// <summary>
    /// How the talking points stand to the article: each inference of ours is marked where it is made, with
    /// <see cref="WorkshopPacketText.InferenceMark"/>, rather than counted (a count went stale: blind review).
    /// </summary>
    public const string ContextNote = "Talking points for the second step. Say them in your own words. Each rests on the article, mostly its introduction; where a point goes beyond what the article says, it is marked “" + WorkshopPacketText.InferenceMark + "”.";

    /// <summary>Where the reading's line numbers come from: the published article has none; the kit's course reader has these.</summary>
    public const string ReadingNote = "Each line is numbered as in the kit’s course reader, the whole article (the published article has no line numbers); the speaker is named, and a later interview is marked as such.";

    /// <summary>What a section's facilitator's notes are, and how to read their labels.</summary>
    private const string NotesPreamble = "Under each prompt, numbered as in the section’s ladder. Bloom names the level of thinking (Anderson and Krathwohl’s revision, from remember to create); Socratic, the kind of question (after Richard Paul). Ask the group not to read these notes until it has discussed.";

    private static List<Block> FacilitatorNote(HandoutPrompt prompt)
    {
        var lookFors = LookFors(prompt);
        // "Listen for" ends the label line rather than taking a line of its own, so a section's notes keep to a page where they can.
        var more = new List<Block>
        {
            new Heading(3, $"Prompt {prompt.Number}: {prompt.Framework}"),
            new Paragraph(
            [
                new Run($"Bloom: {prompt.Level} · Socratic: {prompt.QuestionType}" + (prompt.ExcerptReference is null ? "" : $" · Points at {prompt.ExcerptReference}") + (prompt.PairReference is null ? "" : $" and {prompt.PairReference}") + (lookFors.Count > 0 ? ". " : "")),
                .. lookFors.Count > 0 ? [new Run("Listen for:", RunStyle.Strong)] : Array.Empty<Run>(),
            ], ParagraphRole.Note),
        };
        if (lookFors.Count > 0)
        {
            more.Add(ListBlock.Bullets(lookFors));
        }

        if (ContestedCaseOf(prompt) is { } contested)
        {
            more.Add(new Paragraph([new Run(TemptingTagHere, RunStyle.Strong), new Run($"see contested case {contested.Number} in Testing the fit.")], ParagraphRole.Note));
        }

        return more;
    }

    /// <summary>How a facilitator's note on a contested line opens: the case may weigh a tag other than the prompt's.</summary>
    public const string TemptingTagHere = "This line also has a tempting tag: ";

    /// <summary>
    /// A prompt's look-fors, less any that contradicts the prompt: a prompt that asks students to use only its section
    /// does not listen for how they handle earlier sections.
    /// </summary>
    public static IReadOnlyList<string> LookFors(HandoutPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var onlyThisSection = prompt.Text.Contains("only this section", StringComparison.OrdinalIgnoreCase);
        return [.. prompt.LookFors.Where(l => !onlyThisSection || !l.Contains("earlier section", StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>
    /// For a prompt on a line that a contested case tests, whatever the prompt is tagged (a close reading of the line
    /// still invites the tag the case weighs), the case (numbered from 1), if any.
    /// </summary>
    public static (int Number, WorkshopPacketText.ContestedCase Case)? ContestedCaseOf(HandoutPrompt prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var match = prompt.ExcerptReference is null ? null : System.Text.RegularExpressions.Regex.Match(prompt.ExcerptReference, @"^line (\d+)");
        if (match is not { Success: true })
        {
            return null;
        }

        var line = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var cases = WorkshopPacketText.ContestedCases;
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i].Lines.Any(l => l.Number == line))
            {
                return (i + 1, cases[i]);
            }
        }

        return null;
    }

    /// <summary>The minutes of the whole-group step on the contested cases: the core cases and the reports fit in it.</summary>
    public const int TestingTheFitMinutes = 25;

    /// <summary>One step of the session: minutes, whether it is discussion or practice, and what happens.</summary>
    public sealed record Step(int Minutes, bool DiscussionOrPractice, string Name, string What);

    /// <summary>
    /// The session's steps, adding up to <see cref="SessionMinutes"/>. Groups read and discuss one section each (a
    /// jigsaw), so the time does not grow with the number of sections; discussion and practice take more than half.
    /// </summary>
    public static IReadOnlyList<Step> Agenda(IReadOnlyList<UnitLesson> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var groups = units.Count <= 1 ? "All groups take the same section." : $"Each group takes one of the {Wording.Quantity("section", units.Count)}: choose as many as you have groups, or let two groups share one.";
        return
        [
            new(10, false, "Welcome and care", "Say what the material contains; agree the norms; name who to talk to, that anyone may step out, and the alternative task."),
            new(10, false, "Context", "The talking points, and the three voices on the page."),
            new(10, false, "Reading", $"Groups read their section closely, with its words to know. {groups}"),
            new(30, true, "Climbing the ladder", "Each group discusses its section’s four prompts in order, testing each idea against the line; one member notes where a tag did not fit."),
            new(10, false, "Break", "A real break: away from the material."),
            new(TestingTheFitMinutes, true, "Testing the fit", $"Whole group: the {Wording.Quantity("core contested case", CoreCases.Count)} ({CoreCaseNumbers}), {CaseTiming}. The other cases are optional."),
            new(SampleLessonMinutes, true, "The sample lesson", $"Reading, {Wording.Minutes(SampleReadingMinutes)}: everyone reads the sample section’s reading (the group that read it in its ladder looks over the claim task and the rubric’s {SampleRubricColumn} column instead). As students: the journal, {Wording.Minutes(SampleJournalMinutes)}, and the prompt the sample lesson names (one that asks for analysis or judgment), {Wording.Minutes(SamplePromptMinutes)}. The claim task, {Wording.Minutes(SampleClaimMinutes)}: read it and its model answer; in pairs, test the answer against the rubric’s {SampleRubricColumn} column only. The other columns, and a level 2 answer with its feedback, are for afterwards."),
            new(25, true, "Practice in threes", "Three rounds of about eight minutes, one for each member: one leads a prompt (about five minutes), one answers as a student, one observes and then gives two points from the checklist, one that worked and one to try (two minutes); swap. Adapting a prompt for your own students is for afterwards."),
            new(10, false, "Close", "Back to the guiding question; each names one thing they will do differently; set the two tasks for afterwards. Check in with anyone who stepped out."),
        ];
    }

    /// <summary>The sample lesson's parts in the session, in minutes: they add up to <see cref="SampleLessonMinutes"/>.</summary>
    public const int SampleReadingMinutes = 4;

    public const int SampleJournalMinutes = 2;

    public const int SamplePromptMinutes = 7;

    public const int SampleClaimMinutes = 7;

    /// <summary>
    /// The sample lesson's step: reading, the journal, one prompt and the claim task, each with its own minutes. Testing the
    /// model answer against every cell of the rubric did not fit beside the rest (blind review): the pairs test one column,
    /// the one that carries the session's subject (a fitting idea, tested against the words), and the others go home.
    /// </summary>
    public const int SampleLessonMinutes = SampleReadingMinutes + SampleJournalMinutes + SamplePromptMinutes + SampleClaimMinutes;

    /// <summary>The rubric column the pairs test the model answer against in the session.</summary>
    public const string SampleRubricColumn = "Reasoning";

    /// <summary>"In all: 2 hours 30 minutes, of which 95 minutes are discussion and practice."</summary>
    private static string AgendaTotal(IReadOnlyList<UnitLesson> units)
    {
        var steps = Agenda(units);
        return $"In all: {Duration(steps.Sum(s => s.Minutes))}, of which {Wording.Minutes(steps.Where(s => s.DiscussionOrPractice).Sum(s => s.Minutes))} are discussion and practice.";
    }

    private static Table AgendaTable(IReadOnlyList<UnitLesson> units)
    {
        // No caption: the line under the table states the total, which Word would otherwise print twice.
        var steps = Agenda(units);
        return new Table(
            [new TableColumn("Minutes", 1), new TableColumn("Step", 3), new TableColumn("What happens", 7)],
            [.. steps.Select(s => (IReadOnlyList<TableCell>)
            [
                new TableCell(s.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new TableCell([new Run(s.Name, RunStyle.Strong), .. s.DiscussionOrPractice ? [new Run(" (discussion and practice)", RunStyle.Emphasis)] : Array.Empty<Run>()]),
                new TableCell(s.What),
            ])]);
    }

    /// <summary>"2 hours 30 minutes", "45 minutes".</summary>
    private static string Duration(int minutes) => minutes < 60
        ? Wording.Minutes(minutes)
        : Wording.Quantity("hour", minutes / 60) + (minutes % 60 == 0 ? "" : " " + Wording.Minutes(minutes % 60));
}
