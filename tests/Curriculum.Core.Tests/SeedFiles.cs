namespace Curriculum.Core.Tests;

/// <summary>Finds the repository's <c>seeds/</c> folder from the test's output folder.</summary>
internal static class SeedFiles
{
    public static string Directory { get; } = Find();

    public static string Path(string name) => System.IO.Path.Combine(Directory, name);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "seeds");
            if (File.Exists(System.IO.Path.Combine(candidate, Course.SeedFile)))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("cannot find the repository's seeds/ folder above " + AppContext.BaseDirectory);
    }
}
