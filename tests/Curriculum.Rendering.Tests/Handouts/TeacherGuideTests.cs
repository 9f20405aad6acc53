using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;

namespace Curriculum.Rendering.Tests.Handouts;

public sealed class TeacherGuideTests
{
    private static readonly Lazy<string> Ivan3 = new(() => string.Join(' ', Kit.PageTexts(Kit.Render("ivan-3", DocumentKinds.Teacher).Bytes)));

    [Theory]
    [InlineData("Objectives")]
    [InlineData("Standards")]
    [InlineData("50 minutes")]
    [InlineData("Content advisory: high")]
    [InlineData("Discussion norms")]
    [InlineData("Opt-out task (of equal worth)")]
    [InlineData("Students with ties to Ukraine or Russia")]
    [InlineData("A strong answer notices")]
    [InlineData("Agenda")]
    [InlineData("Claim, evidence, reasoning")]
    [InlineData("A model answer (level 4).")]
    [InlineData("Grief")]
    [InlineData("About these calls")]
    [InlineData("The other task")]
    [InlineData("How this task is marked")]
    public void The_teacher_guide_carries(string section)
    {
        Ivan3.Value.ShouldContain(section);
    }

    [Theory]
    [InlineData("leonid-1", "places this unit names (Belarus)")]
    [InlineData("maxim-4", "the places in the article from the news")]
    public void The_notes_on_ties_name_only_places_the_unit_names(string unit, string expected)
    {
        var text = ModelWalk.Text(Kit.Renderer.Compose(Kit.Set(unit, "9-10"), DocumentKinds.Teacher, HandoutOptions.Letter));
        text.ShouldContain(expected);
        text.ShouldNotContain("(Bucha, Kyiv)");
    }

    [Fact]
    public void A_short_unit_still_gives_the_exit_ticket_and_close_four_minutes()
    {
        var lesson = HandoutRenderer.Lessons(Kit.Set("maxim-4", "9-10")).Units.Single();
        lesson.Material.Annotation.Minutes.ShouldBeLessThan(30);
        LessonPlan.Agenda(lesson).Single(s => s.Name == "Exit ticket and close").Minutes.ShouldBe(4);
        LessonPlan.Agenda(lesson).Sum(s => s.Minutes).ShouldBe(lesson.Material.Annotation.Minutes);
    }

    [Fact]
    public void Each_prompt_names_its_framework_and_bloom_level()
    {
        var set = Kit.Set("ivan-3");
        foreach (var prompt in set.Prompts)
        {
            Ivan3.Value.ShouldContain($"Bloom: {Core.Teaching.Taxonomy.Find(Core.Teaching.Taxonomy.Levels, prompt.Level)!.Label}");
        }
    }

    [Fact]
    public void The_guide_says_what_was_left_out_for_younger_students()
    {
        var text = string.Join(' ', Kit.PageTexts(Kit.Render("leonid-3", DocumentKinds.Teacher, audience: "6-8").Bytes));
        text.ShouldContain("Left out of this edition");
    }
}
