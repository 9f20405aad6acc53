namespace Curriculum.Cli;

/// <summary>Writes files whole or not at all: to a temporary file beside the target, then renamed over it.</summary>
public static class OutputFiles
{
    public static string PrepareFolder(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (File.Exists(full))
        {
            throw new UsageException($"--out {folder}: that is a file, not a folder");
        }

        Directory.CreateDirectory(full);
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
}
