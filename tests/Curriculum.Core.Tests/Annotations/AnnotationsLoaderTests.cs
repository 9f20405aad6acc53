using Curriculum.Core.Annotations;
using Curriculum.Core.Content;

namespace Curriculum.Core.Tests.Annotations;

/// <summary>A broken or inconsistent annotations file fails with file, line, column and what is wrong.</summary>
public sealed class AnnotationsLoaderTests
{
    private static readonly Article Article = Course.Embedded.Article;
    private static readonly string Shipped = File.ReadAllText(SeedFiles.Path(Course.AnnotationsFile));

    private static ContentException Fails(string text) =>
        Should.Throw<ContentException>(() => AnnotationsLoader.Parse("a.yaml", text, Article));

    private static string Unit(string id, string extra = "") => $"""
          {id}:
            summary: "A summary."
            themes: [propaganda]
            advisory: {"{"} level: low {"}"}
            minutes: 20
        {extra}
        """;

    [Fact]
    public void The_shipped_annotations_load()
    {
        AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units.Count.ShouldBe(15);
    }

    [Fact]
    public void An_unknown_unit_is_named_with_the_nearest_valid_ids()
    {
        Fails("units:\n  leonid-9:\n    summary: x\n").Message.ShouldStartWith("a.yaml:2:3: unknown unit 'leonid-9'; units are: leonid-1, leonid-2");
    }

    [Fact]
    public void A_unit_left_without_annotations_is_named()
    {
        Fails("units:\n" + Unit("introduction")).Message.ShouldBe("a.yaml:2:3: unit 'leonid-intro' has no annotations: every unit needs its themes, advisory, minutes and standards");
    }

    [Fact]
    public void An_unknown_theme_is_named_where_it_stands()
    {
        var text = Shipped.Replace("themes: [propaganda", "themes: [propoganda", StringComparison.Ordinal);
        var e = Fails(text);
        e.Problem.ShouldStartWith("unknown theme 'propoganda'");
        e.Position.Line.ShouldBe(Shipped[..Shipped.IndexOf("themes: [propaganda", StringComparison.Ordinal)].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void A_context_note_marked_hard_must_say_true_or_false()
    {
        // The first hard note in the file is the introduction's note on Bucha.
        var at = Shipped.IndexOf("hard: true", StringComparison.Ordinal);
        var text = Shipped[..at] + "hard: perhaps" + Shipped[(at + "hard: true".Length)..];
        var e = Fails(text);
        e.Problem.ShouldBe("'hard' in a context note of unit 'introduction' must be true or false");
        e.Position.Line.ShouldBe(Shipped[..at].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void A_vocabulary_term_that_is_not_in_its_unit_is_an_error()
    {
        var text = Shipped.Replace("term: decimated", "term: defenestrated", StringComparison.Ordinal);
        Fails(text).Problem.ShouldBe("the term 'defenestrated' does not occur in the text of unit 'leonid-1'");
    }

    [Fact]
    public void Every_paragraph_of_the_AP_s_own_narration_says_what_it_is_as_a_source()
    {
        // The sourcing organizer's key answers from these, so none may be left to a guess from the words.
        var annotations = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article);
        var narration = Article.Units.SelectMany(u => u.ArticleBlocks).Where(b => b.Kind == BlockKind.Narration && !b.ReportsSpeech).ToList();
        narration.ShouldNotBeEmpty();
        narration.Where(b => annotations.For(b).Source.Count == 0).Select(b => b.Id).ShouldBeEmpty();
        annotations.For(Article.FindBlock("leonid-3.2")!).Source.ShouldBe(["reading"]);
        annotations.For(Article.FindBlock("leonid-3.6")!).Source.ShouldBe(["retelling", "background"]);
    }

    [Fact]
    public void A_source_kind_is_only_for_the_AP_s_narration_and_must_be_known()
    {
        var onACall = Shipped.Replace("  leonid-1.2:  { themes: [family-loyalty], tags: [] }", "  leonid-1.2:  { themes: [family-loyalty], tags: [], source: [retelling] }", StringComparison.Ordinal);
        onACall.ShouldNotBe(Shipped);
        Fails(onACall).Problem.ShouldStartWith("block 'leonid-1.2' is not the AP's narration, so it takes no 'source'");
        var unknown = Shipped.Replace("source: [reading] }", "source: [opinion] }", StringComparison.Ordinal);
        unknown.ShouldNotBe(Shipped);
        Fails(unknown).Problem.ShouldStartWith("unknown source 'opinion'");
    }

    [Fact]
    public void Source_kinds_are_one_for_the_paragraph_or_one_per_sentence()
    {
        var text = Shipped.Replace("source: [retelling, background] }", "source: [retelling, background, reading] }", StringComparison.Ordinal);
        text.ShouldNotBe(Shipped);
        Fails(text).Problem.ShouldBe("block 'leonid-3.6' has 2 sentence(s) but 3 source kinds: give one kind for the whole paragraph, or one per sentence in order");
    }

    [Fact]
    public void Sentences_end_where_the_article_s_do_and_not_at_its_abbreviations()
    {
        Sentences.Of("Leonid’s introduction to war came on Feb. 24, 2022, as his unit crossed. After his first fight, he seems sad.")
            .ShouldBe(["Leonid’s introduction to war came on Feb. 24, 2022, as his unit crossed.", "After his first fight, he seems sad."]);
        Sentences.Of("They blame the U.S. and recite theories. “Forward,” he tells her. “I won’t be able to call.”")
            .ShouldBe(["They blame the U.S. and recite theories.", "“Forward,” he tells her.", "“I won’t be able to call.”"]);
    }

    [Fact]
    public void A_photo_caption_cannot_be_annotated_for_teaching()
    {
        var text = Shipped.Replace("\nblocks:\n", "\nblocks:\n  leonid-1.8: { themes: [propaganda] }\n", StringComparison.Ordinal);
        Fails(text).Problem.ShouldStartWith("block 'leonid-1.8' is a teaser (page furniture");
    }

    [Fact]
    public void An_objective_served_by_something_unknown_is_named_where_it_stands()
    {
        var text = Shipped.Replace("served_by: [history:sourcing, claim]", "served_by: [bandura:blaming, claim]", StringComparison.Ordinal);
        var e = Fails(text);
        e.Problem.ShouldStartWith("'bandura:blaming' in an objective of unit 'introduction' is not a framework");
        e.Position.Line.ShouldBe(Shipped[..Shipped.IndexOf("served_by: [history:sourcing, claim]", StringComparison.Ordinal)].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void An_idea_for_the_chart_must_be_a_framework_the_kit_defines_and_is_named_where_it_stands()
    {
        const string shipped = "tools: [bandura:euphemistic-labeling]";
        Shipped.ShouldContain(shipped);
        var e = Fails(Shipped.Replace(shipped, "tools: [bandura:sugar-coating]", StringComparison.Ordinal));
        e.Problem.ShouldStartWith("'bandura:sugar-coating' in 'tools' of unit 'ivan-3' is not a framework the kit defines");
        e.Position.Line.ShouldBe(Shipped[..Shipped.IndexOf(shipped, StringComparison.Ordinal)].Count(c => c == '\n') + 1);
        AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units["ivan-3"].Tools.ShouldBe(["bandura:euphemistic-labeling"]);
    }

    [Fact]
    public void An_objective_must_say_what_serves_it()
    {
        var text = Shipped.Replace("served_by: [history:sourcing, claim]", "served_by: []", StringComparison.Ordinal);
        Fails(text).Problem.ShouldStartWith("an objective of unit 'introduction' names nothing that serves it");
    }

    [Fact]
    public void The_shipped_units_anticipate_what_students_may_say()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        units.Values.ShouldAllBe(u => u.Anticipate.Count >= 1 && u.Anticipate.Count <= 3);
        units["leonid-3"].Anticipate.ShouldContain(a => a.Student.Contains("spotter", StringComparison.Ordinal) && a.Response.Contains("may not be killed", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_field_in_an_anticipated_response_is_named_where_it_stands()
    {
        const string Original = "      - student: \"The Dossier Center";
        var text = Shipped.Replace(Original, "      - studnet: \"The Dossier Center", StringComparison.Ordinal);
        var e = Fails(text);
        e.Problem.ShouldBe("unknown field 'studnet' in an anticipated response of unit 'introduction'; expected one of: student, response");
        e.Position.Line.ShouldBe(Shipped[..Shipped.IndexOf(Original, StringComparison.Ordinal)].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void An_anticipated_response_that_misquotes_the_article_is_refused_where_it_stands()
    {
        const string Quote = "“just 18 or 19 years old.”";
        var text = Shipped.Replace(Quote, "“only 18 or 19 years old.”", StringComparison.Ordinal);
        var e = Fails(text);
        e.Problem.ShouldBe("'response' in unit 'leonid-1' quotes “only 18 or 19 years old.”, which is not the article's words in this unit: quote the text exactly or drop the quotation marks");
        var at = Shipped.IndexOf(Quote, StringComparison.Ordinal);
        e.Position.Line.ShouldBe(Shipped[..at].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void A_unit_without_anticipated_responses_has_none()
    {
        var units = AnnotationsLoader.Parse("a.yaml", "units:\n" + string.Join("", Article.Units.Select(u => Unit(u.Id))), Article).Units;
        units["introduction"].Anticipate.ShouldBeEmpty();
    }

    [Fact]
    public void Bad_yaml_names_its_line()
    {
        Fails("units:\n  introduction: [unclosed\n").Message.ShouldStartWith("a.yaml:");
    }
}
