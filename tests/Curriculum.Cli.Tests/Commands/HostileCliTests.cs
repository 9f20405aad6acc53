using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Curriculum.Cli.Tests.Commands;

/// <summary>The CLI called as an attacker or a hurried user would: bad templates, busy ports, empty options, killed runs.</summary>
public sealed class HostileCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("curriculum-hostile-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Templates(string text)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "templates")).FullName;
        File.WriteAllText(Path.Combine(folder, "mine.yaml"), $"""
            prompts:
              - id: hostile
                theme: propaganda
                framework: ipa:card-stacking
                level: analyse
                question: viewpoints
                audiences: [9-10]
                text: '{text}'
            """);
        return folder;
    }

    [Theory]
    [InlineData("{{ 1 | divided_by: 0 }}")]
    [InlineData("{{ 1 | modulo: 0 }}")]
    public async Task Dividing_by_zero_is_a_template_error_with_file_line_and_column_exit_1(string text)
    {
        var folder = Templates(text);

        var run = await CliRun.Of("discuss", "leonid-1", "--templates", folder);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"{Path.Combine(folder, "mine.yaml")}:8:11: the template divides by zero ('divided_by: 0' or 'modulo: 0')");
        run.Error.ShouldNotContain("This is a bug");
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_in_one_line_and_exits_2()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var run = await CliRun.Of("serve", "--urls", $"http://127.0.0.1:{port}");

        run.ExitCode.ShouldBe(2);
        run.Error.TrimEnd('\n').ShouldBe($"serve: cannot listen on http://127.0.0.1:{port}: the address is already in use (is another server running there?); choose another port with --urls.");
        run.Out.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("http://127.0.0.1:99999", "--urls: 'http://127.0.0.1:99999' has the port '99999'; a port is a whole number from 0 to 65535, e.g. http://127.0.0.1:5080.")]
    [InlineData("http://127.0.0.1:-1", "--urls: 'http://127.0.0.1:-1' has the port '-1'; a port is a whole number from 0 to 65535, e.g. http://127.0.0.1:5080.")]
    [InlineData("ftp://127.0.0.1:21", "--urls: 'ftp://127.0.0.1:21' is not an address to listen on; write it like http://127.0.0.1:5080 (http:// or https://, a host, a port).")]
    public async Task Serve_with_an_address_that_cannot_be_says_so_in_one_line_and_exits_2(string urls, string line)
    {
        var run = await CliRun.Of("serve", "--urls", urls);

        run.ExitCode.ShouldBe(2);
        run.Error.TrimEnd('\n').ShouldBe(line);
    }

    [Theory]
    [InlineData("course")]
    [InlineData("handout", "leonid-1")]
    public async Task An_empty_out_folder_is_a_usage_error_exit_2(params string[] command)
    {
        var run = await CliRun.Of([.. command, "--out", ""]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("--out needs a folder name, e.g. --out output.");
        run.Error.ShouldNotContain("This is a bug");
    }

    [Fact]
    public async Task A_run_removes_the_temporary_files_of_killed_runs_and_keeps_a_live_writers()
    {
        // A writer that is gone: a process that has exited. Its id is free, or taken by a process started later.
        int gone;
        using (var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
        {
            await process.WaitForExitAsync();
            gone = process.Id;
        }

        var stale = Path.Combine(_folder, $".student-handout-leonid-1.pdf.{gone}.{Guid.NewGuid():N}.tmp");
        var live = Path.Combine(_folder, $".teacher-guide-leonid-1.pdf.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        var other = Path.Combine(_folder, ".notes.tmp");
        foreach (var file in new[] { stale, live, other })
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        var run = await CliRun.Of("handout", "leonid-1", "--out", _folder);

        run.ExitCode.ShouldBe(0, run.Error);
        File.Exists(stale).ShouldBeFalse("the killed run's temporary file is removed");
        File.Exists(live).ShouldBeTrue("a live writer's temporary file is left alone");
        File.Exists(other).ShouldBeTrue("a file that is not ours is left alone");
        File.Exists(Path.Combine(_folder, "student-handout-leonid-1.pdf")).ShouldBeTrue();
    }
}
