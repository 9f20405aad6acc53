using System.Diagnostics;
using Microsoft.Playwright;

namespace Curriculum.Api.Tests.Browser;

/// <summary>
/// Debian's chromium driven by Playwright, which is given the executable and never downloads a browser. A fresh
/// profile per run; on disposal every process still using that profile is ended by its id.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Under CI the browser test must run; elsewhere a machine without chromium skips it.</summary>
    public static bool MustRun => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Installed => File.Exists(Executable);

    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, string profile, string downloads)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
        Downloads = downloads;
    }

    public IBrowserContext Context { get; }

    public string Downloads { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        if (!Installed)
        {
            throw new InvalidOperationException($"CI=true but there is no chromium at {Executable}: .ci/run installs Debian's chromium package.");
        }

        var profile = Directory.CreateTempSubdirectory("curriculum-chromium-").FullName;
        var downloads = Directory.CreateTempSubdirectory("curriculum-downloads-").FullName;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = Flags,
                AcceptDownloads = true,
                DownloadsPath = downloads,
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
                Timeout = 60_000,
            });
            return new Chromium(playwright, context, profile, downloads);
        }
        catch
        {
            playwright.Dispose();
            EndLeftovers(profile);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Context.CloseAsync();
        }
        finally
        {
            _playwright.Dispose();
            EndLeftovers(_profile);
            TryDelete(_profile);
            TryDelete(Downloads);
        }
    }

    /// <summary>The ids of processes whose command line names this profile: chromium and any child it left behind.</summary>
    public static IReadOnlyList<int> ProcessesUsing(string profile)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(profile, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    public string Profile => _profile;

    private static void EndLeftovers(string profile)
    {
        foreach (var pid in ProcessesUsing(profile))
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(5_000);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
            catch (InvalidOperationException)
            {
            }
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A fact that needs chromium: skipped, with the reason, where it is missing, unless CI=true demands it.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.Installed && !Chromium.MustRun)
        {
            Skip = $"No chromium at {Chromium.Executable} (apt-get install chromium); under CI=true this test runs and fails without it.";
        }
    }
}
