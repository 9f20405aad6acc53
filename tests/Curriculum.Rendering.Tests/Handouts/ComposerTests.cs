using System.Reflection;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>The composers, read on the document model: what each document says, in which order, and how it is structured.</summary>
public sealed class ComposerTests
{
    private static readonly Lazy<Core.Discussion.DiscussionSet> EveryUnit = new(() => Kit.EveryUnit());

    public static TheoryData<string> Kinds => [.. DocumentKinds.All.Select(k => k.Id)];

    private static HandoutDocument Compose(string kind, string unit = "maxim-2", string audience = "9-10") =>
        Kit.Renderer.Compose(
            kind == DocumentKinds.Reader.Id ? Kit.EveryUnit(audience) : kind == DocumentKinds.Packet.Id ? Kit.Generator.Generate(new([unit, "leonid-3"], [], audience, 6, 1)) : Kit.Set(unit, audience),
            DocumentKinds.Find(kind)!,
            HandoutOptions.Letter);

    [Fact]
    public void Every_kind_of_document_has_a_composer()
    {
        HandoutRenderer.Composers.Keys.ShouldBe(DocumentKinds.All, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Headings_start_each_section_at_level_1_and_never_skip_a_level(string kind)
    {
        var document = Compose(kind, audience: "6-8");
        foreach (var section in document.Sections)
        {
            var levels = ModelWalk.Blocks(section.Blocks).OfType<Heading>().Select(h => h.Level).ToList();
            levels.ShouldNotBeEmpty(section.Id);
            levels[0].ShouldBe(1, section.Id);
            for (var i = 1; i < levels.Count; i++)
            {
                levels[i].ShouldBeLessThanOrEqualTo(levels[i - 1] + 1, $"{kind} {section.Id}: heading {i} skips from H{levels[i - 1]} to H{levels[i]}");
            }
        }
    }

    [Theory]
    [InlineData("student", "maxim-2")]
    [InlineData("student", "ivan-2")]
    [InlineData("student", "introduction")]
    [InlineData("reader", "")]
    public void Every_excerpt_of_the_set_is_a_quotation_verbatim_from_the_seed_in_its_voice(string kind, string unit)
    {
        var set = kind == "reader" ? EveryUnit.Value : Kit.Set(unit);
        var document = Kit.Renderer.Compose(set, DocumentKinds.Find(kind)!, HandoutOptions.Letter);
        var quotations = ModelWalk.Blocks(document).OfType<Quotation>().ToList();
        var seedLines = Kit.Course.Article.Text.Split('\n');

        set.Excerpts.ShouldNotBeEmpty();
        foreach (var excerpt in set.Excerpts)
        {
            var block = Kit.Course.Article.FindBlock(excerpt.Block)!;
            var quotation = quotations.Where(q => q.Line == excerpt.Line).ShouldHaveSingleItem(excerpt.Block);
            quotation.Words.ShouldBe(block.Spoken ?? block.Text, excerpt.Block);
            quotation.Voice.ShouldBe(block.Kind switch { BlockKind.Call => Voice.Call, BlockKind.Interview => Voice.Interview, _ => Voice.Narration }, excerpt.Block);
        }

        foreach (var quotation in quotations)
        {
            seedLines[quotation.Line - 1].ShouldContain(quotation.Words, Case.Sensitive, $"line {quotation.Line}");
        }
    }

    [Fact]
    public void Speakers_are_named_as_a_teacher_would_and_narration_has_none()
    {
        var quotations = ModelWalk.Blocks(Compose("reader")).OfType<Quotation>().ToList();
        quotations.ShouldContain(q => q.Voice == Voice.Call && q.Speaker == "Ivan’s mother");
        quotations.ShouldContain(q => q.Voice == Voice.Interview && q.Speaker != null && q.Speaker.StartsWith("The AP, quoting ", StringComparison.Ordinal) && q.Speaker.EndsWith(" in a later interview", StringComparison.Ordinal));
        quotations.Where(q => q.Voice == Voice.Narration).ShouldAllBe(q => q.Speaker == null);
        quotations.Where(q => q.Voice != Voice.Narration).ShouldAllBe(q => !string.IsNullOrEmpty(q.Speaker));
    }

    [Fact]
    public void A_line_left_out_for_grades_6_to_8_is_a_note_saying_so_and_not_a_quotation()
    {
        var set = Kit.Set("leonid-3", audience: "6-8");
        var document = Kit.Renderer.Compose(set, DocumentKinds.Student, HandoutOptions.Letter);
        var left = set.Materials.Single().Reading.Where(r => r.LeftOut).ToList();

        left.ShouldNotBeEmpty();
        ModelWalk.Blocks(document).OfType<Paragraph>().Count(p => p.Role == ParagraphRole.Note && p.PlainText.Contains("is left out of this edition", StringComparison.Ordinal)).ShouldBe(left.Count);
        // (The unit's reviewed summary may still quote such a line: that is the annotation's text, not the reading.)
        var quoted = ModelWalk.Blocks(document).OfType<Quotation>().ToList();
        quoted.Count.ShouldBe(set.Materials.Single().Reading.Count - left.Count);
        left.ShouldAllBe(line => !quoted.Any(q => q.Line == line.Line || q.Words.Contains(line.Words)));
    }

    [Fact]
    public void Each_prompt_is_a_numbered_item_with_its_starter_and_room_to_write()
    {
        var set = Kit.Set("leonid-1");
        var document = Kit.Renderer.Compose(set, DocumentKinds.Student, HandoutOptions.Letter);
        var questions = ModelWalk.Blocks(document).OfType<ListBlock>().Single(l => l.Numbered);

        questions.Items.Select(i => i.PlainText).ShouldBe(set.Prompts.Select(p => p.Text));
        foreach (var (item, prompt) in questions.Items.Zip(set.Prompts))
        {
            item.More.OfType<WritingSpace>().ShouldHaveSingleItem().Lines.ShouldBeGreaterThanOrEqualTo(3);
            item.More[^1].ShouldBeOfType<WritingSpace>();
            if (prompt.Starters.Count > 0)
            {
                item.More.OfType<Paragraph>().ShouldContain(p => p.Role == ParagraphRole.Starter && p.PlainText.EndsWith(prompt.Starters[0], StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_student_handout_has_fields_an_advisory_and_the_sections_in_order()
    {
        var document = Compose("student", "leonid-1");
        var blocks = document.Sections.Single().Blocks;
        blocks.OfType<FormFields>().ShouldHaveSingleItem().Labels.ShouldBe(["Name", "Class", "Date"]);
        blocks.OfType<Callout>().Where(c => c.Kind == CalloutKind.Advisory).ShouldHaveSingleItem();
        // (The "Tools" heading is kept together with its first tool, so the walk reaches it inside that group.)
        ModelWalk.Blocks(blocks).OfType<Heading>().Select(h => h.Text).ShouldBe(["Leonid · ONE: Kill if you don’t want to be killed", "Before you read", "Words to know", "Setting the scene", "The reading", "After you read: context", "Sourcing the lines", "Tools", "Questions", "Claim, evidence, reasoning", "Exit ticket"]);
        document.Info.Title.ShouldBe("Student handout: Leonid · ONE: Kill if you don’t want to be killed");
        document.Setup.Footer.ShouldBe(Core.Course.PageAttribution);
    }

    [Fact]
    public void The_teacher_guide_carries_the_care_notes_as_callouts_and_the_unit_at_a_glance_as_a_table()
    {
        var document = Compose("teacher", "leonid-3", audience: "6-8");
        var blocks = ModelWalk.Blocks(document).ToList();
        blocks.OfType<Callout>().Where(c => c.Kind == CalloutKind.Note).Select(c => c.Title).ShouldBe(
            ["Discussion norms (build them with the class as a contract)", "Opt-out task (of equal worth)", "Students with ties to Ukraine or Russia", "Grief", "Left out of this edition", CareNotes.SourceTitle]);
        var glance = blocks.OfType<Table>().Where(t => t.Columns[0].Header == "Time").ShouldHaveSingleItem();
        glance.Columns.Select(c => c.Header).ShouldBe(["Time", "Audience", "Themes", "Standards"]);
        glance.Rows.ShouldHaveSingleItem()[0].PlainText.ShouldBe("50 minutes");
        document.Sections.ShouldAllBe(s => s.Bookmark != null);
    }

    [Fact]
    public void The_guide_s_generator_notes_are_the_unit_s_own()
    {
        var set = Kit.Generator.Generate(new(["leonid-3", "ivan-2"], [], "6-8", 6, 1));
        var notes = set.Materials.ToDictionary(m => m.Unit, m => m.Notes);
        notes["leonid-3"].ShouldContain(n => n.StartsWith("Left out", StringComparison.Ordinal) && n.Contains("leonid-3.", StringComparison.Ordinal));
        notes["ivan-2"].ShouldNotContain(n => n.Contains("leonid-3.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_has_contents_pointing_at_a_bookmarked_section_for_every_unit()
    {
        var document = Compose("reader");
        var contents = ModelWalk.Blocks(document).OfType<Contents>().ShouldHaveSingleItem();
        contents.Entries.Select(e => e.Label).ShouldBe(Kit.Course.Article.UnitIds);
        var sections = document.Sections.ToDictionary(s => s.Id);
        foreach (var entry in contents.Entries)
        {
            sections[entry.SectionId].Bookmark.ShouldBe(entry.Title);
        }
    }

    [Fact]
    public void The_packet_names_its_units_in_plain_english()
    {
        var set = Kit.Generator.Generate(new(["maxim-1", "maxim-2", "ivan-2"], [], "9-10", 6, 1));
        var document = Kit.Renderer.Compose(set, DocumentKinds.Packet, HandoutOptions.Letter with { TemplateSources = ["class-a/", "class-b/", "shared/"] });
        var titles = set.Materials.Select(m => m.DisplayTitle).ToList();
        document.Sections[0].RunningTitle.ShouldBe("The session");
        ModelWalk.Text(document).ShouldContain("It works with 3 sections of the article; each group takes one:");
        // One unit a line, as a person lists them; never "…killed.; Leonid…".
        ModelWalk.Blocks(document).OfType<ListBlock>().ShouldContain(l => l.Items.Select(i => i.PlainText).SequenceEqual(titles));
        ModelWalk.Text(document).ShouldNotContain(".;");
        ModelWalk.Text(document).ShouldContain("Prompts include your own, from: class-a/, class-b/ and shared/");
    }

    [Fact]
    public void The_hand_off_to_rendering_leaves_the_discussion_json_as_it_was()
    {
        var set = Kit.Set("leonid-3", audience: "6-8");
        set.Materials.ShouldHaveSingleItem().Reading.ShouldNotBeEmpty();
        set.Source.ShouldNotBeNull();
        Core.Discussion.DiscussionJson.Serialize(set).ShouldBe(Core.Discussion.DiscussionJson.Serialize(set with { Materials = [], Source = null }));
    }

    [Fact]
    public void File_names_tell_papers_editions_audiences_and_large_packets_apart()
    {
        var set = Kit.Set("ivan-2");
        HandoutRenderer.FileName(DocumentKinds.Student, set, HandoutOptions.Letter, OutputFormat.Pdf).ShouldBe("student-handout-ivan-2.pdf");
        HandoutRenderer.FileName(DocumentKinds.Student, set, new HandoutOptions(Paper.A4), OutputFormat.Pdf).ShouldBe("student-handout-ivan-2-a4.pdf");
        HandoutRenderer.FileName(DocumentKinds.Teacher, set, new HandoutOptions(Paper.A4, Edition.EasyRead), OutputFormat.Docx).ShouldBe("teacher-guide-ivan-2-a4-easy-read.docx");
        HandoutRenderer.FileName(DocumentKinds.Reader, set, HandoutOptions.Letter, OutputFormat.Html).ShouldBe("course-reader.html");
        HandoutRenderer.FileName(DocumentKinds.Student, Kit.Set("ivan-2", "6-8"), new HandoutOptions(Paper.A4), OutputFormat.Pdf).ShouldBe("student-handout-ivan-2-grades-6-8-a4.pdf");
        HandoutRenderer.FileName(DocumentKinds.Teacher, Kit.Set("ivan-2", "adult"), HandoutOptions.Letter, OutputFormat.Docx).ShouldBe("teacher-guide-ivan-2-adult.docx");

        var numbered = Kit.Course.Article.Units.Where(u => u.Number is not null).Select(u => u.Id).ToList();
        var packet = Kit.Generator.Generate(new(numbered, [], "9-10", 6, 1));
        HandoutRenderer.FileName(DocumentKinds.Packet, packet, HandoutOptions.Letter, OutputFormat.Pdf).ShouldBe($"workshop-packet-{numbered.Count}-units.pdf");
    }

    [Fact]
    public void The_composers_know_no_layout_or_pdf_type()
    {
        var handouts = typeof(HandoutRenderer).Assembly.GetTypes().Where(t => t.Namespace == typeof(HandoutRenderer).Namespace).ToList();
        handouts.ShouldNotBeEmpty();
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in handouts)
        {
            var used = type.GetFields(all).Select(f => f.FieldType)
                .Concat(type.GetProperties(all).Select(p => p.PropertyType))
                .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
                .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
                .SelectMany(Flatten);
            used.ShouldAllBe(t => !IsRendererType(t), type.Name);
        }

        // The signatures above miss what a method body uses: the sources must not even name the namespaces.
        var folder = Path.Combine(RepositoryRoot(), "src", "Curriculum.Rendering", "Handouts");
        foreach (var file in Directory.GetFiles(folder, "*.cs"))
        {
            var source = File.ReadAllText(file);
            source.ShouldNotContain("Rendering.Layout", Case.Sensitive, file);
            source.ShouldNotContain("Rendering.Pdf", Case.Sensitive, file);
            source.ShouldNotContain("PdfRenderer", Case.Sensitive, file);
        }
    }

    [Fact]
    public void Humanizer_words_lists_and_quantities_as_a_person_would()
    {
        var set = Kit.Set("ivan-2");
        HandoutRenderer.FileName(DocumentKinds.Packet, set with { Units = [.. Enumerable.Repeat(set.Units[0], 1)] }, HandoutOptions.Letter, OutputFormat.Pdf).ShouldBe("workshop-packet-ivan-2.pdf");
        var single = Kit.Renderer.Compose(set, DocumentKinds.Packet, HandoutOptions.Letter);
        ModelWalk.Text(single).ShouldContain("It works with 1 section of the article; each group takes one:");
        ModelWalk.Blocks(single).OfType<ListBlock>().ShouldContain(l => l.Items.Count == 1 && l.Items[0].PlainText == set.Materials[0].DisplayTitle);
    }

    private static IEnumerable<Type> Flatten(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type)
        : type.HasElementType ? Flatten(type.GetElementType()!).Prepend(type)
        : [type];

    private static bool IsRendererType(Type type) =>
        type.Namespace is "Curriculum.Rendering.Layout" or "Curriculum.Rendering.Pdf";

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Curriculum.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository: Curriculum.sln was not found above " + AppContext.BaseDirectory);
    }
}
