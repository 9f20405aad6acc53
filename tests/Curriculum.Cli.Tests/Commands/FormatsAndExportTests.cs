using System.IO.Compression;

namespace Curriculum.Cli.Tests.Commands;

public sealed class FormatsAndExportTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"curriculum-cli-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Handout_writes_each_format_asked_for()
    {
        var run = await CliRun.Of("handout", "ivan-2", "--format", "docx", "--format", "html", "--out", _folder);

        run.ExitCode.ShouldBe(0, run.Error);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Order().ShouldBe(["student-handout-ivan-2.docx", "student-handout-ivan-2.html"]);
        using var zip = ZipFile.OpenRead(Path.Combine(_folder, "student-handout-ivan-2.docx"));
        zip.GetEntry("word/document.xml").ShouldNotBeNull();
    }

    [Fact]
    public async Task Values_of_closed_vocabularies_and_unit_ids_are_accepted_in_any_case()
    {
        var run = await CliRun.Of("handout", "Ivan-2", "--paper", "A4", "--format", "HTML", "--kind", "Teacher", "--theme", "Propaganda", "--out", _folder);

        run.ExitCode.ShouldBe(0, run.Error);
        Directory.GetFiles(_folder).Select(Path.GetFileName).ShouldBe(["teacher-guide-ivan-2-a4.html"]);
    }

    [Fact]
    public async Task A_word_that_looks_like_an_option_is_reported_as_an_unknown_option_not_a_unit()
    {
        var run = await CliRun.Of("handout", "ivan-2", "--fromat", "docx", "--out", _folder);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("Unknown option '--fromat' for 'handout'. Its options are: ");
        run.Error.ShouldContain("--format");
        run.Error.ShouldNotContain("Unknown unit");
        Directory.Exists(_folder).ShouldBeFalse();
    }

    [Fact]
    public async Task The_reader_needs_no_units_and_two_editions_at_once_are_a_usage_error()
    {
        var reader = await CliRun.Of("handout", "--kind", "reader", "--format", "html", "--out", _folder);
        reader.ExitCode.ShouldBe(0, reader.Error);
        File.ReadAllText(Path.Combine(_folder, "course-reader.html")).ShouldContain("The end?");

        var both = await CliRun.Of("handout", "leonid-1", "--easy-read", "--large-print", "--out", _folder);
        both.ExitCode.ShouldBe(2);
        both.Error.ShouldContain("choose one");
    }

    [Fact]
    public async Task Export_writes_a_common_cartridge_and_a_gift_file()
    {
        var cc = await CliRun.Of("export", "leonid-1", "maxim-2", "--lms", "cc", "--out", _folder);
        var gift = await CliRun.Of("export", "leonid-1", "--lms", "GIFT", "--count", "3", "--out", _folder);

        cc.ExitCode.ShouldBe(0, cc.Error);
        gift.ExitCode.ShouldBe(0, gift.Error);
        using var zip = ZipFile.OpenRead(Path.Combine(_folder, "curriculum-leonid-1-maxim-2.imscc"));
        zip.Entries[0].FullName.ShouldBe("imsmanifest.xml");
        zip.Entries.Select(e => e.FullName).ShouldContain("maxim-2/student-handout-maxim-2.docx");
        File.ReadAllLines(Path.Combine(_folder, "curriculum-leonid-1.gift.txt")).Count(l => l.StartsWith("::", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public async Task Export_without_a_package_or_with_an_unknown_one_is_a_usage_error()
    {
        (await CliRun.Of("export", "leonid-1")).ExitCode.ShouldBe(2);
        var scorm = await CliRun.Of("export", "leonid-1", "--lms", "scorm", "--out", _folder);
        scorm.ExitCode.ShouldBe(2);
        scorm.Error.ShouldContain("unknown package 'scorm'; packages are: cc, gift.");
    }
}
