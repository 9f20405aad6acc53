using Microsoft.Extensions.DependencyInjection;

namespace Curriculum.Cli.Tests;

/// <summary>Runs the CLI in-process, as a user would from a shell, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        await using var services = new ServiceCollection().AddCurriculumCli(output, error).BuildServiceProvider();
        var exit = await services.GetRequiredService<CliApp>().RunAsync(args);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
