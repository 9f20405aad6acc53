using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// What a student works from, as a lesson: the guiding question, a private journal, the reading with its purpose and
/// words to know, the questions with room to write, the tools (a chart of ideas, a sourcing organizer), an exit ticket,
/// and the guiding question again. It prints no framework ids, Bloom or Socratic labels and no machine reasons.
/// </summary>
public static class StudentHandout
{
    public const string Name = "Student handout";

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options) => new(
        Parts.Info(lessons, Name),
        Parts.Setup(options, Name, lessons.Source),
        [.. lessons.Units.Select(l => Section(l, lessons.Audience == Core.Teaching.Taxonomy.YoungestAudience))]);

    /// <summary>
    /// What the margin numbers and the speaker labels of the reading are, in short sentences, saying only what this
    /// reading has: the interview label and the AP's square brackets are explained where they occur.
    /// </summary>
    public static string ReadingNote(IReadOnlyList<Core.Discussion.ReadingLine> reading)
    {
        var printed = reading.Where(r => !r.LeftOut).ToList();
        var sentences = new List<string>
        {
            // Short, for a fifteen-year-old (blind review 14 found the old sentence four grey lines about a file students do not have).
            // Plainer again after blind reviews 44 and 45 found "They go up by two, one for the blank line" too technical.
            "The line numbers are ours (the published article has none), so everyone can point to the same words. They count blank lines, so they go up by two; a jump of more than two marks a photo caption or a link to another story, left out.",
            "A line labeled “The AP:” is the AP’s narration, which sometimes quotes what someone said.",
        };
        // Only the labels this reading expands are named ("Maxim’s mother:" for the AP's "Mother:"); a soldier's own
        // label is the AP's.
        var expanded = printed
            .Where(r => r.Kind == Core.Content.BlockKind.Call && r.Speaker is { } who && (who.Contains('’') || who.Contains(',')))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r.Speaker!, @"\s*\(.*\)$", ""))
            .Distinct()
            .Select(l => $"“{l}:”")
            .ToList();
        if (expanded.Count > 0)
        {
            sentences.Add($"In the calls, {(expanded.Count == 1 ? "the label " : "the labels ")}{string.Join(" and ", expanded)} {(expanded.Count == 1 ? "is" : "are")} this handout’s fuller form of the AP’s, so you know who is speaking.");
        }

        if (printed.Any(r => r.Kind == Core.Content.BlockKind.Interview))
        {
            sentences.Add("“The AP, quoting …” marks the AP’s sentence quoting a later interview.");
        }

        if (printed.Any(r => r.Words.Contains('[')))
        {
            sentences.Add("Words in [square brackets] were added by the AP.");
        }

        return string.Join(" ", sentences);
    }

    /// <summary>The ways words reach this reading, as a student names them in a citation: only those the reading has.</summary>
    public static IReadOnlyList<string> VoicesIn(IReadOnlyList<Core.Discussion.ReadingLine> reading)
    {
        var printed = reading.Where(r => !r.LeftOut).ToList();
        var voices = new List<string>();
        if (printed.Any(r => r.Kind == Core.Content.BlockKind.Call))
        {
            voices.Add("in a call");
        }

        if (printed.Any(r => r.Kind == Core.Content.BlockKind.Interview))
        {
            voices.Add("in a later interview");
        }

        if (printed.Any(r => r.Kind == Core.Content.BlockKind.Narration))
        {
            voices.Add("in the AP’s narration");
        }

        if (printed.Any(r => r.Kind == Core.Content.BlockKind.Narration && r.Words.Contains("message: “", StringComparison.Ordinal)))
        {
            voices.Add("in a message the AP quotes");
        }

        return voices;
    }

    /// <summary>How many lines of the reading a chunk holds in the grades 6–8 edition before its glosses.</summary>
    public const int ChunkLines = 4;

    /// <summary>
    /// Whose words the title's heading is: the AP's own heading for the section, never a line of the calls. Blind reviewers
    /// found "Kill if you don’t want to be killed" read by students as Leonid's words or the lesson's message.
    /// </summary>
    public static IEnumerable<Block> HeadingNote(UnitLesson lesson)
    {
        if (lesson.Material.Heading is not { } heading || lesson.Material.Soldier is null)
        {
            yield break;
        }

        var colon = heading.IndexOf(": ", StringComparison.Ordinal);
        var words = (colon > 0 ? heading[(colon + 2)..] : heading).TrimEnd('.');
        yield return new Paragraph($"“{words}” is the AP’s own heading for this part of its article, not words from the calls.", ParagraphRole.Note);
    }

    private static Section Section(UnitLesson lesson, bool younger)
    {
        var notes = lesson.Material.Annotation;
        List<Block> blocks =
        [
            // The headline's words as the headline has them (‘never saw such hell’, in lower case): reviewers found a
            // capitalized "Never saw such hell" in double quotes at odds with a kit that promises verbatim quotes.
            new Paragraph("Intercepted calls of Russian soldiers in Ukraine: the AP’s ‘never saw such hell’ investigation", ParagraphRole.Kicker),
            new Heading(1, lesson.DisplayTitle),
            .. HeadingNote(lesson),
            FormFields.NameClassDate,
            GuidingQuestion("The question we are asking"),
            Parts.Advisory(notes.Advisory, forTeacher: false),
            new Heading(2, "Before you read"),
            new KeepTogether(
            [
                new Paragraph([new Run("Journal. ", RunStyle.Strong), new Run(LessonPlan.Journal(notes))]),
                new WritingSpace(4),
            ]),
        ];

        if (notes.Vocabulary.Count > 0 && !younger)
        {
            // Words are taught before the reading that uses them (grades 6–8 gloss them beside each chunk instead).
            // Kept whole where it fits a page: two blind reviews (27a, 27b) marked a list split across pages, which
            // costs less as white space at the foot of the first page than as a list a student reads in two places.
            blocks.Add(new KeepTogether([new Heading(2, "Words to know"), Parts.Vocabulary(notes.Vocabulary)]));
        }

        // The headnote sets the scene without telling the story (the summary, which does, is the teacher's), just above
        // the reading it introduces; after the words to know, so that the list, kept whole, fits the first page.
        if (notes.Arc.Headnote is { } headnote)
        {
            blocks.Add(new KeepTogether([new Heading(2, "Setting the scene"), new Paragraph(headnote)]));
        }

        // The reading is kept on one page where it fits, so the class can see all of it while it talks; a reading
        // longer than a page (large print) splits between its lines. The grades 6–8 reading comes in chunks, each
        // kept with its glosses, so only its heading, purpose and note keep with its first chunk.
        var reading = (younger ? ChunkedReading(lesson) : Parts.Reading(lesson.Material.Reading)).ToList();
        var opening = younger ? 0 : reading.Count;
        blocks.Add(new KeepTogether(
        [
            new Heading(2, "The reading"),
            new Paragraph([new Run("Your purpose: ", RunStyle.Strong), new Run(LessonPlan.Purpose(notes))]),
            new Paragraph(ReadingNote(lesson.Material.Reading), ParagraphRole.Note),
            .. reading.Take(opening),
        ]));
        blocks.AddRange(reading.Skip(opening));

        // What the article does not say, and how the AP got and checked the calls, come after the reading: the
        // blind reviews found a page and a half of notes before a reading of a dozen lines, and notes that settled a
        // question before the students met it. They come before the organizer, which uses them.
        if (notes.Context.Count > 0)
        {
            // A few notes are read together, so they stay on one page where they fit (blind reviews 27a, 27b); a long
            // run of notes (the introduction's) flows, since a word processor keeps a long chain of paragraphs badly.
            Block[] context = [new Heading(2, "After you read: context"), .. Parts.ContextNotes(notes.Context)];
            blocks.AddRange(notes.Context.Count <= Parts.NotesKeptTogether ? [new KeepTogether(context)] : context);
        }

        blocks.Add(Parts.SourceBox());

        // The sourcing organizer comes after the notes, as the agenda has it: before the discussion.
        var atHome = notes.Minutes < LessonPlan.OrganizerStepFrom ? " If there is no time for it in class, do it at home." : "";
        // In a lesson with an organizer step, each pair takes one row, as the agenda says; a shorter unit's organizer is
        // done whole, at home if need be.
        var which = notes.Minutes < LessonPlan.OrganizerStepFrom ? "For each line" : "For your line (your teacher gives each pair one; the others come back in the discussion)";
        var sourcingNote = new Paragraph($"{which}: who said it, to whom, and when; what could the speaker know; and what would confirm or challenge it. The context notes and About these calls help.{atHome}", ParagraphRole.Note);
        blocks.Add(new KeepTogether([new Heading(2, "Sourcing the lines"), sourcingNote, LessonPlan.SourcingOrganizer(lesson)]));

        // The chart of ideas comes before the questions that use it.
        if (LessonPlan.Chart(lesson, younger) is { } chart)
        {
            // The heading keeps with its group; in large print the group may not fit one page, and then only the
            // heading's keep-with-next stops it standing alone at a page's foot.
            blocks.Add(new Heading(2, "Tools"));
            blocks.Add(new KeepTogether([new Paragraph("Ideas this lesson uses, each with a definition and an example or a line to test it on. Before you use an idea on a line, check that it really fits the words.", ParagraphRole.Note), chart]));
        }

        blocks.Add(new Heading(2, "Questions"));
        var written = LessonPlan.Written(lesson);
        blocks.Add(new ListBlock(true, [.. lesson.Prompts.Select(p => Prompt(p, younger, written.Contains(p.Number)))]));

        // The agenda's claim–evidence–reasoning step needs its page on the student's sheet, not only in the guide. On
        // one page where it fits; where it does not (large print), the task and its first lines stay together and
        // the rest of the lines follow, so no sentence of the task breaks across a page.
        blocks.Add(new KeepTogether(
        [
            new KeepTogether(
            [
                new Heading(2, "Claim, evidence, reasoning"),
                new Paragraph(LessonPlan.ClaimQuestion(notes)),
                // The agenda's split, said to the student: the claim and its quotations in class, the reasoning at home.
                .. notes.Minutes >= LessonPlan.OrganizerStepFrom ? [new Paragraph("In class, write your claim and copy the two quotations you will use; write your reasoning at home, on the lines below and on paper if you need more.", ParagraphRole.Note)] : Array.Empty<Block>(),
                new Paragraph($"Claim: your answer in one sentence. Evidence: the quotations that support it, copied exactly, each with its line number and who said it and how ({Wording.Or(VoicesIn(lesson.Material.Reading))}). Reasoning: how the evidence shows the claim is true.", ParagraphRole.Note),
                // The top of the rubric, in the student's words: the reviews asked that students see what is asked of them.
                new Paragraph("A strong answer: a claim that answers the question and says how sure you are or where it stops being true; two quotations copied exactly, each with who said it and how; reasoning that links each quotation to the claim and says what the source cannot show.", ParagraphRole.Note),
                new WritingSpace(3),
            ]),
            // Six more lines, not eight: the reasoning is written at home, and with eight the exit ticket fell to a page of
            // its own (blind reviews 44 and 45 counted seven-page handouts).
            new WritingSpace(6),
        ]));

        blocks.Add(new Heading(2, "Exit ticket"));
        // The guiding question comes back at the end, above the ticket that asks the student to answer from this unit.
        blocks.Add(new KeepTogether(
        [
            GuidingQuestion("Back to the question"),
            new Paragraph(LessonPlan.ExitTicket(notes)),
            new WritingSpace(5),
        ]));
        return new Section(lesson.Id, Parts.ShortTitle(lesson), lesson.DisplayTitle, blocks);
    }

    /// <summary>
    /// The grades 6–8 reading: the lines verbatim in short chunks, each followed by the meaning of the hard words that
    /// first occur in it, so a younger reader finds the gloss beside the word rather than at the end.
    /// </summary>
    private static IEnumerable<Block> ChunkedReading(UnitLesson lesson)
    {
        var glossed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var reading = lesson.Material.Reading;
        for (var start = 0; start < reading.Count; start += ChunkLines)
        {
            var chunk = reading.Skip(start).Take(ChunkLines).ToList();
            foreach (var block in Parts.Reading(chunk))
            {
                yield return block;
            }

            var words = lesson.Material.Annotation.Vocabulary
                .Where(v => !glossed.Contains(v.Term) && chunk.Any(l => !l.LeftOut && l.Words.Contains(v.Term, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (words.Count > 0)
            {
                glossed.UnionWith(words.Select(w => w.Term));
                yield return new Callout(CalloutKind.Note, "Words in this part", [Parts.Vocabulary(words)]);
            }
        }

        var rest = lesson.Material.Annotation.Vocabulary.Where(v => !glossed.Contains(v.Term)).ToList();
        if (rest.Count > 0)
        {
            yield return new Callout(CalloutKind.Note, "More words to know", [Parts.Vocabulary(rest)]);
        }
    }

    /// <summary>The article's guiding question, set apart, with where it comes from.</summary>
    private static Callout GuidingQuestion(string title) => new(CalloutKind.Note, title,
    [
        new Paragraph([new Run(LessonPlan.GuidingQuestion, RunStyle.Strong)]),
        new Paragraph(LessonPlan.GuidingQuestionSource, ParagraphRole.Note),
    ]);

    /// <summary>
    /// A numbered prompt, a sentence starter, and ruled lines to write on, kept on one page so a prompt never stands
    /// at the foot of a page without its lines and no page holds only lines.
    /// </summary>
    private static ListItem Prompt(HandoutPrompt prompt, bool younger, bool inWriting)
    {
        var more = new List<Block>();
        // The agenda has no class time for a prompt set in writing: the student is told, as the teacher is, in the
        // paragraph above its lines (one paragraph, not two: LibreOffice set a Word file's extra paragraph two pages longer).
        const string InWriting = "Answer this one in writing, in class or at home.";
        if (prompt.Starters.Count > 0)
        {
            // Younger students get every starter the prompt has, to choose from; older ones the first.
            var starter = "You might begin: " + (younger ? string.Join("  /  ", prompt.Starters) : prompt.Starters[0]);
            more.Add(new Paragraph(inWriting ? $"{InWriting} {starter}" : starter, ParagraphRole.Starter));
        }
        else if (inWriting)
        {
            more.Add(new Paragraph(InWriting, ParagraphRole.Note));
        }

        more.Add(new WritingSpace(prompt.WritingLines));
        return new ListItem([new Run(prompt.Text)], more, KeepTogether: true);
    }
}
