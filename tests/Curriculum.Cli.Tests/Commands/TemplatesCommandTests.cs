namespace Curriculum.Cli.Tests.Commands;

public sealed class TemplatesCommandTests
{
    [Fact]
    public async Task Validate_prints_every_error_with_its_position_and_exits_1()
    {
        var dir = Directory.CreateTempSubdirectory("cli-validate-");
        File.WriteAllText(Path.Combine(dir.FullName, "a.yaml"), "prompts:\n  - id: x\n    colour: red\n");
        var run = await CliRun.Of("templates", "validate", dir.FullName);
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain($"{Path.Combine(dir.FullName, "a.yaml")}:3:5: unknown field 'colour'");
        run.Out.ShouldContain("is missing the field 'theme'");
    }

    [Fact]
    public async Task Validate_with_no_folder_checks_the_shipped_bank()
    {
        var run = await CliRun.Of("templates", "validate");
        run.ExitCode.ShouldBe(0, run.Out);
        run.Out.ShouldContain("no errors.");
    }

    [Fact]
    public async Task New_writes_a_starter_that_validates_clean()
    {
        var dir = Directory.CreateTempSubdirectory("cli-new-");
        var file = Path.Combine(dir.FullName, "mine.yaml");
        (await CliRun.Of("templates", "new", file)).ExitCode.ShouldBe(0);
        var run = await CliRun.Of("templates", "validate", dir.FullName);
        run.ExitCode.ShouldBe(0, run.Out);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_a_file()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("cli-new-").FullName, "mine.yaml");
        File.WriteAllText(file, "mine");
        var run = await CliRun.Of("templates", "new", file);
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("already exists; not overwritten", Case.Sensitive);
        File.ReadAllText(file).ShouldBe("mine");
    }

    [Fact]
    public async Task New_creates_the_folder_it_is_asked_to_write_into()
    {
        var dir = Path.Combine(Directory.CreateTempSubdirectory("cli-new-").FullName, "my-prompts");
        var run = await CliRun.Of("templates", "new", Path.Combine(dir, "first.yaml"));
        run.ExitCode.ShouldBe(0, run.Error);
        (await CliRun.Of("templates", "validate", dir)).ExitCode.ShouldBe(0);
    }
}
