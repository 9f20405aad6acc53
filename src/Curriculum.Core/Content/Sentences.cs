using System.Text.RegularExpressions;

namespace Curriculum.Core.Content;

/// <summary>
/// The sentences of a paragraph of the article, verbatim and in order: a sentence ends at ".", "?" or "!" (with its
/// closing quote mark) before a space and a capital letter or an opening quote, except after an abbreviation the
/// article uses ("Feb. 24", "the U.S. Army"). The annotations' per-sentence <c>source</c> kinds are counted against it.
/// </summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Of(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(paragraph))
        {
            if (Abbreviation().IsMatch(paragraph[start..(end.Index + 1)]))
            {
                continue;
            }

            sentences.Add(paragraph[start..end.Index].TrimEnd() + paragraph.Substring(end.Index, end.Length).TrimEnd());
            start = end.Index + end.Length;
        }

        sentences.Add(paragraph[start..].Trim());
        return sentences.Where(s => s.Length > 0).ToList();
    }

    [GeneratedRegex(@"[.?!][”’]?\s+(?=[A-Z“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:Feb|Mr|Mrs|Dr|St|U\.S)\.$")]
    private static partial Regex Abbreviation();
}
