using System.Diagnostics;

namespace Curriculum.Rendering.Tests.Lms;

/// <summary>
/// Readers from npm, installed by <c>npm ci</c> at the repository root from the committed lock file. A test that needs
/// one is skipped where it is missing, except under CI=true, where it must run.
/// </summary>
internal static class NodeTools
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static bool Has(string package) =>
        File.Exists("/usr/bin/node") && Directory.Exists(Path.Combine(RepositoryRoot, "node_modules", package));

    /// <summary>Runs a script with node and returns what it printed; a non-zero exit fails with its error output.</summary>
    public static string Run(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {Path.GetFileName(script)} exited {process.ExitCode}: {error}\n{output.Result}");
        }

        return output.Result;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Curriculum.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("the tests run outside the repository: no Curriculum.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs an npm package: skipped with the reason where it is missing, unless CI=true demands it.</summary>
public sealed class NpmFactAttribute : FactAttribute
{
    public NpmFactAttribute(string package)
    {
        if (!NodeTools.Has(package) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"npm package {package} is not installed (run `npm ci` at the repository root; CI does).";
        }
    }
}
