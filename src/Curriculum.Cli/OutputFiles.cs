using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Curriculum.Cli;

/// <summary>
/// Writes files whole or not at all: to a hidden temporary file beside the target (<c>.NAME.PID.GUID.tmp</c>), then
/// renamed over it. A run that is killed mid-write leaves its temporary file behind; the next run into the folder
/// removes those whose process is gone.
/// </summary>
public static partial class OutputFiles
{
    /// <summary>Why <paramref name="folder"/> cannot be an output folder name, or null; checked before any work starts.</summary>
    public static string? Problem(string? folder) =>
        string.IsNullOrWhiteSpace(folder) ? "--out needs a folder name, e.g. --out output"
        : folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || folder.Contains('\0') ? $"--out {folder}: that is not a folder name"
        : null;

    public static string PrepareFolder(string folder)
    {
        if (Problem(folder) is { } problem)
        {
            throw new UsageException(problem + ".");
        }

        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new UsageException($"--out {folder}: that is a file, not a folder");
        }

        Directory.CreateDirectory(full);
        RemoveStale(full);
        return full;
    }

    public static string WriteAtomically(string folder, string fileName, byte[] bytes)
    {
        var target = Path.Combine(folder, fileName);
        var temporary = Path.Combine(folder, $".{fileName}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        return target;
    }

    [GeneratedRegex(@"^\..+\.(?<pid>\d{1,10})\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryName();

    /// <summary>
    /// Removes the temporary files of writers that are gone: no process has their id, or the one that has it started
    /// after the file was last written (the id was reused). A live writer's file is left alone.
    /// </summary>
    public static IReadOnlyList<string> RemoveStale(string folder)
    {
        var removed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            var m = TemporaryName().Match(Path.GetFileName(path));
            if (!m.Success || !int.TryParse(m.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsWriting(pid, path))
            {
                continue;
            }

            try
            {
                File.Delete(path);
                removed.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run removed it first, or it is not ours to remove: either way, not this run's concern.
            }
        }

        return removed;
    }

    private static bool IsWriting(int pid, string path)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && process.StartTime.ToUniversalTime() <= File.GetLastWriteTimeUtc(path).AddSeconds(1);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // No such process (or it cannot be asked about): the writer is gone.
            return e is System.ComponentModel.Win32Exception;
        }
    }
}
