using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>The workshop packet as a session plan for adults (issue 11, point 6).</summary>
public sealed class WorkshopPacketTests
{
    private static readonly Lazy<(Core.Discussion.DiscussionSet Set, HandoutDocument Document)> Every = new(() =>
    {
        var numbered = Kit.Course.Article.Units.Where(u => u.Number is not null).Select(u => u.Id).ToList();
        var set = Kit.Generator.Generate(new(numbered, [], "9-10", 6, 1));
        return (set, Kit.Renderer.Compose(set, DocumentKinds.Packet, HandoutOptions.Letter));
    });

    [Fact]
    public void At_least_half_the_session_is_discussion_and_practice()
    {
        foreach (var set in new[] { Every.Value.Set, Kit.Set("ivan-2"), Kit.Generator.Generate(new(["maxim-1", "leonid-3"], [], "6-8", 6, 1)) })
        {
            var steps = WorkshopPacket.Agenda(HandoutRenderer.Lessons(set).Units.Where(u => u.Prompts.Count > 0).ToList());
            (steps.Where(s => s.DiscussionOrPractice).Sum(s => s.Minutes) * 2).ShouldBeGreaterThanOrEqualTo(steps.Sum(s => s.Minutes));
        }
    }

    [Fact]
    public void It_has_aims_and_adult_norms_and_prints_no_prompt_ids_or_commands()
    {
        var (set, document) = Every.Value;
        var text = ModelWalk.Text(document);
        document.Sections[0].Blocks.OfType<Heading>().Select(h => h.Text).ShouldContain("Aims for participants");
        document.Sections[0].Blocks.OfType<Heading>().Select(h => h.Text).ShouldContain("Norms for our session");
        text.ShouldNotContain("templates new");
        text.ShouldNotContain("templates validate");
        text.ShouldNotContain("--");
        foreach (var prompt in set.Prompts)
        {
            text.ShouldNotContain(prompt.Id, Case.Sensitive);
        }
    }

    [Fact]
    public void No_unit_section_is_without_prompts()
    {
        var document = Every.Value.Document;
        foreach (var section in document.Sections.Skip(1))
        {
            section.Blocks.OfType<ListBlock>().ShouldContain(l => l.Numbered && l.Items.Count > 0, section.Id);
        }
    }
}
