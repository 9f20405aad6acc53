using System.Text.RegularExpressions;
using Curriculum.Rendering.Tests.Lms;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>
/// The shipped prompt bank and annotations are printed for teachers and students: why a line was written goes in a YAML
/// comment, never in a field that prints (blind review 34b found "(blind review 33a found …)" in a teacher guide's
/// look-fors).
/// </summary>
public sealed partial class NoReviewNotesInPrintTests
{
    [Fact]
    public void No_printed_field_of_the_bank_or_the_annotations_mentions_a_review()
    {
        var files = Directory.GetFiles(Path.Combine(NodeTools.RepositoryRoot, "lesson-templates"), "*.yaml")
            .Append(Path.Combine(NodeTools.RepositoryRoot, "seeds", "annotations.yaml"));
        var found = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // A comment may cite the reviews; a printed field may not. A '#' inside a quoted value is not a comment,
                // so only whole-line comments and text after " # " outside quotes are set aside.
                var line = lines[i].TrimStart();
                if (line.StartsWith('#'))
                {
                    continue;
                }

                if (ReviewNote().IsMatch(line))
                {
                    found.Add($"{Path.GetFileName(file)}:{i + 1}: {line}");
                }
            }
        }

        found.ShouldBeEmpty();
    }

    [GeneratedRegex(@"\b(?:blind )?reviews? \d|\bblind review", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewNote();
}
