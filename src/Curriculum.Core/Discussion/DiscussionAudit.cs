using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Curriculum.Core.Content;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;

namespace Curriculum.Core.Discussion;

/// <summary>One thing the audit found wrong, with where to find it again: the prompt, the units, the audience and the seed.</summary>
public sealed record AuditFailure(string Prompt, string Units, string Theme, string Audience, int Seed, string Problem)
{
    public override string ToString() => $"{Prompt} · {Units} · {Theme} · audience {Audience} · seed {Seed}: {Problem}";
}

/// <summary>What the audit checked and found.</summary>
public sealed record AuditReport(
    int Sets,
    int Prompts,
    int DistinctPrompts,
    int CoverageCells,
    TimeSpan Elapsed,
    IReadOnlyList<AuditFailure> Failures)
{
    public bool Passed => Failures.Count == 0;
}

/// <summary>
/// Generates every unit, and every pair of neighboring units, for every theme and audience over a range of seeds, and
/// checks each prompt against the excerpts it was bound to: who said it and how (the binding's speaker and voice),
/// every quoted span verbatim and inside those excerpts, no template fragment, no stray or doubled punctuation, no
/// doubled quote marks; each set keeps its counts (or says why not), its care rules and its spread; and every numbered
/// unit offers enough fitting prompts for each audience. A prompt filled from the same template and excerpts is checked
/// once, however many sets it appears in.
/// </summary>
public sealed partial class DiscussionAudit(Course course, PromptBank bank)
{
    public const int DefaultCount = 6;
    public const int MinPromptsPerCell = 4;
    public const int MinLevelsPerCell = 3;

    /// <summary>The themes whose coverage is promised per numbered unit and audience.</summary>
    public static readonly IReadOnlyList<string> CoveredThemes = ["propaganda", "moral-dissonance"];

    private readonly DiscussionGenerator _generator = new(course, bank);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _checked = new(StringComparer.Ordinal);

    public AuditReport Run(int firstSeed = 1, int lastSeed = 50, int count = DefaultCount)
    {
        var clock = Stopwatch.StartNew();
        var units = course.Article.Units.Select(u => u.Id).ToList();
        var groups = units.Select(u => new[] { u })
            .Concat(units.Zip(units.Skip(1), (a, b) => new[] { a, b }))
            .ToList();
        var requests = (
            from g in groups
            from theme in Taxonomy.Themes
            from audience in Taxonomy.Audiences
            from seed in Enumerable.Range(firstSeed, lastSeed - firstSeed + 1)
            select new DiscussionRequest(g, [theme.Id], audience.Id, count, seed)).ToList();

        var failures = new ConcurrentBag<AuditFailure>();
        var prompts = 0;
        Parallel.ForEach(requests, () => 0, (request, _, local) =>
        {
            var set = _generator.Generate(request);
            foreach (var failure in CheckSet(request, set))
            {
                failures.Add(failure);
            }

            return local + set.Prompts.Count;
        }, local => Interlocked.Add(ref prompts, local));

        var cells = 0;
        foreach (var unit in course.Article.Units.Where(u => u.Kind == UnitKind.Section))
        {
            foreach (var theme in CoveredThemes)
            {
                foreach (var audience in Taxonomy.Audiences)
                {
                    cells++;
                    var fitting = _generator.Fitting(new DiscussionRequest([unit.Id], [theme], audience.Id, count, firstSeed));
                    var levels = fitting.Select(t => t.Level).Distinct().Count();
                    if (fitting.Count < MinPromptsPerCell || levels < MinLevelsPerCell)
                    {
                        failures.Add(new AuditFailure("(coverage)", unit.Id, theme, audience.Id, firstSeed,
                            $"{fitting.Count} fitting prompt(s) over {levels} Bloom level(s); at least {MinPromptsPerCell} over {MinLevelsPerCell} are needed"));
                    }
                }
            }
        }

        var ordered = failures
            .OrderBy(f => f.Prompt, StringComparer.Ordinal).ThenBy(f => f.Units, StringComparer.Ordinal)
            .ThenBy(f => f.Theme, StringComparer.Ordinal).ThenBy(f => f.Audience, StringComparer.Ordinal).ThenBy(f => f.Seed)
            .ToList();
        return new AuditReport(requests.Count, prompts, _checked.Count, cells, clock.Elapsed, ordered);
    }

    private readonly ConcurrentDictionary<string, bool> _judgmentFits = new(StringComparer.Ordinal);

    private bool JudgmentFits(DiscussionRequest request) =>
        _judgmentFits.GetOrAdd($"{string.Join(",", request.Units)}|{string.Join(",", request.Themes)}|{request.Audience}",
            _ => _generator.Fitting(request).Any(t => t.Level is "evaluate" or "create"));

    private IEnumerable<AuditFailure> CheckSet(DiscussionRequest request, DiscussionSet set)
    {
        var units = string.Join("+", request.Units);
        var theme = request.Themes[0];
        AuditFailure Fail(string prompt, string problem) => new(prompt, units, theme, request.Audience, request.Seed, problem);

        if (set.Prompts.Count < request.Count && !set.Notes.Any(n => n.StartsWith($"Asked for {request.Count} prompts; {set.Prompts.Count} fit", StringComparison.Ordinal) && n.Contains(':', StringComparison.Ordinal)))
        {
            yield return Fail("(set)", $"asked for {request.Count} prompts, got {set.Prompts.Count}, and no note says why");
        }

        // A set of four or more climbs to the student's own judgment whenever a prompt at that level fits the request.
        string[] judgment = ["evaluate", "create"];
        if (set.Prompts.Count >= 4 && !set.Prompts.Any(p => judgment.Contains(p.Level)) && JudgmentFits(request))
        {
            yield return Fail("(set)", "no prompt reaches the student's own judgment (evaluate or create), though one fits");
        }

        foreach (var twice in set.Prompts.GroupBy(p => p.Id).Where(g => g.Count() > 1))
        {
            yield return Fail(twice.Key, "the set holds two prompts made from the same template");
        }

        var uses = set.Prompts
            .SelectMany(p => new[] { p.Excerpt, p.Pair }.OfType<string>())
            .Select(id => set.Excerpts.First(e => e.Id == id).Block)
            .GroupBy(b => b)
            .Where(g => g.Count() > DiscussionGenerator.MaxUsesOfAnExcerpt);
        foreach (var overused in uses)
        {
            yield return Fail("(set)", $"the excerpt {overused.Key} is quoted {overused.Count()} times; at most {DiscussionGenerator.MaxUsesOfAnExcerpt}");
        }

        var selfHarm = set.Prompts.Count(p => new[] { p.Excerpt, p.Pair }.OfType<string>()
            .Any(id => course.Annotations.For(course.Article.FindBlock(set.Excerpts.First(e => e.Id == id).Block)!).Has("self-harm")));
        if (selfHarm > 1)
        {
            yield return Fail("(set)", $"{selfHarm} prompts touch lines about self-harm; at most one may");
        }

        if (request.Audience == Taxonomy.YoungestAudience)
        {
            foreach (var e in set.Excerpts.Where(e => course.Annotations.For(course.Article.FindBlock(e.Block)!).Has("graphic")))
            {
                yield return Fail("(set)", $"the graphic line {e.Block} is quoted for grades 6–8");
            }
        }

        foreach (var binding in _generator.Bindings(set))
        {
            var key = $"{binding.Prompt.Id}|{binding.First.Excerpt.Block}|{binding.First.Excerpt.Speaker}|{binding.Pair?.Excerpt.Block}|{binding.Pair?.Excerpt.Speaker}";
            var problems = _checked.GetOrAdd(key, _ => CheckPrompt(binding));
            foreach (var problem in problems)
            {
                yield return Fail(binding.Prompt.Id, problem);
            }
        }
    }

    /// <summary>Every check of one filled prompt against its binding.</summary>
    public IReadOnlyList<string> CheckPrompt(PromptBinding binding)
    {
        var problems = new List<string>();
        var prompt = binding.Prompt;
        var bound = new List<(Excerpt Excerpt, BoundExcerpt Bound)> { binding.First };
        if (binding.Pair is { } pair)
        {
            bound.Add(pair);
        }

        // Words in quote marks must be the article's, inside the bound lines (or the bound unit's own title).
        var sources = bound.Select(b => b.Excerpt.Text)
            .Concat(bound.Select(b => course.Article.FindUnit(b.Excerpt.Unit)?.Title).OfType<string>())
            .ToList();
        foreach (Match m in OuterQuote().Matches(prompt.Text))
        {
            var words = m.Groups["words"].Value;
            if (words.Length > 0 && !sources.Any(s => Verbatim(words).IsMatch(s)))
            {
                problems.Add($"“{Short(words)}” is not a verbatim span of the excerpts it is bound to ({string.Join(", ", bound.Select(b => b.Excerpt.Block))})");
            }
        }

        // Who said it and how: a clause that introduces a bound excerpt's words with a colon must be that excerpt's
        // binding (or name its speaker), and no fixed words may say someone else said them.
        foreach (Match lead in Lead().Matches(prompt.Text))
        {
            var said = lead.Groups["said"].Value.Trim();
            var start = lead.Index + lead.Length;
            var owner = bound.FirstOrDefault(b => prompt.Text.AsSpan(start).StartsWith(b.Bound.Quote, StringComparison.Ordinal));
            if (owner.Excerpt is not null && !said.EndsWith(owner.Bound.Said, StringComparison.Ordinal) && !said.Contains(owner.Bound.Speaker, StringComparison.Ordinal))
            {
                problems.Add($"“{Short(said)}” introduces words of {owner.Excerpt.Block}, whose binding says “{owner.Bound.Said}”");
            }
        }

        var masked = Masked(prompt.Text, bound);
        foreach (Match claim in Attribution().Matches(masked))
        {
            var who = claim.Groups["who"].Value;
            if (!bound.Any(b => b.Bound.Speaker.StartsWith(who, StringComparison.OrdinalIgnoreCase) || (who.Equals("the AP", StringComparison.OrdinalIgnoreCase) && b.Bound.Speaker == "the AP")))
            {
                problems.Add($"“{claim.Value}” says who said something, but the prompt is bound to {string.Join(" and ", bound.Select(b => $"{b.Bound.Speaker} ({b.Bound.Voice})"))}");
            }
        }

        foreach (Match voice in VoicePhrase().Matches(masked))
        {
            if (!bound.Any(b => b.Bound.Voice == voice.Value || b.Bound.Said.Contains(voice.Value, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"“{voice.Value}” claims how the words reached the article, but the binding says {string.Join(" and ", bound.Select(b => b.Bound.Voice))}");
            }
        }

        if (bound.Any(b => b.Excerpt.Speaker == "the AP" && b.Excerpt.Quote is null && course.Article.FindBlock(b.Excerpt.Block)!.Kind != BlockKind.Narration))
        {
            problems.Add("a speaker's own line is attributed to the AP");
        }

        // Care: a graphic line is read and discussed, never performed (PEDAGOGY, Care).
        if (bound.Any(b => course.Annotations.For(course.Article.FindBlock(b.Excerpt.Block)!).Has("graphic")) && Perform().Match(prompt.Text) is { Success: true } perform)
        {
            problems.Add($"the prompt asks for a graphic line to be performed (“{perform.Value}”); graphic lines are never read aloud or acted out");
        }

        foreach (var (field, text) in new[] { ("text", prompt.Text) }.Concat(prompt.LookFors.Select(l => ("look-for", l))).Concat(prompt.Starters.Select(s => ("starter", s))))
        {
            // The article says, in the passive, "The conversations have been edited for length and clarity": it says
            // neither who edited them nor who translated them.
            if (Translated().Match(text) is { Success: true } translated)
            {
                problems.Add($"the {field} says “{translated.Value}”, but the article says only, in the passive, that the conversations have been edited for length and clarity: say that, and that we read them in English translation");
            }

            if (Fragment().Match(text) is { Success: true } fragment)
            {
                problems.Add($"the {field} holds a template fragment “{fragment.Value}”");
            }

            var outside = OuterQuote().Replace(text, m => new string('q', m.Length));
            if (Punctuation().Match(outside) is { Success: true } stray)
            {
                problems.Add($"the {field} has stray or doubled punctuation at “{Short(text.Substring(Math.Max(0, stray.Index - 12), Math.Min(text.Length - Math.Max(0, stray.Index - 12), stray.Length + 24)))}”");
            }

            if (StopAfterStop().Match(text) is { Success: true } stop)
            {
                problems.Add($"the {field} ends a sentence twice at “{stop.Value}”");
            }

            if (DoubledMarks().Match(text) is { Success: true } marks)
            {
                problems.Add($"the {field} has doubled quote marks “{marks.Value}”");
            }
        }

        return problems;
    }

    private static string Masked(string text, IEnumerable<(Excerpt Excerpt, BoundExcerpt Bound)> bound)
    {
        var masked = OuterQuote().Replace(text, m => new string('q', m.Length));
        foreach (var (_, b) in bound)
        {
            masked = masked.Replace(b.Said, new string('s', b.Said.Length), StringComparison.Ordinal);
        }

        return masked;
    }

    /// <summary>The span as a pattern that also matches the article where a nested quote turned its marks to single ones.</summary>
    private static Regex Verbatim(string words)
    {
        var pattern = string.Concat(words.Select(c => c switch
        {
            '‘' => "[‘“]",
            '’' => "[’”]",
            _ => Regex.Escape(c.ToString()),
        }));
        return new Regex(pattern, RegexOptions.CultureInvariant);
    }

    private static string Short(string s) => s.Length <= 50 ? s : s[..47] + "…";

    // Outermost curly double quotes: narration in marks keeps its own quotes as single marks inside.
    [GeneratedRegex(@"\b(?:read (?:it|this|the line|the lines|them|it all)? ?(?:aloud|out loud)|aloud|out loud|act (?:it|this|them|the line) out|perform (?:it|this|the line)|role-?play)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Perform();

    [GeneratedRegex(@"\b(?:the AP (?:edited and )?translated|translated by the AP|edited and translated|edited by the AP|the AP edited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Translated();

    [GeneratedRegex("“(?<words>[^“”]*)”")]
    private static partial Regex OuterQuote();

    // A clause that introduces a quote with a colon: "In a call with his mother, Leonid says: ".
    [GeneratedRegex(@"(?:^|(?<=[.?!”)] ))(?<said>[^.?!“”:]{3,120}): (?=“)")]
    private static partial Regex Lead();

    [GeneratedRegex(@"\bin a call (?:with|home)\b[^,.:;]*|\bto the AP in [A-Z][a-z]+ \d{4}|\bas reported by the AP|\bin its narration about [A-Z][a-z]+|\bfrom an intercepted call\b|\btold the AP\b[^,.:;]*")]
    private static partial Regex VoicePhrase();

    [GeneratedRegex(@"\b(?<who>Leonid|Ivan|Maxim|Olya|[Tt]he AP)(?:’s (?:mother|wife|girlfriend))? (?:says|said|asks|asked|tells|told|writes|wrote|answers|answered|explains|explained|quotes|quoted|reports|reported)\b")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\{\{|\}\}|\{%|%\}|\u0001|\bnull\b")]
    private static partial Regex Fragment();

    [GeneratedRegex(@"[,;:]\s*[,;:.!?]|(?<!\.)\.\s*\.(?!\.)|\s[,.;:!?](?!\.)|\s{2,}|\(\s*\)|^\s*[,.;:]|[a-z]\.[A-Z]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"[.!?]”[.!?]")]
    private static partial Regex StopAfterStop();

    [GeneratedRegex(@"“\s*“|”\s*”|‘‘|’’|""")]
    private static partial Regex DoubledMarks();
}
