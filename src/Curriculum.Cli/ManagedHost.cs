using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Curriculum.Cli;

/// <summary>
/// In the native (ahead-of-time compiled) build, the commands that need what such a build cannot do run on the managed
/// build packed beside it (<c>managed/curriculum.dll</c>): JSON written by reflection (<c>--json</c>) and the web host
/// (<c>serve</c>). Everything else, the documents above all, runs natively. In a managed build this does nothing.
/// </summary>
internal static class ManagedHost
{
    public static bool IsNeeded(string[] args) =>
        !RuntimeFeature.IsDynamicCodeSupported && (args.FirstOrDefault() == "serve" || args.Contains("--json"));

    public static int Run(string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "managed", "curriculum.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"This build of the kit has no managed part ({dll}); '{args[0]}' needs it. Reinstall the tool.");
            return CliApp.Failed;
        }

        var start = new ProcessStartInfo(Dotnet());
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process child;
        try
        {
            child = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"'{args[0]}' runs on .NET, and '{start.FileName}' could not be started ({e.Message}): put dotnet on the PATH or set DOTNET_ROOT.");
            return CliApp.Failed;
        }

        // Ctrl+C reaches both processes; a SIGTERM sent to this one alone is passed on. Either way the child decides when
        // it is done, and its exit code is the command's.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            _ = Kill(child.Id, 15);
        });
        using (child)
        {
            child.WaitForExit();
            return child.ExitCode;
        }
    }

    /// <summary>The dotnet that installed the tool: as a .NET tool's parent names it, else under DOTNET_ROOT, else on the PATH.</summary>
    private static string Dotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "dotnet"))
            ? Path.Combine(root, "dotnet")
            : "dotnet";
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
