using System.Text;
using Curriculum.Core.Content;

namespace Curriculum.Core.Tests.Content;

/// <summary>Malformed input gets an error that says what is wrong and names the line.</summary>
public sealed class ArticleParserErrorTests
{
    private static readonly SeedStructure Structure = SeedStructure.Parse("structure.yaml", """
        profiles:
          - id: leonid
            name: Leonid
            speakers:
              - { label: Mother, name: "Leonid’s mother", role: mother }
        """);

    private static string Article(params string[] sectionLines) => string.Join("\n",
    [
        "A headline", "", "An introduction paragraph.", "", "",
        "Leonid became a soldier.", "", "",
        .. sectionLines,
    ]);

    private static ContentException Fails(string text) =>
        Should.Throw<ContentException>(() => ArticleParser.Parse("a.txt", Encoding.UTF8.GetBytes(text), Structure));

    [Fact]
    public void A_well_formed_small_article_parses()
    {
        var article = ArticleParser.Parse("a.txt", Article("ONE: First.", "", "Mother: “Hello.”", "", "", "TWO: Second.", "", "Leonid: “Hi.”"), Structure);
        article.UnitIds.ShouldBe(["introduction", "leonid-intro", "leonid-1", "leonid-2"]);
    }

    [Fact]
    public void A_duplicated_section_number_names_both_lines()
    {
        var e = Fails(Article("ONE: First.", "", "Text.", "", "", "ONE: Again.", "", "Text.", "", "", "TWO: Second.", "", "", "TWO: Second again."));
        e.Position.Line.ShouldBe(22);
        e.Message.ShouldBe("a.txt:22:1: section TWO appears twice in a row (first at line 19)");
    }

    [Fact]
    public void A_missing_section_number_is_named()
    {
        var e = Fails(Article("ONE: First.", "", "Text.", "", "", "THREE: Third.", "", "Text."));
        e.Message.ShouldBe("a.txt:14:1: section THREE follows section ONE (line 9): section TWO is missing");
    }

    [Fact]
    public void A_call_line_with_no_speaker_names_its_line()
    {
        var e = Fails(Article("ONE: First.", "", ": “Who said this?”"));
        e.Message.ShouldBe("a.txt:11:1: this call line has no speaker: expected a name before the colon, e.g. Mother: “…”");
    }

    [Fact]
    public void A_quoted_paragraph_with_no_known_speaker_is_an_error_not_a_guess()
    {
        var e = Fails(Article("ONE: First.", "", "“Who said this?” someone asked."));
        e.Position.Line.ShouldBe(11);
        e.Problem.ShouldContain("no speaker label");
    }

    [Fact]
    public void An_unknown_speaker_is_named_with_the_ones_known_in_that_profile()
    {
        var e = Fails(Article("ONE: First.", "", "Father: “Call home.”"));
        e.Message.ShouldBe("a.txt:11:1: unknown speaker “Father” in Leonid’s profile; known here: Leonid, Mother (declare others in the structure file)");
    }

    [Fact]
    public void An_empty_file_is_named_as_empty()
    {
        Fails("").Message.ShouldBe("a.txt:1:1: the file is empty: expected the article's text");
    }

    [Fact]
    public void A_file_of_blank_lines_has_no_text()
    {
        Fails("\n\n  \n").Problem.ShouldStartWith("the file has no text");
    }

    [Fact]
    public void A_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("A headline\n\nGood line.\n").Concat(new byte[] { 0x43, 0xE9, 0x74, 0xE9 }).ToArray();
        var e = Should.Throw<ContentException>(() => ArticleParser.Parse("a.txt", bytes, Structure));
        e.Position.Line.ShouldBe(4);
        e.Problem.ShouldStartWith("the file is not UTF-8 text");
    }

    [Fact]
    public void Lines_run_together_that_are_not_a_photo_are_an_error()
    {
        var e = Fails(Article("ONE: First.", "", "One line.", "Another line straight after."));
        e.Message.ShouldStartWith("a.txt:11:1: lines 11–12 run together");
    }

    [Fact]
    public void A_structure_declaration_that_matches_nothing_is_reported_where_it_stands()
    {
        var structure = SeedStructure.Parse("s.yaml", """
            profiles:
              - { id: leonid, name: Leonid }
            paragraphs:
              - { kind: teaser, starts: "No paragraph starts like this" }
            """);
        var e = Should.Throw<ContentException>(() => ArticleParser.Parse("a.txt", Article("ONE: First.", "", "Text."), structure));
        e.Message.ShouldBe("s.yaml:4:5: no paragraph of the article starts with “No paragraph starts like this”");
    }

    [Fact]
    public void An_unknown_field_in_the_structure_file_is_named_with_its_position()
    {
        var e = Should.Throw<ContentException>(() => SeedStructure.Parse("s.yaml", "profiles:\n  - { id: leonid, name: Leonid, age: 19 }\n"));
        e.Message.ShouldBe("s.yaml:2:33: unknown field 'age' in a profile; expected one of: id, name, speakers");
    }
}
