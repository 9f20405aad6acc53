using CsCheck;
using Curriculum.Core.Discussion;

namespace Curriculum.Core.Tests.Discussion;

public sealed class DiscussionPropertyTests
{
    private static readonly string[] UnitIds = [.. TestCourse.Course.Article.UnitIds];
    private static readonly string[] ThemeIds = [.. Teaching.Taxonomy.Themes.Select(t => t.Id)];
    private static readonly string[] AudienceIds = [.. Teaching.Taxonomy.Audiences.Select(a => a.Id)];

    private static readonly Gen<DiscussionRequest> Requests =
        Gen.Select(
            Gen.Int[0, UnitIds.Length - 1].Select(i => UnitIds[i]).Array[1, 4],
            Gen.Int[0, ThemeIds.Length - 1].Select(i => ThemeIds[i]).Array[0, 2],
            Gen.Int[0, AudienceIds.Length - 1].Select(i => AudienceIds[i]),
            Gen.Int[1, 50],
            Gen.Int,
            Gen.Bool,
            Gen.Int[0, 6])
        .Select((units, themes, audience, count, seed, graphic, minLevels) =>
            new DiscussionRequest(units, themes, audience, count, seed, new DiscussionOptions(graphic, minLevels)));

    [Fact]
    public void Random_requests_obey_the_invariants()
    {
        var generator = new DiscussionGenerator(TestCourse.Course, TestCourse.PromptBank);
        var lines = TestCourse.Course.Article.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Requests.Sample(request =>
        {
            var set = generator.Generate(request);
            set.Prompts.Count.ShouldBeLessThanOrEqualTo(request.Count);
            set.Prompts.Select(p => p.Id).ShouldBeUnique();
            set.Prompts.Select(p => p.Text).ShouldBeUnique();
            foreach (var e in set.Excerpts)
            {
                lines[e.Line - 1].ShouldBe(e.Text);
                TestCourse.Course.Article.FindBlock(e.Block)!.IsFurniture.ShouldBeFalse();
            }

            set.Prompts.ShouldAllBe(p => set.Excerpts.Any(e => e.Id == p.Excerpt));
            if (request.Audience == "6-8" || request.Options!.LeaveOutGraphic)
            {
                set.Excerpts.ShouldAllBe(e => !TestCourse.Course.Annotations.For(TestCourse.Course.Article.FindBlock(e.Block)!).Has("graphic"));
            }
        }, iter: 200, threads: 1);
    }

    [Fact]
    public void Random_bad_requests_fail_only_with_a_request_error()
    {
        var generator = new DiscussionGenerator(TestCourse.Course, TestCourse.PromptBank);
        Gen.Select(Gen.String[0, 12], Gen.Int[-5, 60], Gen.Int[0, 2]).Sample((word, count, field) =>
        {
            var request = field switch
            {
                0 => new DiscussionRequest([word], [], "9-10", count, 1),
                1 => new DiscussionRequest(["leonid-1"], [word], "9-10", count, 1),
                _ => new DiscussionRequest(["leonid-1"], [], word, count, 1),
            };
            try
            {
                generator.Generate(request);
            }
            catch (DiscussionRequestException e)
            {
                e.Error.Valid.ShouldNotBeEmpty();
            }
        }, iter: 200, threads: 1);
    }
}
