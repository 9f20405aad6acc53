namespace Curriculum.Cli.Tests.Commands;

public sealed class HandoutCommandTests : IDisposable
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
    public async Task Handout_writes_one_student_pdf_per_unit_and_prints_its_path()
    {
        var run = await CliRun.Of("handout", "leonid-1", "ivan-2", "--out", _folder);
        run.ExitCode.ShouldBe(0, run.Error);
        var expected = new[] { "student-handout-leonid-1.pdf", "student-handout-ivan-2.pdf" }.Select(f => Path.Combine(_folder, f)).ToList();
        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(expected);
        expected.Select(f => System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(f), 0, 5)).ShouldAllBe(head => head == "%PDF-");
    }

    [Fact]
    public async Task A_packet_is_one_pdf_for_all_the_units()
    {
        var run = await CliRun.Of("handout", "maxim-1", "maxim-2", "--kind", "packet", "--paper", "a4", "--out", _folder);
        run.ExitCode.ShouldBe(0, run.Error);
        Directory.GetFiles(_folder).Select(Path.GetFileName).ShouldBe(["workshop-packet-maxim-1-maxim-2-a4.pdf"]);
    }

    [Theory]
    [InlineData("--kind", "poster")]
    [InlineData("--paper", "legal")]
    [InlineData("--audience", "toddlers")]
    [InlineData("--theme", "propoganda")]
    public async Task A_bad_option_exits_2_and_leaves_existing_files_untouched(string option, string value)
    {
        Directory.CreateDirectory(_folder);
        var existing = Path.Combine(_folder, "student-handout-leonid-1.pdf");
        await File.WriteAllTextAsync(existing, "a teacher's earlier file");

        var run = await CliRun.Of("handout", "leonid-1", option, value, "--out", _folder);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldNotBeEmpty();
        run.Error.ShouldNotContain("   at ");
        (await File.ReadAllTextAsync(existing)).ShouldBe("a teacher's earlier file");
        Directory.GetFiles(_folder).ShouldBe([existing]);
    }

    [Fact]
    public async Task An_unknown_unit_exits_2_and_writes_nothing()
    {
        var run = await CliRun.Of("handout", "leonid-7", "--out", _folder);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("leonid-1", Case.Sensitive);
        Directory.Exists(_folder).ShouldBeFalse();
    }

    [Fact]
    public async Task Course_writes_the_whole_kit_and_a_summary()
    {
        var run = await CliRun.Of("course", "--out", _folder);
        run.ExitCode.ShouldBe(0, run.Error);
        var files = Directory.GetFiles(_folder).Select(Path.GetFileName).ToList();
        files.Count.ShouldBe(32);
        files.ShouldContain("course-reader.pdf");
        files.ShouldContain("student-handout-maxim-4.pdf");
        files.ShouldContain("teacher-guide-introduction.pdf");
        files.ShouldContain(f => f!.StartsWith("workshop-packet-", StringComparison.Ordinal));
        files.ShouldAllBe(f => !f!.EndsWith(".tmp", StringComparison.Ordinal));
        run.Out.ShouldContain("Wrote 32 files (PDF; ", Case.Sensitive);
    }
}
