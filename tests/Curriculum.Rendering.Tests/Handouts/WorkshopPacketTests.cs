using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>The workshop packet as a session plan for adults (issue 11, point 6; blind review round 1).</summary>
public sealed class WorkshopPacketTests
{
    private static readonly string[] ReviewedUnits = ["leonid-1", "leonid-3", "ivan-1", "ivan-3", "maxim-2", "maxim-3"];

    /// <summary>The packet's set as the CLI and the API ask for it: one ladder per unit, joined.</summary>
    private static DiscussionSet PacketSet(IReadOnlyList<string> units, string audience = "9-10") =>
        WorkshopPacket.Set(units, (unit, count) => Kit.Generator.Generate(new([unit], [], audience, count, 1)));

    private static readonly Lazy<(DiscussionSet Set, HandoutDocument Document)> Every = new(() =>
    {
        var numbered = Kit.Course.Article.Units.Where(u => u.Number is not null).Select(u => u.Id).ToList();
        var set = PacketSet(numbered);
        return (set, Kit.Renderer.Compose(set, DocumentKinds.Packet, HandoutOptions.Letter));
    });

    private static readonly Lazy<(DiscussionSet Set, HandoutDocument Document)> Reviewed = new(() =>
    {
        var set = PacketSet(ReviewedUnits);
        return (set, Kit.Renderer.Compose(set, DocumentKinds.Packet, HandoutOptions.Letter));
    });

    [Fact]
    public void The_agenda_adds_up_to_the_stated_total_has_a_break_and_is_more_than_half_discussion_and_practice()
    {
        foreach (var set in new[] { Every.Value.Set, Reviewed.Value.Set, PacketSet(["ivan-2"]), PacketSet(["maxim-1", "leonid-3"], "6-8") })
        {
            var steps = WorkshopPacket.Agenda(HandoutRenderer.Lessons(set).Units.Where(u => u.Prompts.Count > 0).ToList());
            steps.Sum(s => s.Minutes).ShouldBe(WorkshopPacket.SessionMinutes);
            (steps.Where(s => s.DiscussionOrPractice).Sum(s => s.Minutes) * 2).ShouldBeGreaterThan(steps.Sum(s => s.Minutes));
            steps.ShouldContain(s => s.Name == "Break");
        }

        var text = ModelWalk.Text(Reviewed.Value.Document);
        text.ShouldContain("A session of 2 hours 30 minutes, a break included");
        text.ShouldContain("In all: 2 hours 30 minutes, of which 100 minutes are discussion and practice.");
    }

    [Fact]
    public void Each_unit_gets_its_own_ladder_of_four_prompts_that_climbs()
    {
        var lessons = HandoutRenderer.Lessons(Every.Value.Set);
        var levels = Taxonomy.Levels.Select(l => l.Id).ToList();
        foreach (var unit in lessons.Units)
        {
            unit.Prompts.Count.ShouldBe(WorkshopPacket.PromptsPerUnit, unit.Id);
            var rungs = Every.Value.Set.Prompts.Where(p => Every.Value.Set.Excerpts.Single(e => e.Id == p.Excerpt).Unit == unit.Id).Select(p => levels.IndexOf(p.Level)).ToList();
            rungs.ShouldBe(rungs.Order().ToList(), unit.Id);
            rungs.Distinct().Count().ShouldBeGreaterThanOrEqualTo(3, unit.Id);
        }

        // Excerpt ids stay distinct when the units' sets are joined, so each prompt keeps its own line.
        Every.Value.Set.Excerpts.Select(e => e.Id).ShouldBeUnique();
    }

    [Fact]
    public void It_has_aims_and_adult_norms_and_prints_no_prompt_ids_framework_ids_or_commands()
    {
        var (set, document) = Every.Value;
        var text = ModelWalk.Text(document);
        var headings = ModelWalk.Blocks(document).OfType<Heading>().Select(h => h.Text).ToList();
        ModelWalk.Blocks(document.Sections[0].Blocks).OfType<Heading>().Select(h => h.Text).ShouldContain("Aims for participants");
        headings.ShouldContain("Norms for our session");
        headings.ShouldContain("Practice in threes: the observer’s checklist");
        text.ShouldNotContain("templates new");
        text.ShouldNotContain("templates validate");
        text.ShouldNotContain("--");
        foreach (var id in new[] { "ipa:", "bandura:", "festinger:", "history:" })
        {
            text.ShouldNotContain(id, Case.Sensitive);
        }

        foreach (var prompt in set.Prompts)
        {
            text.ShouldNotContain(prompt.Id, Case.Sensitive);
        }
    }

    [Fact]
    public void Every_unit_section_has_its_ladder_and_reading_and_none_is_without_prompts()
    {
        var (set, document) = Reviewed.Value;
        var units = document.Sections.Where(s => set.Units.Any(u => u.Id == s.Id)).ToList();
        units.Count.ShouldBe(ReviewedUnits.Length);
        foreach (var section in units)
        {
            ModelWalk.Blocks(section.Blocks).OfType<ListBlock>().ShouldContain(l => l.Numbered && l.Items.Count == WorkshopPacket.PromptsPerUnit, section.Id);
            ModelWalk.Blocks(section.Blocks).OfType<Quotation>().ShouldNotBeEmpty(section.Id);
            section.RunningTitle.ShouldNotContain("units");
        }
    }

    [Fact]
    public void The_aims_promises_are_kept_a_sample_lesson_in_full_and_a_later_interview_among_the_lines()
    {
        var document = Reviewed.Value.Document;
        var sample = document.Sections.Single(s => s.Id.StartsWith("sample-", StringComparison.Ordinal));
        var text = string.Join('\n', ModelWalk.Blocks(sample.Blocks).OfType<Paragraph>().Select(p => p.PlainText));
        foreach (var step in new[] { "Guiding question.", "Journal (private).", "Purpose for the reading.", "Exit ticket.", "The task." })
        {
            text.ShouldContain(step);
        }

        ModelWalk.Blocks(sample.Blocks).OfType<Table>().ShouldContain(t => t.Caption == "Rubric for the claim–evidence–reasoning task");
        ModelWalk.Blocks(sample.Blocks).OfType<ListBlock>().ShouldContain(l => l.Numbered && l.Items.Count == WorkshopPacket.PromptsPerUnit);
        ModelWalk.Blocks(document).OfType<Quotation>().ShouldContain(q => q.Voice == Voice.Interview);
        ModelWalk.Text(document).ShouldContain(LessonPlan.GuidingQuestion);
    }

    [Fact]
    public void Every_line_the_packet_quotes_of_its_own_is_verbatim_at_its_line_in_its_voice()
    {
        var seed = Kit.Course.Article.Text.Split('\n');
        var lines = WorkshopPacketText.ThreeVoices.Select(v => v.Line).Concat(WorkshopPacketText.ContestedCases.SelectMany(c => c.Lines)).ToList();
        lines.Count.ShouldBeGreaterThan(8);
        foreach (var line in lines)
        {
            // A line quoted from its middle opens with "“... ", which the seed does not have.
            const string fromTheMiddle = "“... ";
            var words = line.Words.StartsWith(fromTheMiddle, StringComparison.Ordinal) ? line.Words[fromTheMiddle.Length..] : line.Words;
            seed[line.Number - 1].ShouldContain(words, Case.Sensitive, $"line {line.Number}");
            var block = Kit.Course.Article.Units.SelectMany(u => u.Blocks).Single(b => b.Line == line.Number);
            block.IsFurniture.ShouldBeFalse($"line {line.Number}");
            Parts.VoiceOf(block.Kind).ShouldBe(line.Voice, $"line {line.Number}");
            if (line.Voice == Voice.Narration)
            {
                line.Speaker.ShouldBeNull();
            }
            else
            {
                line.Speaker.ShouldNotBeNullOrEmpty();
                if (line.Voice == Voice.Interview)
                {
                    // The one label every document gives an interview paragraph: the AP's voice, quoting.
                    line.Speaker.ShouldBe(Curriculum.Core.Discussion.UnitMaterials.InterviewLabel(block.Speaker!.Name), $"line {line.Number}");
                }
                else
                {
                    line.Speaker.ShouldStartWith(block.Speaker!.Name, Case.Sensitive, $"line {line.Number}");
                }
            }
        }
    }

    [Fact]
    public void The_care_text_is_accurate_about_who_says_what_and_promises_no_false_opt_out()
    {
        var text = ModelWalk.Text(Reviewed.Value.Document);
        text.ShouldNotContain("they quote no line of the calls");
        text.ShouldNotContain("quotes soldiers describing killings of civilians, looting and the mutilation");
        text.ShouldContain("In the AP’s own narration\nSome soldiers said they were following orders to kill civilians or prisoners of war.\nMaxim told his wife he had killed civilians.");
        text.ShouldContain("The AP says soldiers told their mothers about a teenage Ukrainian boy who had his ears cut off.");
        text.ShouldContain("The article does not say who intercepted the calls");
        text.ShouldContain("Mikhail Khodorkovsky");
        text.ShouldContain("The article does not say who translated them");
        // The alternative task works from the talking points, which quote no call.
        WorkshopPacketText.ContextTalkingPoints.ShouldAllBe(p => !p.Contains(": “", StringComparison.Ordinal));
    }

    [Fact]
    public void The_frameworks_are_kept_on_one_page_and_the_agenda_is_not_split()
    {
        var document = Reviewed.Value.Document;
        var frameworks = document.Sections.Single(s => s.Id == "frameworks");
        frameworks.Blocks.ShouldAllBe(b => b is KeepTogether);
        var agenda = document.Sections.Single(s => s.Id == "agenda");
        agenda.Blocks.OfType<KeepTogether>().ShouldContain(k => k.Blocks.OfType<Table>().Any());

        var pdf = Kit.Renderer.Render(Reviewed.Value.Set, DocumentKinds.Packet, HandoutOptions.Letter);
        var pages = Kit.PageTexts(pdf.Bytes);
        var start = pages.ToList().FindIndex(p => p.Contains("The frameworks at a glance", StringComparison.Ordinal));
        start.ShouldBeGreaterThan(0);
        pages[start].ShouldContain("Close reading");
        pdf.FileName.ShouldBe("workshop-packet-6-units.pdf");
    }

    [Fact]
    public void A_prompt_on_a_contested_line_sends_the_facilitator_to_its_case()
    {
        // Every unit of the whole packet: one note for each prompt on a contested line, and none for the others.
        var (set, document) = Every.Value;
        foreach (var lesson in HandoutRenderer.Lessons(set).Units)
        {
            var section = document.Sections.Single(s => s.Id == lesson.Id + "-notes");
            var notes = ModelWalk.Blocks(section.Blocks).OfType<Paragraph>().Select(p => p.PlainText).Where(t => t.StartsWith(WorkshopPacket.TemptingTagHere, StringComparison.Ordinal)).ToList();
            notes.Count.ShouldBe(lesson.Prompts.Count(p => WorkshopPacket.ContestedCaseOf(p) is not null), lesson.Id);
        }

        // The line of contested case 1 (“Everyone is like that here”, line 315) sends a prompt to that case, tagged or read
        // closely (a close reading still invites the tag the case weighs); a line no case tests is sent nowhere.
        static HandoutPrompt On(string framework) => new(1, "p", "Text", "Moral dissonance", "Idea", "Analyze", "Analysis", "line 315 (Maxim)", null, [], [], "", 5) { FrameworkId = framework };
        var tagged = WorkshopPacket.ContestedCaseOf(On("bandura:diffusion-of-responsibility"));
        tagged.ShouldNotBeNull();
        tagged.Value.Number.ShouldBe(1);
        tagged.Value.Case.Title.ShouldStartWith("An excuse for drinking");
        WorkshopPacket.ContestedCaseOf(On("history:close-reading"))!.Value.Number.ShouldBe(1);
        WorkshopPacket.ContestedCaseOf(On("history:close-reading") with { ExcerptReference = "line 52 (the AP)" }).ShouldBeNull();
    }

    [Fact]
    public void The_killing_of_the_detained_young_man_is_tested_against_the_text_and_the_law_of_war()
    {
        var shooting = WorkshopPacketText.ContestedCases.Single(c => c.Lines.Any(l => l.Number == 126));
        var notes = string.Join('\n', shooting.ListenFor.Append(shooting.Tempting).Append(shooting.Question));
        notes.ShouldContain("“was stopped; they took his cellphone”");
        notes.ShouldContain("Under the laws of war a detained person may not be killed");
        notes.ShouldContain("A reading that calls the shooting justified has to answer that");
        notes.ShouldContain("the AP has no evidence of the men’s individual actions beyond what they confess");
        notes.ShouldNotContain("fair account of a threat");
        notes.ShouldNotContain("Accept a reading either way");
        notes.ShouldNotContain("Do not argue the law");
        shooting.Lines.Select(l => l.Number).ShouldContain(122);
    }

    [Fact]
    public void Card_stacking_is_rejected_because_she_repeats_a_message_not_because_she_offers_no_facts()
    {
        var card = WorkshopPacketText.ContestedCases.Single(c => c.Lines.Any(l => l.Number == 292));
        var notes = string.Join('\n', card.ListenFor);
        notes.ShouldNotContain("no facts to select from");
        notes.ShouldContain("A propaganda device describes a message made to persuade an audience");
        notes.ShouldContain("she is repeating one");
    }

    [Fact]
    public void Three_core_cases_fit_the_time_and_the_rest_are_marked_optional()
    {
        WorkshopPacket.CoreCases.ShouldBe([1, 2, 6]);
        var text = ModelWalk.Text(Reviewed.Value.Document);
        text.ShouldContain("Take the 3 core cases (1, 2 and 6) in the session");
        text.ShouldContain("Optional: if time allows.");
        WorkshopPacket.Agenda([]).Single(s => s.Name == "Testing the fit").What.ShouldContain("(1, 2 and 6)");

        // What does not fit the session's time is set for afterwards, and said to be.
        var practice = WorkshopPacket.Agenda([]).Single(s => s.Name == "Practice in threes");
        practice.What.ShouldContain("Three rounds");
        practice.What.ShouldContain("for afterwards");
        text.ShouldContain("After the session");
        text.ShouldNotContain("For practice: mark the model answer");
    }

    [Fact]
    public void Groups_get_their_pages_without_the_facilitators_notes()
    {
        var (set, document) = Reviewed.Value;
        foreach (var unit in ReviewedUnits)
        {
            var group = document.Sections.Single(s => s.Id == unit);
            var notes = document.Sections.Single(s => s.Id == unit + "-notes");
            document.Sections.ToList().IndexOf(notes).ShouldBe(document.Sections.ToList().IndexOf(group) + 1);
            var groupText = ModelWalk.Text(document with { Sections = [group] });
            groupText.ShouldNotContain("Listen for");
            groupText.ShouldNotContain("Bloom:");
            ModelWalk.Blocks(notes.Blocks).OfType<Heading>().First().Text.ShouldStartWith("Facilitator’s notes: ");
        }

        // What the groups test is on their pages: each prompt's idea, and the unit's context notes (the facts a claim needs).
        foreach (var unit in ReviewedUnits)
        {
            var group = document.Sections.Single(s => s.Id == unit);
            var lesson = HandoutRenderer.Lessons(set).Units.Single(u => u.Id == unit);
            var items = ModelWalk.Blocks(group.Blocks).OfType<ListBlock>().Single(l => l.Numbered).Items;
            items.Select(i => i.More.OfType<Paragraph>().Single().PlainText).ShouldBe(lesson.Prompts.Select(p => "The idea to test: " + p.Framework));
            var groupText = ModelWalk.Text(document with { Sections = [group] });
            foreach (var note in lesson.Material.Annotation.Context)
            {
                groupText.ShouldContain(note.Note);
            }
        }

        var materials = string.Join('\n', WorkshopPacketText.Materials);
        materials.ShouldContain("Facilitator-only");
        set.Units.Count.ShouldBe(ReviewedUnits.Length);
    }

    [Fact]
    public void The_announcement_describes_every_graphic_thing_in_the_article_and_who_says_it_without_quoting_it()
    {
        var text = WorkshopPacketText.AnnounceToParticipants;
        foreach (var thing in new[]
        {
            "In the calls: Leonid tells his mother of the dead after his first battle", "drinking makes it easier to shoot civilians",
            "blessing to kill them all", "kill the presidents of the U.S. and Ukraine", "Ivan died", "ears cut off", "In the AP’s own narration: Some soldiers",
            // Line 16, line 246 and line 149: the AP's summary of the orders, the hunt for locals, and the bullets Leonid calls trophies.
            "following orders to kill civilians or prisoners of war", "men, women and children", "trophies from Ukraine",
        })
        {
            text.ShouldContain(thing);
        }

        // A notice read by someone who has not chosen to read the article quotes none of it: no quotation marks, and no run
        // of five words from a line tagged graphic.
        text.ShouldNotContain("“");
        text.ShouldNotContain("”");
        var graphic = Kit.EveryUnit().Materials.SelectMany(m => m.Reading).Where(r => r.Tags.Contains("graphic")).ToList();
        graphic.ShouldNotBeEmpty();
        foreach (var line in graphic)
        {
            var words = line.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 5 <= words.Length; i++)
            {
                text.ShouldNotContain(string.Join(' ', words[i..(i + 5)]), Case.Sensitive, $"line {line.Line}");
            }
        }

        string.Join('\n', WorkshopPacketText.ContextTalkingPoints).ShouldContain("Our inference, not the article’s");
        string.Join('\n', WorkshopPacketText.ContextTalkingPoints).ShouldContain("(lines 31 and 233)");
    }

    [Fact]
    public void The_grades_6_to_8_note_says_what_to_ask_for_in_a_facilitator_s_words_and_that_the_files_do_not_overwrite_each_other()
    {
        var note = WorkshopPacketText.WhenYouTeachIt.Single(n => n.StartsWith("For grades 6–8", StringComparison.Ordinal));
        note.ShouldNotContain("the kit makes one for every unit");
        note.ShouldContain("which the kit prints as well as the grades 9–10 copies");
        // A printed plan names no software steps or file names (blind review 14).
        note.ShouldNotContain("facilitator’s page");
        note.ShouldNotContain("grades-6-8");

        // What the note promises: the two editions' files have different names.
        HandoutRenderer.FileName(DocumentKinds.Student, Kit.Set("leonid-3", "6-8"), HandoutOptions.Letter, OutputFormat.Pdf).ShouldBe("student-handout-leonid-3-grades-6-8.pdf");
        HandoutRenderer.FileName(DocumentKinds.Student, Kit.Set("leonid-3", "9-10"), HandoutOptions.Letter, OutputFormat.Pdf).ShouldBe("student-handout-leonid-3.pdf");
    }

    [Fact]
    public void Without_the_propaganda_section_the_packet_says_so_and_suggests_it()
    {
        var without = ModelWalk.Text(Kit.Renderer.Compose(PacketSet(["leonid-2", "ivan-2"]), DocumentKinds.Packet, HandoutOptions.Letter));
        without.ShouldContain("None of these sections is the article’s propaganda section");
        without.ShouldContain("Maxim · TWO: Propaganda (lines 280–302)");
        var with = ModelWalk.Text(Reviewed.Value.Document);
        with.ShouldNotContain("None of these sections is the article’s propaganda section");
        with.ShouldContain("For propaganda work, give a group Maxim · TWO: Propaganda (lines 280–302)");
    }

    [Fact]
    public void A_look_for_that_contradicts_its_prompt_is_left_out()
    {
        static HandoutPrompt With(string text) => new(1, "p", text, "Moral dissonance", "Idea", "Create", "Viewpoints", "line 332 (Maxim’s wife)", null, ["Uses this section’s facts.", "Handles the most graphic facts from earlier sections with restraint, or leaves them out."], [], "", 5) { FrameworkId = "history:close-reading" };
        WorkshopPacket.LookFors(With("Using only this section, write the honest answer.")).ShouldBe(["Uses this section’s facts."]);
        WorkshopPacket.LookFors(With("Write the honest answer.")).Count.ShouldBe(2);
    }

    [Fact]
    public void The_sample_lesson_is_the_set_the_units_handout_prints()
    {
        // The packet asks for each unit's ladder with the seed and count a unit's handout uses by default (grades 9–10).
        WorkshopPacket.PromptsPerUnit.ShouldBe(Taxonomy.DefaultPromptCount("9-10"));
        var document = Reviewed.Value.Document;
        var sample = document.Sections.Single(s => s.Id.StartsWith("sample-", StringComparison.Ordinal));
        var unit = sample.Id["sample-".Length..];
        var handout = HandoutRenderer.Lessons(Kit.Generator.Generate(new([unit], [], "9-10", Taxonomy.DefaultPromptCount("9-10"), 1))).Units.Single();
        var ladder = ModelWalk.Blocks(sample.Blocks).OfType<ListBlock>().Single(l => l.Numbered);
        ladder.Items.Select(i => i.PlainText).ShouldBe(handout.Prompts.Select(p => p.Text));
        ModelWalk.Text(document).ShouldContain("Its ladder is the same set of prompts the unit’s student handout and teacher guide print");

        // Participants try a prompt that asks for analysis or judgment, not a recall question.
        var demo = WorkshopPacket.DemonstrationPrompt(handout);
        demo.Level.ShouldBeOneOf("Analyze", "Evaluate", "Create");
        handout.Prompts.Take(demo.Number - 1).ShouldAllBe(p => p.Level != "Analyze" && p.Level != "Evaluate" && p.Level != "Create");
        ModelWalk.Text(document with { Sections = [sample] }).ShouldContain($"As students, do the journal (2 minutes) and prompt {demo.Number} (7 minutes; the first at the level of analyze, evaluate or create)");
    }

    private static readonly Lazy<(DiscussionSet Set, HandoutDocument Document)> Three = new(() =>
    {
        // The reviewers' packet: no group reads Maxim · THREE, where core case 1 stands.
        var set = PacketSet(["maxim-2", "leonid-3", "ivan-1"]);
        return (set, Kit.Renderer.Compose(set, DocumentKinds.Packet, HandoutOptions.Letter));
    });

    [Fact]
    public void The_participant_on_the_alternative_task_has_a_task_or_a_check_in_at_every_step()
    {
        var path = WorkshopPacketText.AdultAlternativePath;
        var covered = path.SelectMany(p => p.Step.Split(", ")).Select(s => s.ToLowerInvariant()).ToList();
        foreach (var step in WorkshopPacket.Agenda([]))
        {
            covered.ShouldContain(step.Name.ToLowerInvariant(), step.Name);
        }

        path.Count(p => p.What.Contains("checks in", StringComparison.Ordinal)).ShouldBeGreaterThanOrEqualTo(2);
        path.Single(p => p.Step == "The sample lesson").What.ShouldContain("opt-out task");
        WorkshopPacketText.AdultAlternative.ShouldContain("If two or more take it, they work together.");
        WorkshopPacketText.AdultAlternative.ShouldNotContain("They go on with it through Testing the fit");

        // The path is printed once, with the task in the pre-reading the participant is sent; the care page points there,
        // and the sample lesson tells the facilitator what that participant does in it.
        var (_, document) = Three.Value;
        var preReading = document.Sections.Single(s => s.Id == "alternative-pre-reading");
        ModelWalk.Text(document with { Sections = [preReading] }).ShouldContain("Break: the facilitator checks in with them privately");
        var care = ModelWalk.Text(document with { Sections = [document.Sections.Single(s => s.Id == "care")] });
        care.ShouldNotContain("Break: the facilitator checks in with them privately");
        care.ShouldContain(WorkshopPacket.AlternativePreReadingTitle);
        var sample = document.Sections.Single(s => s.Id.StartsWith("sample-", StringComparison.Ordinal));
        ModelWalk.Text(document with { Sections = [sample] }).ShouldContain("does this section’s opt-out task instead, from the opt-out sheet at the end of the unit’s teacher guide");
    }

    [Fact]
    public void The_line_numbers_are_the_course_readers_and_the_reader_goes_out_ahead_as_pre_reading()
    {
        var (set, document) = Reviewed.Value;
        var text = ModelWalk.Text(document);
        text.ShouldNotContain("numbered as in the full article");
        text.ShouldNotContain("the whole article, the frameworks page");
        text.ShouldContain(WorkshopPacket.ReadingNote);
        var materials = string.Join('\n', WorkshopPacketText.Materials);
        materials.ShouldContain("for everyone else, the course reader that comes with the handouts, the whole article with its lines numbered as in this packet");
        // A facilitator reads no file names (blind reviews 27a, 27b, 28a, 28b).
        materials.ShouldNotContain("in a file named");
        materials.ShouldContain("the AP’s published article has no line numbers");

        // The claim holds: every line a group reads is in the course reader under the same number and in the same words.
        var reader = ModelWalk.Blocks(Kit.Renderer.Compose(Kit.EveryUnit(), DocumentKinds.Reader, HandoutOptions.Letter)).OfType<Quotation>().ToDictionary(q => q.Line);
        var read = set.Units.SelectMany(u => ModelWalk.Blocks(document.Sections.Single(s => s.Id == u.Id).Blocks)).OfType<Quotation>().ToList();
        read.ShouldNotBeEmpty();
        foreach (var line in read)
        {
            reader.ShouldContainKey(line.Line);
            reader[line.Line].Words.ShouldBe(line.Words);
        }

        // And the lines the contested cases put up, which the pre-reading is for, are in it too.
        foreach (var line in WorkshopPacketText.ContestedCases.SelectMany(c => c.Lines))
        {
            reader.ShouldContainKey(line.Number);
        }
    }

    [Fact]
    public void A_group_is_told_which_pages_are_its_own_by_their_headings()
    {
        var (set, document) = Reviewed.Value;
        var materials = string.Join('\n', WorkshopPacketText.Materials);
        materials.ShouldContain("open under “For the group that takes this section” with the section’s title as their heading");
        materials.ShouldContain("run up to the pages headed “Facilitator’s notes” for that section");
        foreach (var unit in set.Units)
        {
            var group = document.Sections.Single(s => s.Id == unit.Id);
            group.Blocks.OfType<Paragraph>().First().PlainText.ShouldBe("For the group that takes this section");
            group.Blocks.OfType<Heading>().First().Text.ShouldBe(set.Materials.Single(m => m.Unit == unit.Id).DisplayTitle);
        }
    }

    [Fact]
    public void The_materials_name_a_projector_or_cards_for_the_cases_lines()
    {
        WorkshopPacketText.Materials.ShouldContain(m => m.StartsWith("A projector, or each core case’s lines printed on a card", StringComparison.Ordinal));
        ModelWalk.Text(Reviewed.Value.Document).ShouldContain("Put each case’s lines up (projected, or on the cards)");
    }

    [Fact]
    public void A_case_from_a_section_no_group_reads_is_read_aloud_first()
    {
        // Every case names the section its lines stand in, and says so truly.
        var units = Kit.Course.Article.Units;
        foreach (var c in WorkshopPacketText.ContestedCases)
        {
            foreach (var line in c.Lines)
            {
                var unit = units.Single(u => u.Blocks.Any(b => b.Line == line.Number));
                var title = Kit.Set(unit.Id).Materials.Single().DisplayTitle;
                // A section the article gives no heading ("Meet Leonid" in the kit) is named as the article has it: its introduction to the man, with its lines.
                (title == c.From || title.StartsWith(c.From + ":", StringComparison.Ordinal) || (title.StartsWith("Meet ", StringComparison.Ordinal) && c.From.StartsWith($"the article’s introduction to {title[5..]} (lines ", StringComparison.Ordinal))).ShouldBeTrue($"{c.Title}: line {line.Number} is in {title}, not {c.From}");
            }
        }

        var first = WorkshopPacketText.ContestedCases[0];
        first.From.ShouldBe("Maxim · THREE");
        var without = HandoutRenderer.Lessons(Three.Value.Set).Units;
        WorkshopPacket.WhereFrom(first, without).ShouldBe("From Maxim · THREE, which no group reads in this session: read the lines aloud, and say who speaks to whom, before you ask.");
        ModelWalk.Text(Three.Value.Document).ShouldContain("Core: take it in the session. From Maxim · THREE, which no group reads in this session: read the lines aloud");
        var with = HandoutRenderer.Lessons(Reviewed.Value.Set).Units;
        WorkshopPacket.WhereFrom(first, with).ShouldBe("From Maxim · THREE, which a group has read.");
    }

    [Fact]
    public void The_core_cases_and_two_groups_reports_fit_the_step_and_the_agenda_still_adds_up()
    {
        var minutes = WorkshopPacket.CoreCases.Count * WorkshopPacket.MinutesPerCase + WorkshopPacket.GroupsReporting * WorkshopPacket.MinutesPerReport;
        minutes.ShouldBeLessThanOrEqualTo(WorkshopPacket.TestingTheFitMinutes);
        var step = WorkshopPacket.Agenda([]).Single(s => s.Name == "Testing the fit");
        step.Minutes.ShouldBe(WorkshopPacket.TestingTheFitMinutes);
        step.What.ShouldContain("about six minutes each; then two groups report, about three minutes each");
        step.What.ShouldNotContain("each group reports");
        ModelWalk.Text(Reviewed.Value.Document).ShouldContain("Take the 3 core cases (1, 2 and 6) in the session, about six minutes each; then two groups report");
    }

    [Fact]
    public void Every_tag_a_prompt_gives_a_contested_line_is_weighed_in_its_case()
    {
        // A pointer to a case is only honest if the case discusses the tag the prompt carries (historical-thinking moves
        // aside, which every case practices).
        var (set, _) = Every.Value;
        var pointed = 0;
        foreach (var prompt in HandoutRenderer.Lessons(set).Units.SelectMany(u => u.Prompts))
        {
            if (WorkshopPacket.ContestedCaseOf(prompt) is not { } contested || prompt.FrameworkId.StartsWith("history:", StringComparison.Ordinal))
            {
                continue;
            }

            pointed++;
            var name = Curriculum.Rendering.Handouts.LessonPlan.PlainName(Taxonomy.Find(Taxonomy.Frameworks, prompt.FrameworkId)!);
            var c = contested.Case;
            string.Join('\n', c.ListenFor.Append(c.Tempting)).ShouldContain(name, Case.Insensitive, $"case {contested.Number} and a prompt tagged {name}");
        }

        pointed.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_shooting_case_reads_what_was_done_to_the_young_man_and_the_grammar_of_the_telling()
    {
        var shooting = WorkshopPacketText.ContestedCases.Single(c => c.Lines.Any(l => l.Number == 126));
        var notes = string.Join('\n', shooting.ListenFor.Append(shooting.Tempting));
        notes.ShouldNotContain("searched");
        notes.ShouldContain("A man stopped and stripped of his phone is not a man with a grenade launcher");
        notes.ShouldContain("“they took his cellphone” (they, not we)");
        notes.ShouldContain("“He was shot right there on the spot” names no shooter");
        // Blind review 16: an agentless sentence is, in Bandura’s terms, euphemistic language, not diffusion of responsibility.
        notes.ShouldContain("a sentence with no agent can be euphemistic language");
        // Blind reviews 28a, 28b: the grammar is a translation's, held loosely.
        notes.ShouldContain("this is a translation, and Russian often leaves the doer unnamed");
        notes.ShouldNotContain("Diffusion of responsibility (Bandura) is arguable");
        notes.ShouldContain("“a fascist, an insurgent”");
        notes.ShouldContain("Name calling (a propaganda device) for “a fascist, an insurgent”, the label soldiers had been told, the AP says");
    }

    [Fact]
    public void The_pests_case_hears_who_cleans_up_and_the_mothers_insult()
    {
        var pests = WorkshopPacketText.ContestedCases.Single(c => c.Lines.Any(l => l.Number == 225));
        pests.Lines.Select(l => l.Number).ShouldBe([225, 227]);
        pests.Lines[1].Speaker.ShouldBe("Ivan’s mother");
        var notes = string.Join('\n', pests.ListenFor.Append(pests.Tempting));
        notes.ShouldContain("Ivan says they will clean up, not we");
        notes.ShouldContain("displacement or diffusion of responsibility");
        notes.ShouldContain("name calling");
    }

    [Fact]
    public void Every_quotation_in_the_cases_notes_is_the_articles_own_words()
    {
        var seed = Kit.Course.Article.Text;
        foreach (var c in WorkshopPacketText.ContestedCases)
        {
            foreach (var text in c.ListenFor.Append(c.Tempting).Append(c.Question))
            {
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "“([^”]*)”"))
                {
                    seed.ShouldContain(m.Groups[1].Value, Case.Sensitive, $"{c.Title}: {m.Value}");
                }
            }
        }
    }

    [Fact]
    public void The_sample_lesson_says_whether_its_handout_has_a_chart_of_ideas_and_why()
    {
        foreach (var (set, document) in new[] { Every.Value, Three.Value })
        {
            var lessons = HandoutRenderer.Lessons(set).Units;
            ModelWalk.Text(document).ShouldNotContain("where its prompts use a device or mechanism, a chart of ideas");
            var sample = document.Sections.Single(s => s.Id.StartsWith("sample-", StringComparison.Ordinal));
            var lesson = lessons.Single(u => "sample-" + u.Id == sample.Id);
            var sampleText = ModelWalk.Text(document with { Sections = [sample] });
            var chart = Curriculum.Rendering.Handouts.LessonPlan.Chart(lesson);
            sampleText.ShouldContain(chart is null
                ? "the handout adds room to write and the sourcing organizer, but no chart of ideas, since its prompts and objectives use no propaganda device"
                : "the handout adds room to write, the sourcing organizer and a Tools chart of the ideas it uses (here ");
            // The chart's own ideas, by name: never "a chart of the propaganda devices" over a chart that holds none.
            foreach (var row in chart?.Rows ?? [])
            {
                sampleText.ShouldContain(Wording.InASentence(row[0].Runs[0].Text));
            }
        }
    }

    [Fact]
    public void The_aims_promise_the_frameworks_only_where_the_ladders_or_the_cases_hold_them()
    {
        var lessons = HandoutRenderer.Lessons(Every.Value.Set).Units;
        // The whole packet has ladders of both kinds: those that test a device, a mechanism or dissonance, and those that do not.
        lessons.ShouldContain(u => WorkshopPacket.IdeasTested(u).Count > 0);
        lessons.ShouldContain(u => WorkshopPacket.IdeasTested(u).Count == 0);
        var aims = string.Join('\n', WorkshopPacket.Aims(lessons));
        aims.ShouldContain("contested cases, which every group takes");
        aims.ShouldContain(", and in the ladders that use them (here, ");
        // A family no core case tests is named with the optional cases that test it, never promised to every group.
        foreach (var (prefix, name) in new[] { ("ipa:", "propaganda devices"), ("bandura:", "Bandura’s mechanisms"), ("festinger:", "Festinger’s dissonance") })
        {
            var inCore = WorkshopPacketText.ContestedCases.Any(c => c.Core && c.Tags.Any(t => t.StartsWith(prefix, StringComparison.Ordinal)));
            aims.Contains($"{name} only in optional case", StringComparison.Ordinal).ShouldBe(!inCore, name);
        }

        // Each case's tags are frameworks the kit defines, and each is named in the tag the case tempts.
        foreach (var contested in WorkshopPacketText.ContestedCases)
        {
            contested.Tags.ShouldNotBeEmpty(contested.Title);
            foreach (var tag in contested.Tags)
            {
                var term = Core.Teaching.Taxonomy.Find(Core.Teaching.Taxonomy.Frameworks, tag).ShouldNotBeNull(tag);
                var name = LessonPlan.PlainName(term).Replace("Reducing dissonance by ", "", StringComparison.Ordinal);
                contested.Tempting.Contains(name, StringComparison.OrdinalIgnoreCase).ShouldBeTrue($"{contested.Title}: {tag}");
            }
        }

        // Each family the aims name for the ladders is one a ladder holds, and none is left out.
        var ids = lessons.SelectMany(u => u.Prompts).Select(p => p.FrameworkId).ToList();
        foreach (var (prefix, name) in new[] { ("ipa:", "propaganda devices"), ("bandura:", "Bandura’s mechanisms"), ("festinger:", "Festinger’s dissonance") })
        {
            var ladders = aims[aims.IndexOf("in the ladders that use them", StringComparison.Ordinal)..];
            ladders.Contains(name, StringComparison.Ordinal).ShouldBe(ids.Any(id => id.StartsWith(prefix, StringComparison.Ordinal)), name);
        }

        var note = WorkshopPacket.WhatTheLaddersTest(lessons);
        foreach (var unit in lessons)
        {
            var ideas = WorkshopPacket.IdeasTested(unit);
            var name = unit.DisplayTitle[..unit.DisplayTitle.IndexOf(':', StringComparison.Ordinal)];
            note.ShouldContain(ideas.Count > 0 ? $"{name} ({ideas[0].ToLowerInvariant()}" : name, Case.Sensitive, unit.Id);
        }

        ModelWalk.Text(Every.Value.Document).ShouldContain(note);
        var plain = lessons.Where(u => WorkshopPacket.IdeasTested(u).Count == 0).ToList();
        string.Join('\n', WorkshopPacket.Aims(plain)).ShouldContain("contested cases, which every group takes (Festinger’s dissonance only in optional cases 4 and 7); the groups’ ladders here practice reading a source");
        var rich = lessons.Where(u => WorkshopPacket.IdeasTested(u).Count > 0).ToList();
        string.Join('\n', WorkshopPacket.Aims(rich)).ShouldContain("contested cases, which every group takes (Festinger’s dissonance only in optional cases 4 and 7), and in the ladders that use them (here, ");
    }

    [Fact]
    public void Each_groups_reading_and_ladder_is_kept_on_one_page_and_no_page_is_left_nearly_empty()
    {
        foreach (var (set, _) in new[] { Three.Value, Reviewed.Value, Every.Value })
        {
            var pdf = Kit.Renderer.Render(set, DocumentKinds.Packet, HandoutOptions.Letter);
            using var document = UglyToad.PdfPig.PdfDocument.Open(pdf.Bytes);
            var pages = Kit.Pages(document);
            var texts = pages.Select(p => Kit.Squeeze(string.Join(' ', p.GetWords().Select(w => w.Text)))).ToList();
            foreach (var material in set.Materials)
            {
                // The page that starts the reading ends it, and holds the whole ladder after it or none of it.
                var lines = material.Reading.Where(r => !r.LeftOut).ToList();
                var firstPage = texts.FindIndex(t => t.Contains(Kit.Squeeze(lines[0].Words), StringComparison.Ordinal) && t.Contains("Thereading", StringComparison.Ordinal));
                firstPage.ShouldBeGreaterThan(0, material.Unit);
                texts[firstPage].ShouldContain(Kit.Squeeze(lines[^1].Words), Case.Sensitive, $"{material.Unit}: the reading runs over a page");
            }

            // Each contested case is argued from one page: its heading and its last note on the same page.
            var number = 0;
            foreach (var c in WorkshopPacketText.ContestedCases)
            {
                number++;
                var page = texts.FindIndex(t => t.Contains(Kit.Squeeze($"{number}. {c.Title}"), StringComparison.Ordinal));
                page.ShouldBeGreaterThan(0, c.Title);
                texts[page].ShouldContain(Kit.Squeeze(c.ListenFor[^1]), Case.Sensitive, $"case {number} runs over a page");
            }

            for (var i = 0; i < pages.Count; i++)
            {
                Fill(pages[i]).ShouldBeGreaterThan(0.25, $"{pdf.FileName}, page {i + 1}: {texts[i][..Math.Min(80, texts[i].Length)]}");
            }
        }
    }

    [Fact]
    public void The_context_talking_points_mark_each_inference_where_it_is_made_and_count_none()
    {
        var text = ModelWalk.Text(Reviewed.Value.Document);
        text.ShouldContain(WorkshopPacket.ContextNote);
        text.ShouldNotContain("the one inference of ours");
        WorkshopPacket.ContextNote.ShouldContain($"“{WorkshopPacketText.InferenceMark}”");
        // The mark the note promises is used, and every point that hedges (a guess beyond the article) carries it.
        WorkshopPacketText.ContextTalkingPoints.ShouldContain(p => p.Contains(WorkshopPacketText.InferenceMark, StringComparison.Ordinal));
        string[] hedges = ["presumably", "probably", "apparently", "likely", "must have", "no doubt"];
        foreach (var point in WorkshopPacketText.ContextTalkingPoints.Where(p => hedges.Any(h => p.Contains(h, StringComparison.OrdinalIgnoreCase))))
        {
            point.ShouldContain(WorkshopPacketText.InferenceMark, Case.Sensitive, point);
        }

        // What the article says of the editing, in its words, and nothing more.
        var edited = WorkshopPacketText.ContextTalkingPoints.Single(p => p.Contains("edited", StringComparison.Ordinal));
        Kit.Course.Article.Text.ShouldContain("The conversations have been edited for length and clarity.");
        edited.ShouldContain("The article says the conversations have been edited for length and clarity");
        edited.ShouldNotContain("presumably");
    }

    [Fact]
    public void Where_the_mother_and_son_got_their_claims_is_the_APs_assessment_quoted_as_the_APs()
    {
        var seed = Kit.Course.Article.Text.Split('\n');
        seed[WorkshopPacket.PropagandaAssessmentLine - 1].ShouldContain(WorkshopPacket.PropagandaAssessment, Case.Sensitive);
        var attributed = $"the AP says Maxim and his mother “{WorkshopPacket.PropagandaAssessment}” (line {WorkshopPacket.PropagandaAssessmentLine})";
        var without = Kit.Renderer.Compose(PacketSet(["leonid-2", "ivan-2"]), DocumentKinds.Packet, HandoutOptions.Letter);
        foreach (var document in new[] { Reviewed.Value.Document, without })
        {
            ModelWalk.Text(document).ShouldContain(attributed);
            ModelWalk.Text(document).ShouldNotContain("repeat what Russian state media says");

            // Every sentence of the packet's own pages (not a unit's reviewed notes or prompts) that says where the claims
            // came from names the AP in it.
            string[] own = ["packet", "agenda", "preparation", "alternative-pre-reading", "context", "care", "practice", "contested-cases"];
            var text = ModelWalk.Text(document with { Sections = [.. document.Sections.Where(s => own.Contains(s.Id))] });
            foreach (var sentence in System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.?!:;])\s+|\n"))
            {
                if (sentence.Contains("state media", StringComparison.OrdinalIgnoreCase) || sentence.Contains("conspiracy", StringComparison.OrdinalIgnoreCase))
                {
                    sentence.ShouldContain("AP", Case.Sensitive, sentence);
                }
            }
        }
    }

    [Fact]
    public void Every_contested_case_is_kept_whole_on_one_page_of_either_paper_even_with_the_longest_notes()
    {
        // Two packets in which no group has read most of the cases' lines, so each case carries its longer "read the lines
        // aloud" note: the reviewers' packet found case 6 split over two pages.
        foreach (var units in new[] { new[] { "leonid-2" }, ["leonid-1", "maxim-2", "ivan-3"] })
        {
            var set = PacketSet(units);
            var taught = HandoutRenderer.Lessons(set).Units;
            foreach (var paper in new[] { HandoutOptions.Letter, new HandoutOptions(Paper.A4) })
            {
                var pdf = Kit.Renderer.Render(set, DocumentKinds.Packet, paper);
                var texts = Kit.PageTexts(pdf.Bytes).Select(Kit.Squeeze).ToList();
                var number = 0;
                foreach (var c in WorkshopPacketText.ContestedCases)
                {
                    number++;
                    var page = texts.FindIndex(t => t.Contains(Kit.Squeeze($"{number}. {c.Title}"), StringComparison.Ordinal));
                    page.ShouldBeGreaterThan(0, c.Title);
                    var where = $"{string.Join(", ", units)}, {paper.Paper}: case {number}";
                    texts[page].ShouldContain(Kit.Squeeze(WorkshopPacket.WhereFrom(c, taught)), Case.Sensitive, where);
                    foreach (var line in c.Lines)
                    {
                        texts[page].ShouldContain(Kit.Squeeze(line.Words), Case.Sensitive, $"{where}: line {line.Number}");
                    }

                    texts[page].ShouldContain(Kit.Squeeze(c.ListenFor[^1]), Case.Sensitive, $"{where} runs over a page");
                }
            }
        }

        // Where a case cannot fit a page (large print), it breaks only in its notes: its heading, lines, tempting tag and
        // question are one group.
        var cases = Reviewed.Value.Document.Sections.Single(s => s.Id == "contested-cases").Blocks.OfType<KeepTogether>().ToList();
        cases.Count.ShouldBe(WorkshopPacketText.ContestedCases.Count);
        foreach (var c in cases)
        {
            var opening = c.Blocks[0].ShouldBeOfType<KeepTogether>();
            opening.Blocks[0].ShouldBeOfType<Heading>();
            opening.Blocks.OfType<Quotation>().ShouldNotBeEmpty();
            opening.Blocks.OfType<Paragraph>().Last().PlainText.ShouldStartWith("Ask: ");
        }
    }

    [Fact]
    public void The_notice_and_a_pre_reading_free_of_graphic_material_go_out_before_the_article()
    {
        // The materials send the notice first, then name the alternative pre-reading, then the article.
        var ahead = WorkshopPacketText.Materials.Single(m => m.Contains("course reader", StringComparison.Ordinal));
        var notice = ahead.IndexOf("the notice below", StringComparison.Ordinal);
        var alternative = ahead.IndexOf(WorkshopPacket.AlternativePreReadingTitle, StringComparison.Ordinal);
        var article = ahead.IndexOf("the course reader", StringComparison.Ordinal);
        notice.ShouldBeGreaterThanOrEqualTo(0);
        alternative.ShouldBeGreaterThan(notice);
        article.ShouldBeGreaterThan(alternative);
        ahead.ShouldContain("that anyone may take the alternative task");
        WorkshopPacketText.Materials.ToList().IndexOf(ahead).ShouldBeLessThan(WorkshopPacketText.Materials.ToList().FindIndex(m => m.StartsWith("On the day", StringComparison.Ordinal)));

        // The notice says it goes before the article, and offers the choice and the pre-reading before anyone reads.
        WorkshopPacketText.AnnounceIntro.ShouldStartWith("Send this before the article, or above it in the same message");
        WorkshopPacketText.AnnounceChoice.ShouldContain("anyone may take the alternative task");
        WorkshopPacketText.AnnounceChoice.ShouldContain("the pre-reading for the alternative task, which quotes no line of the article");
        var (set, document) = Reviewed.Value;
        var preparation = ModelWalk.Text(document with { Sections = [document.Sections.Single(s => s.Id == "preparation")] });
        preparation.IndexOf(WorkshopPacketText.AnnounceChoice, StringComparison.Ordinal).ShouldBeGreaterThan(preparation.IndexOf(WorkshopPacketText.AnnounceIntro, StringComparison.Ordinal));

        // The pre-reading itself: how the calls were obtained and checked, the context notes an opt-out sheet prints, and
        // the task; no line of the article, nothing tagged graphic, no note that tells of killing or harm, no AP heading.
        var section = document.Sections.Single(s => s.Id == "alternative-pre-reading");
        document.Sections.ToList().IndexOf(section).ShouldBe(document.Sections.ToList().FindIndex(s => s.Id == "preparation") + 1);
        ModelWalk.Blocks(section.Blocks).OfType<Quotation>().ShouldBeEmpty();
        var text = ModelWalk.Text(document with { Sections = [section] });
        text.ShouldContain(WorkshopPacket.AlternativePreReadingTitle);
        foreach (var paragraph in Curriculum.Rendering.Handouts.CareNotes.SourceNote)
        {
            text.ShouldContain(paragraph);
        }

        text.ShouldContain(WorkshopPacketText.AdultAlternative);
        var lessons = HandoutRenderer.Lessons(set).Units;
        foreach (var lesson in lessons)
        {
            foreach (var note in TeacherGuide.SheetNotes(lesson))
            {
                text.ShouldContain(note.Note);
            }

            foreach (var note in lesson.Material.Annotation.Context.Where(n => n.Hard))
            {
                text.ShouldNotContain(note.Note);
            }

            text.ShouldNotContain(lesson.DisplayTitle);
        }

        text.ShouldNotContain("“");
        var graphic = set.Materials.SelectMany(m => m.Reading).Where(r => r.Tags.Contains("graphic")).ToList();
        graphic.ShouldNotBeEmpty();
        foreach (var line in graphic)
        {
            var words = line.Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 5 <= words.Length; i++)
            {
                text.ShouldNotContain(string.Join(' ', words[i..(i + 5)]), Case.Sensitive, $"line {line.Line}");
            }
        }
    }

    [Fact]
    public void The_sample_lesson_step_gives_each_part_its_minutes_and_tests_the_model_answer_on_one_rubric_column()
    {
        var step = WorkshopPacket.Agenda([]).Single(s => s.Name == "The sample lesson");
        int[] parts = [WorkshopPacket.SampleReadingMinutes, WorkshopPacket.SampleJournalMinutes, WorkshopPacket.SamplePromptMinutes, WorkshopPacket.SampleClaimMinutes];
        parts.Sum().ShouldBe(step.Minutes);
        step.What.ShouldContain($"Reading, {WorkshopPacket.SampleReadingMinutes} minutes");
        step.What.ShouldContain($"the journal, {WorkshopPacket.SampleJournalMinutes} minutes");
        step.What.ShouldContain($"(one that asks for analysis or judgment), {WorkshopPacket.SamplePromptMinutes} minutes");
        step.What.ShouldContain($"The claim task, {WorkshopPacket.SampleClaimMinutes} minutes");
        step.What.ShouldContain($"test the answer against the rubric’s {WorkshopPacket.SampleRubricColumn} column only");
        step.What.ShouldNotContain("each cell");

        // The column named is one the sample lesson's rubric has, and what is left out is set for afterwards.
        var document = Reviewed.Value.Document;
        var sample = document.Sections.Single(s => s.Id.StartsWith("sample-", StringComparison.Ordinal));
        ModelWalk.Blocks(sample.Blocks).OfType<Table>().Single(t => t.Caption == "Rubric for the claim–evidence–reasoning task")
            .Columns.Select(c => c.Header).ShouldContain(WorkshopPacket.SampleRubricColumn);
        var sampleText = ModelWalk.Text(document with { Sections = [sample] });
        sampleText.ShouldContain($"in pairs test the answer against the rubric’s {WorkshopPacket.SampleRubricColumn} column only");
        sampleText.ShouldNotContain("each cell of the rubric");
        WorkshopPacket.AfterTheSession.ShouldContain(a => a.Contains("the rubric’s other columns", StringComparison.Ordinal));
    }

    /// <summary>How much of the page's body, between the running header and the footer, its content reaches down.</summary>
    private static double Fill(UglyToad.PdfPig.Content.Page page)
    {
        var words = page.GetWords().ToList();
        var footerTop = words.First(w => w.Text == "Source:").BoundingBox.Top;
        var headerBottom = words.Where(w => w.BoundingBox.Bottom > page.Height - 60).Min(w => w.BoundingBox.Bottom);
        var body = words.Where(w => w.BoundingBox.Top < headerBottom - 1 && w.BoundingBox.Bottom > footerTop + 1).ToList();
        return body.Count == 0 ? 0 : (headerBottom - body.Min(w => w.BoundingBox.Bottom)) / (headerBottom - footerTop);
    }
}
