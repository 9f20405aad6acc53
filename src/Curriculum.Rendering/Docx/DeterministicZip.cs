using System.IO.Compression;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// Rewrites a package so the same parts give the same bytes: System.IO.Packaging stamps every entry with the time of
/// writing and orders entries as it flushes them. Here <c>[Content_Types].xml</c> comes first (tools that sniff the
/// file type look there), then the package relationships, then every other part by name; every entry carries one
/// fixed time.
/// </summary>
internal static class DeterministicZip
{
    /// <summary>The earliest time a zip entry can carry (MS-DOS dates start in 1980).</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const string ContentTypes = "[Content_Types].xml";
    private const string PackageRelationships = "_rels/.rels";

    public static byte[] Rewrite(Stream package)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal).ToList();

        using var output = new MemoryStream(capacity: (int)Math.Max(package.Length, 4096));
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                // Fastest: a handout's parts are small, and measured, Optimal took as long as building the document.
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Fastest);
                copy.LastWriteTime = EntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        ContentTypes => 0,
        PackageRelationships => 1,
        _ => 2,
    };
}
