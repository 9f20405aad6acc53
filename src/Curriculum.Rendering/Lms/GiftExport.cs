using System.Text;
using Curriculum.Core.Discussion;

namespace Curriculum.Rendering.Lms;

/// <summary>
/// A discussion set as Moodle GIFT: one essay question per prompt, titled with its unit, the prompt followed by the
/// excerpt it points at, and the look-fors as general feedback (shown to students after they answer, so a teacher
/// can turn it off in Moodle). GIFT's special characters are escaped everywhere.
/// </summary>
public static class GiftExport
{
    /// <summary>One file for the sets' prompts, in order (e.g. one set per unit).</summary>
    public static string Write(params IReadOnlyList<DiscussionSet> sets)
    {
        var text = new StringBuilder();
        text.Append("// Discussion prompts from the AP's “never saw such hell” (intercepted calls of Russian soldiers in Ukraine).\n");
        text.Append("// Made by Curriculum; excerpts are verbatim. Source: The Associated Press, February 2023.\n\n");
        var numberInUnit = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Write(set, text, numberInUnit);
        }

        return text.ToString();
    }

    private static void Write(DiscussionSet set, StringBuilder text, Dictionary<string, int> numberInUnit)
    {
        var excerpts = set.Excerpts.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var titles = set.Units.ToDictionary(u => u.Id, u => u.Title, StringComparer.Ordinal);
        foreach (var prompt in set.Prompts)
        {
            excerpts.TryGetValue(prompt.Excerpt, out var excerpt);
            var unit = excerpt?.Unit ?? set.Units[0].Id;
            var number = numberInUnit[unit] = numberInUnit.GetValueOrDefault(unit) + 1;
            var title = $"{titles.GetValueOrDefault(unit, unit)} — question {number}";

            text.Append("// ").Append(unit).Append(' ').Append(prompt.Id).Append('\n');
            text.Append("::").Append(Escape(title)).Append("::[html]");
            text.Append(Escape(Stem(prompt, excerpt, prompt.Pair is { } pair ? excerpts.GetValueOrDefault(pair) : null)));
            text.Append('{');
            if (prompt.LookFors.Count > 0)
            {
                text.Append("####").Append(Escape(Feedback(prompt)));
            }

            text.Append("}\n\n");
        }
    }

    /// <summary>The question as HTML: the prompt, then the excerpts it quotes, each with its speaker and line.</summary>
    private static string Stem(Prompt prompt, Excerpt? excerpt, Excerpt? pair)
    {
        var html = new StringBuilder();
        html.Append("<p>").Append(Html(prompt.Text)).Append("</p>");
        foreach (var quoted in new[] { excerpt, pair })
        {
            if (quoted is null)
            {
                continue;
            }

            html.Append("<blockquote><p>").Append(Html(quoted.Text)).Append("</p><p><small>")
                .Append(Html($"{quoted.Speaker}, line {quoted.Line} of the article")).Append("</small></p></blockquote>");
        }

        if (prompt.Starters.Count > 0)
        {
            html.Append("<p><em>").Append(Html("You might begin: " + prompt.Starters[0])).Append("</em></p>");
        }

        return html.ToString();
    }

    private static string Feedback(Prompt prompt) =>
        "<p>A strong answer notices:</p><ul>" + string.Concat(prompt.LookFors.Select(l => "<li>" + Html(l) + "</li>")) + "</ul>";

    /// <summary>Only what HTML needs: the article's quote marks and apostrophes stay as they are.</summary>
    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escapes GIFT's special characters (<c>~ = # { } :</c> and the backslash) and folds line breaks.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '~' or '=' or '#' or '{' or '}' or ':':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
