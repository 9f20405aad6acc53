namespace Curriculum.Core.Tests;

public sealed class CourseTests
{
    [Fact]
    public void The_embedded_seed_is_the_seed_file_byte_for_byte()
    {
        Course.Embedded.Article.Text.ShouldBe(File.ReadAllText(SeedFiles.Path(Course.SeedFile)));
    }

    [Fact]
    public void Every_unit_has_annotations_with_an_advisory()
    {
        var course = Course.Embedded;
        foreach (var unit in course.Article.Units)
        {
            course.AnnotationFor(unit).Advisory.Level.ShouldBeOneOf("low", "moderate", "high");
        }
    }

    [Fact]
    public void The_course_loads_the_same_from_the_seeds_folder_as_from_the_assembly()
    {
        Course.FromDirectory(SeedFiles.Directory).Article.UnitIds.ShouldBe(Course.Embedded.Article.UnitIds);
    }
}
