using System.Diagnostics;

namespace Curriculum.Cli.Tests.Packaging;

/// <summary>Only a native build hands commands to its managed part; the JIT build (dotnet run) runs them itself.</summary>
public sealed class ManagedHostTests
{
    [Theory]
    [InlineData("units", "--json")]
    [InlineData("serve", "--urls", "not-a-url")]
    public async Task The_jit_build_runs_the_commands_a_native_build_hands_over_itself(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "curriculum.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        error.ShouldNotContain("managed part");
        if (arguments[0] == "units")
        {
            process.ExitCode.ShouldBe(0, error);
            (await output).ShouldContain("\"id\": \"leonid-1\"");
        }
        else
        {
            // The JIT build parsed the bad address itself: a usage error, not a hand-over.
            process.ExitCode.ShouldBe(2, error);
            error.ShouldContain("--urls");
        }
    }
}
