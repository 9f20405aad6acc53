namespace Curriculum.Cli.Tests.Commands;

public sealed class AuditCommandTests
{
    [Fact]
    public async Task The_audit_of_the_shipped_bank_checks_every_unit_pair_theme_audience_and_seed_and_passes()
    {
        var run = await CliRun.Of("audit");
        run.Error.ShouldBeEmpty();
        run.Out.ShouldStartWith("Checked 36,250 sets (every unit and every pair of neighboring units × 5 themes × 5 audiences × seeds 1–50, 6 prompts asked each): ");
        run.Out.ShouldContain("coverage of 110 unit × theme × audience cells");
        run.Out.ShouldContain("No failures.");
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_prompt_is_printed_with_its_id_unit_audience_and_seed_and_exits_1()
    {
        var dir = Directory.CreateTempSubdirectory("audit-");
        await File.WriteAllTextAsync(Path.Combine(dir.FullName, "mine.yaml"), """
            prompts:
              - id: claims-a-call
                theme: propaganda
                framework: history:close-reading
                level: understand
                question: clarification
                audiences: [9-10]
                units: [ivan-3]
                needs: { voice: reported }
                text: "{{ speaker }}, in a call with her son, asked: {{ quote }} Why?"
            """);
        var run = await CliRun.Of("audit", "--seeds", "1", "--templates", dir.FullName);
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldContain("failure(s):");
        run.Out.ShouldContain("- claims-a-call · ivan-3 · propaganda · audience 9-10 · seed 1: “in a call with her son");
    }

    [Fact]
    public async Task A_seed_range_below_one_is_a_usage_error()
    {
        var run = await CliRun.Of("audit", "--seeds", "0");
        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("--seeds must be at least 1, not 0.");
    }
}
