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
    public void A_vocabulary_term_that_is_not_in_its_unit_is_an_error()
    {
        var text = Shipped.Replace("term: decimated", "term: defenestrated", StringComparison.Ordinal);
        Fails(text).Problem.ShouldBe("the term 'defenestrated' does not occur in the text of unit 'leonid-1'");
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
        var text = Shipped.Replace("served_by: [claim]", "served_by: [bandura:blaming, claim]", StringComparison.Ordinal);
        var e = Fails(text);
        e.Problem.ShouldStartWith("'bandura:blaming' in an objective of unit 'introduction' is not a framework");
        e.Position.Line.ShouldBe(Shipped[..Shipped.IndexOf("served_by: [claim]", StringComparison.Ordinal)].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void An_objective_must_say_what_serves_it()
    {
        var text = Shipped.Replace("served_by: [claim]", "served_by: []", StringComparison.Ordinal);
        Fails(text).Problem.ShouldStartWith("an objective of unit 'introduction' names nothing that serves it");
    }

    [Fact]
    public void Bad_yaml_names_its_line()
    {
        Fails("units:\n  introduction: [unclosed\n").Message.ShouldStartWith("a.yaml:");
    }
}
