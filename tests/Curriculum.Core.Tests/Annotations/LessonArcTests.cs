using Curriculum.Core.Annotations;
using Curriculum.Core.Content;

namespace Curriculum.Core.Tests.Annotations;

/// <summary>The reviewed lesson arc of a unit: optional, and every quoted word the article's own.</summary>
public sealed class LessonArcTests
{
    private static readonly Article Article = Course.Embedded.Article;
    private static readonly string Shipped = File.ReadAllText(SeedFiles.Path(Course.AnnotationsFile));

    [Fact]
    public void The_shipped_arcs_load_with_their_claim_tasks_and_the_grief_note()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        units["leonid-1"].Arc.Claim.ShouldNotBeNull().ModelAnswer.ShouldContain("“They were lying there, just 18 or 19 years old. Am I different from them? No, I’m not.”", Case.Sensitive);
        units["ivan-3"].Arc.Grief.ShouldNotBeNullOrWhiteSpace();
        // Every unit has its own reviewed arc (its exit ticket with what a strong ticket shows), so no unit falls back to the documents' general wording.
        units.Values.ShouldAllBe(u => u.Arc.Journal != null && u.Arc.Purpose != null && u.Arc.ExitTicket != null && u.Arc.ExitLookFor != null && u.Arc.Claim != null);
    }

    [Fact]
    public void Every_quotation_in_an_arc_is_a_verbatim_span_of_its_unit()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        foreach (var (id, notes) in units)
        {
            var unit = Article.FindUnit(id)!;
            var arc = notes.Arc;
            foreach (var text in new[] { arc.Journal, arc.Purpose, arc.ExitTicket, arc.ExitLookFor, arc.Claim?.Question, arc.Claim?.ModelAnswer, arc.Grief, arc.OptOut }.Concat(notes.Anticipate.SelectMany(a => new[] { a.Student, a.Response })).OfType<string>())
            {
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "“([^”]+)”"))
                {
                    unit.ArticleBlocks.ShouldContain(b => b.Text.Contains(m.Groups[1].Value, StringComparison.Ordinal), $"{id}: {m.Value}");
                }
            }
        }
    }

    [Fact]
    public void Every_quotation_a_model_answer_cites_by_line_is_on_that_line()
    {
        // "“…” (line 255" must be that line's words, punctuation included: a student copies the model character by character.
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        foreach (var (id, notes) in units)
        {
            var answer = notes.Arc.Claim!.ModelAnswer;
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(answer, "“([^”]+)”(?=[^“]*?\\((?:both )?lines? (\\d+))"))
            {
                var line = int.Parse(m.Groups[2].Value);
                Article.FindUnit(id)!.ArticleBlocks.ShouldContain(b => b.Line == line && b.Text.Contains(m.Groups[1].Value, StringComparison.Ordinal), $"{id}: {m.Value} is not on line {line}");
            }
        }
    }

    [Fact]
    public void A_model_answer_names_what_its_source_cannot_show()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        units.ShouldAllBe(u => u.Value.Arc.Claim!.ModelAnswer.Contains("cannot show", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_quotation_in_a_summary_is_a_verbatim_span_of_its_unit()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        foreach (var (id, notes) in units)
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(notes.Summary, "“([^”]+)”"))
            {
                Article.FindUnit(id)!.ArticleBlocks.ShouldContain(b => b.Text.Contains(m.Groups[1].Value, StringComparison.Ordinal), $"{id}: {m.Value}");
            }
        }
    }

    [Fact]
    public void An_opt_out_task_says_whom_its_closing_question_is_for()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        units.ShouldAllBe(u => !u.Value.Arc.OptOut!.EndsWith("you would ask.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_anticipated_student_line_is_something_a_student_says_not_a_description()
    {
        var units = AnnotationsLoader.Parse("annotations.yaml", Shipped, Article).Units;
        foreach (var (id, notes) in units)
        {
            foreach (var a in notes.Anticipate)
            {
                a.Student.ShouldNotStartWith("A student", Case.Sensitive, $"{id}: {a.Student}");
                a.Student.ShouldNotStartWith("Laughter", Case.Sensitive, $"{id}: {a.Student}");
            }
        }
    }

    [Fact]
    public void No_arc_quotes_a_line_left_out_for_grades_6_to_8()
    {
        var course = Course.Embedded;
        foreach (var (id, notes) in course.Annotations.Units)
        {
            var graphic = Article.FindUnit(id)!.ArticleBlocks.Where(b => course.Annotations.For(b).Has("graphic")).ToList();
            var arc = notes.Arc;
            foreach (var text in new[] { arc.Journal, arc.Purpose, arc.ExitTicket, arc.ExitLookFor, arc.Claim?.Question, arc.Claim?.ModelAnswer, arc.OptOut }.Concat(notes.Anticipate.SelectMany(a => new[] { a.Student, a.Response })).OfType<string>())
            {
                foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "“([^”]+)”"))
                {
                    graphic.ShouldNotContain(b => b.Text.Contains(m.Groups[1].Value, StringComparison.Ordinal), $"{id}: {m.Value}");
                }
            }
        }
    }

    [Fact]
    public void A_model_answer_that_misquotes_the_article_is_refused_where_it_stands()
    {
        var text = Shipped.Replace("Am I different from them? No, I’m not.” (line 78", "Am I different from them? No.” (line 78", StringComparison.Ordinal);
        var e = Should.Throw<ContentException>(() => AnnotationsLoader.Parse("a.yaml", text, Article));
        e.Problem.ShouldBe("'model_answer' in unit 'leonid-1' quotes “They were lying there, just 18 or 19 years old. Am I different from them? No.”, which is not the article's words in this unit: quote the text exactly or drop the quotation marks");
        e.Position.Line.ShouldBe(text[..text.IndexOf("model_answer: \"Claim: he sees them", StringComparison.Ordinal)].Count(c => c == '\n') + 1);
    }

    [Fact]
    public void A_claim_task_needs_its_model_answer()
    {
        var text = Shipped.Replace("    claim:\n      question: \"Does Leonid see", "    claim:\n      questio: \"Does Leonid see", StringComparison.Ordinal);
        Should.Throw<ContentException>(() => AnnotationsLoader.Parse("a.yaml", text, Article)).Problem.ShouldContain("questio");
    }
}
