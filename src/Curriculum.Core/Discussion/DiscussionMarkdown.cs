using System.Text;

namespace Curriculum.Core.Discussion;

/// <summary>A discussion set as Markdown (for <c>--markdown</c>) or as plain readable text (the CLI's default).</summary>
public static class DiscussionMarkdown
{
    public static string Render(DiscussionSet set) => Write(set, markdown: true);

    public static string RenderText(DiscussionSet set) => Write(set, markdown: false);

    private static string Write(DiscussionSet set, bool markdown)
    {
        var s = new StringBuilder();
        string H(int level, string text) => markdown ? $"{new string('#', level)} {text}" : level == 1 ? $"{text}\n{new string('=', text.Length)}" : $"{text}\n{new string('-', text.Length)}";
        void Line(string text = "") => s.Append(text).Append('\n');

        Line(H(1, $"Discussion: {string.Join(", ", set.Units.Select(u => $"{u.Id} ({u.Title})"))}"));
        Line();
        Line($"Audience {set.Audience} · about {set.Minutes} minutes · seed {set.Seed}");
        Line();
        if (set.Advisories.Count > 0)
        {
            Line(H(2, "Content advisories"));
            foreach (var a in set.Advisories)
            {
                Line($"- {a.Unit}: {a.Level}{(a.Reasons.Count > 0 ? " — " + string.Join(" ", a.Reasons) : "")}");
            }

            Line();
        }

        Line(H(2, "Excerpts"));
        foreach (var e in set.Excerpts)
        {
            Line($"{e.Id}. {e.Speaker} ({e.Unit}, line {e.Line})");
            Line(markdown ? $"> {e.Text}" : $"    {e.Text}");
            Line(markdown ? $"  *Why:* {e.Why}" : $"    Why: {e.Why}");
            Line();
        }

        Line(H(2, "Prompts"));
        var n = 0;
        foreach (var p in set.Prompts)
        {
            n++;
            Line($"{n}. {p.Text}");
            var framework = Teaching.Taxonomy.Find(Teaching.Taxonomy.Frameworks, p.Framework)?.Label ?? p.Framework;
            var topic = p.Topic is null ? "" : $" · theme: {Teaching.Taxonomy.Find(Teaching.Taxonomy.Topics, p.Topic)?.Label ?? p.Topic}";
            Line($"   [{p.Level} · {p.Question} · {p.Theme} · {framework}{topic}] excerpt {p.Excerpt}{(p.Pair is null ? "" : " with " + p.Pair)}");
            foreach (var look in p.LookFors)
            {
                Line($"   - Look for: {look}");
            }

            foreach (var starter in p.Starters)
            {
                Line($"   - Starter: {starter}");
            }

            Line($"   Why: {p.Why}");
            Line();
        }

        if (set.Vocabulary.Count > 0)
        {
            Line(H(2, "Vocabulary"));
            foreach (var v in set.Vocabulary)
            {
                Line(markdown ? $"- **{v.Term}**: {v.Definition}" : $"- {v.Term}: {v.Definition}");
            }

            Line();
        }

        if (set.Notes.Count > 0)
        {
            Line(H(2, "Notes"));
            foreach (var note in set.Notes)
            {
                Line($"- {note}");
            }
        }

        return s.ToString().TrimEnd('\n') + "\n";
    }
}
