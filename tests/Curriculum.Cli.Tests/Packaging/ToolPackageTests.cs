using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Curriculum.Cli.Tests.Packaging;

/// <summary>A teacher's install: the CLI packs as a .NET tool that runs from any folder, and the package says its licence.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task The_cli_packs_as_a_dotnet_tool_that_installs_and_runs_from_any_folder()
    {
        var work = Directory.CreateTempSubdirectory("curriculum-tool-");
        try
        {
            var packages = Path.Combine(work.FullName, "packages");
            var tools = Path.Combine(work.FullName, "tools");
            var elsewhere = Directory.CreateDirectory(Path.Combine(work.FullName, "a teacher's folder")).FullName;
            var project = Path.Combine(Root(), "src", "Curriculum.Cli", "Curriculum.Cli.csproj");

            (await Run(work.FullName, "dotnet", "pack", project, "-c", "Release", "-o", packages, "-v", "q", "-nologo")).ExitCode.ShouldBe(0);
            // The package a teacher names, and beside it the compiled one for this platform and the portable one.
            var names = Directory.GetFiles(packages, "curriculum.*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            names.ShouldBe(["curriculum.0.2.0.nupkg", "curriculum.any.0.2.0.nupkg", $"curriculum.{RuntimeInformation.RuntimeIdentifier}.0.2.0.nupkg"], ignoreOrder: true);
            foreach (var package in names)
            {
                using var zip = ZipFile.OpenRead(Path.Combine(packages, package!));
                var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
                nuspec.ShouldContain("<license type=\"expression\">MIT</license>");
                zip.Entries.Select(e => e.FullName).ShouldContain("NOTICE");
                nuspec.ShouldContain(package == "curriculum.0.2.0.nupkg" ? "<packageType name=\"DotnetTool\" />" : "<packageType name=\"DotnetToolRidPackage\" />");
            }

            (await Run(work.FullName, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "curriculum")).ExitCode.ShouldBe(0);
            var output = Path.Combine(elsewhere, "out");
            (await Run(elsewhere, Path.Combine(tools, "curriculum"), "handout", "leonid-1", "--kind", "student", "--out", output)).ExitCode.ShouldBe(0);
            Directory.GetFiles(output, "*.pdf").ShouldNotBeEmpty();

            // JSON too: a native build hands it to the managed build packed beside it.
            var units = await Run(elsewhere, Path.Combine(tools, "curriculum"), "units", "--json");
            units.ExitCode.ShouldBe(0);
            units.Output.ShouldContain("\"id\": \"leonid-1\"");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> Run(string directory, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await error}");
        }

        return (process.ExitCode, await output);
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Curriculum.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("no Curriculum.sln above " + AppContext.BaseDirectory);
    }
}
