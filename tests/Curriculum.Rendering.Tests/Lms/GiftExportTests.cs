using System.Text.Json;
using Curriculum.Core.Discussion;
using Curriculum.Rendering.Lms;
using Curriculum.Rendering.Tests.Handouts;

namespace Curriculum.Rendering.Tests.Lms;

public sealed class GiftExportTests
{
    private static readonly string Parser = Path.Combine(NodeTools.RepositoryRoot, "tests", "Curriculum.Rendering.Tests", "Lms", "gift-parse.cjs");

    [NpmFact("gift-pegjs")]
    public void Gift_pegjs_reads_one_essay_question_per_prompt_with_the_prompt_and_excerpt_verbatim()
    {
        var set = Kit.Generator.Generate(new DiscussionRequest(["leonid-1", "ivan-2", "maxim-4"], [], "9-10", 12, 3));
        var questions = Parse(GiftExport.Write(set));

        questions.Count.ShouldBe(set.Prompts.Count);
        var excerpts = set.Excerpts.ToDictionary(e => e.Id);
        for (var i = 0; i < set.Prompts.Count; i++)
        {
            var prompt = set.Prompts[i];
            var question = questions[i];
            question.GetProperty("type").GetString().ShouldBe("Essay");
            var stem = Decode(question.GetProperty("stem").GetProperty("text").GetString()!);
            stem.ShouldContain(prompt.Text);
            stem.ShouldContain(excerpts[prompt.Excerpt].Text);
            var unitTitle = set.Units.Single(u => u.Id == excerpts[prompt.Excerpt].Unit).Title;
            question.GetProperty("title").GetString()!.ShouldStartWith(unitTitle);
            if (prompt.LookFors.Count > 0)
            {
                var feedback = Decode(question.GetProperty("globalFeedback").GetProperty("text").GetString()!);
                foreach (var lookFor in prompt.LookFors)
                {
                    feedback.ShouldContain(lookFor);
                }
            }
        }
    }

    [NpmFact("gift-pegjs")]
    public void Every_special_character_is_escaped_so_the_text_survives_a_strict_parser()
    {
        const string hostile = "Ratio 1:2 {braces} ~tilde =equals #hash \\backslash";
        var set = new DiscussionSet(1, "9-10", [new UnitRef("leonid-1", "Leonid: a: title")],
            [new Excerpt("e1", "leonid-1", "leonid-1.3", "Leonid", "“Kill if you don’t want to be killed.” {#=~}", 12, "why")],
            [new Prompt("p1", hostile, "propaganda", "history:close-reading", "analyze", "clarification", "e1", null, [hostile], [], "why")],
            [], [], 10, []);

        var question = Parse(GiftExport.Write(set)).ShouldHaveSingleItem();

        question.GetProperty("title").GetString().ShouldBe("Leonid: a: title — question 1");
        Decode(question.GetProperty("stem").GetProperty("text").GetString()!).ShouldContain(hostile);
        Decode(question.GetProperty("stem").GetProperty("text").GetString()!).ShouldContain("“Kill if you don’t want to be killed.” {#=~}");
    }

    private static List<JsonElement> Parse(string gift)
    {
        var file = Path.Combine(Path.GetTempPath(), $"curriculum-{Guid.NewGuid():N}.gift");
        File.WriteAllText(file, gift);
        try
        {
            return [.. JsonDocument.Parse(NodeTools.Run(Parser, file)).RootElement.EnumerateArray()];
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Decode(string html) => System.Net.WebUtility.HtmlDecode(html);
}
