using Curriculum.Core.Annotations;
using Curriculum.Core.Content;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;

namespace Curriculum.Core.Discussion;

/// <summary>
/// Builds a discussion set from the prompt bank and the article: it fits each prompt's needs to real lines of the
/// chosen units, picks prompts so that units, themes and Bloom levels are spread, fills them, and grades them from
/// remembering to creating. Same course, bank, request and seed: same set. Never pads: fewer fit, fewer come back.
/// </summary>
public sealed partial class DiscussionGenerator(Course course, PromptBank bank)
{
    public const int MaxCount = 50;

    /// <summary>The request's or command's shared budget for filling templates (see <see cref="RenderBudget"/>); none: each fill has its own second.</summary>
    public RenderBudget? Budget { get; init; }

    private const int MinWords = 5;

    /// <summary>A set quotes no excerpt more than this many times, so a discussion does not circle one line.</summary>
    public const int MaxUsesOfAnExcerpt = 2;

    /// <summary>One way a prompt can be bound: a line (or words the AP reports inside it) and, for a pairing, its other half.</summary>
    private sealed record Option(Block Block, QuotedSpan? Span, Pairing? Pairing, Block? Second, QuotedSpan? SecondSpan)
    {
        public string Key => $"{Block.Id}@{Span?.Start}|{Pairing?.Id}";
    }

    private sealed record Candidate(PromptTemplate Template, LessonUnit Unit, IReadOnlyList<Option> Options, uint Tiebreak)
    {
        public int Level => LevelIndex(Template.Level);
    }

    private sealed record Chosen(PromptTemplate Template, LessonUnit Unit, Option Option, string Text, IReadOnlyList<string> LookFors, IReadOnlyList<string> Starters, string Why);

    private sealed record Rendered(string Text, IReadOnlyList<string> LookFors, IReadOnlyList<string> Starters);

    // Fitting and filling depend only on the course, the template and the line, never on the request: both are kept,
    // so that many requests against one generator (the audit, a busy server) do the work once.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(PromptTemplate, string, bool), IReadOnlyList<Option>> _fits = new(new FitKeyComparer());
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(PromptTemplate, string), Rendered> _renders = new(new RenderKeyComparer());

    private sealed class FitKeyComparer : IEqualityComparer<(PromptTemplate, string, bool)>
    {
        public bool Equals((PromptTemplate, string, bool) x, (PromptTemplate, string, bool) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2 && x.Item3 == y.Item3;

        public int GetHashCode((PromptTemplate, string, bool) k) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(k.Item1), k.Item2, k.Item3);
    }

    private sealed class RenderKeyComparer : IEqualityComparer<(PromptTemplate, string)>
    {
        public bool Equals((PromptTemplate, string) x, (PromptTemplate, string) y) => ReferenceEquals(x.Item1, y.Item1) && x.Item2 == y.Item2;

        public int GetHashCode((PromptTemplate, string) k) => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(k.Item1), k.Item2);
    }

    /// <summary>Checks a request without generating: throws <see cref="DiscussionRequestException"/> naming the field, the value and the valid values.</summary>
    public IReadOnlyList<LessonUnit> Validate(DiscussionRequest request)
    {
        if (request.Units.Count == 0)
        {
            throw Unknown("units", "", course.Article.UnitIds, "name at least one unit");
        }

        var units = new List<LessonUnit>();
        foreach (var id in request.Units)
        {
            var unit = course.Article.FindUnit(id) ?? throw Unknown("units", id, course.Article.UnitIds, $"unknown unit '{id}'");
            if (!units.Contains(unit))
            {
                units.Add(unit);
            }
        }

        var themeIds = Taxonomy.Themes.Select(t => t.Id).ToList();
        foreach (var theme in request.Themes.Where(t => !themeIds.Contains(t)))
        {
            throw Unknown("themes", theme, themeIds, $"unknown theme '{theme}'");
        }

        var audienceIds = Taxonomy.Audiences.Select(a => a.Id).ToList();
        if (!audienceIds.Contains(request.Audience))
        {
            throw Unknown("audience", request.Audience, audienceIds, $"unknown audience '{request.Audience}'");
        }

        if (request.Count is < 1 or > MaxCount)
        {
            throw new DiscussionRequestException(new RequestError("count", request.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), [$"1..{MaxCount}"], $"count must be between 1 and {MaxCount}, not {request.Count}"));
        }

        var options = request.Options ?? DiscussionOptions.Default;
        var levelIds = Taxonomy.Levels.Select(l => l.Id).ToList();
        foreach (var level in (options.Levels ?? []).Where(l => !levelIds.Contains(l)))
        {
            throw Unknown("levels", level, levelIds, $"unknown level '{level}'");
        }

        if (options.MinLevels is < 0 or > 6)
        {
            throw new DiscussionRequestException(new RequestError("minLevels", options.MinLevels.ToString(System.Globalization.CultureInfo.InvariantCulture), ["0..6"], $"minLevels must be between 0 and 6 (Bloom has six levels), not {options.MinLevels}"));
        }

        return units;
    }

    /// <summary>The prompts of the bank that fit a request (its units, themes, audience and levels) with at least one excerpt: what a set can draw on.</summary>
    public IReadOnlyList<PromptTemplate> Fitting(DiscussionRequest request)
    {
        var units = Validate(request);
        var options = request.Options ?? DiscussionOptions.Default;
        var leaveOutGraphic = Taxonomy.LeavesOutGraphic(request.Audience, options.LeaveOutGraphic);
        var levels = options.Levels is { Count: > 0 } ? options.Levels : null;
        return [.. bank.Prompts.Where(t =>
            t.Audiences.Contains(request.Audience)
            && (request.Themes.Count == 0 || request.Themes.Contains(t.Theme))
            && !(leaveOutGraphic && t.Needs.Graphic)
            && (levels is null || levels.Contains(t.Level))
            && Fits(t, units, leaveOutGraphic))];
    }

    public DiscussionSet Generate(DiscussionRequest request)
    {
        // Ids are lowercase; a request may say "Leonid-1" or "Propaganda" as a person would type them.
        request = request with
        {
            Units = [.. request.Units.Select(Canonical)],
            Themes = [.. request.Themes.Select(Canonical)],
            Audience = Canonical(request.Audience),
        };
        var units = Validate(request).ToList();
        var options = request.Options ?? DiscussionOptions.Default;
        var leaveOutGraphic = Taxonomy.LeavesOutGraphic(request.Audience, options.LeaveOutGraphic);
        var levels = options.Levels is { Count: > 0 } ? options.Levels : null;
        var random = new Pcg32(request.Seed);
        var notes = new List<string>();

        // Which prompts fit, and why the others do not, depends on the request but not on the seed: kept per request shape.
        var skeleton = _skeletons.GetOrAdd(
            $"{string.Join(",", units.Select(u => u.Id))}|{string.Join(",", request.Themes)}|{request.Audience}|{leaveOutGraphic}|{string.Join(",", levels ?? [])}",
            _ => Skeleton(request, units, leaveOutGraphic, levels));
        var notCandidates = skeleton.NotCandidates;
        var counts = skeleton.Counts;
        var candidates = skeleton.Candidates.Select(c => new Candidate(c.Template, c.Unit, c.Options, random.Next())).ToList();

        var chosen = Pick(request, candidates, random, notes);
        chosen = [.. chosen
            .OrderBy(c => LevelIndex(c.Template.Level))
            .ThenBy(c => units.IndexOf(c.Unit))
            .ThenBy(c => c.Template.Id, StringComparer.Ordinal)];

        var excerpts = new List<Excerpt>();
        string ExcerptFor(Block block, QuotedSpan? span, bool asNarration, string why)
        {
            var bound = Bind(block, span, asNarration);
            var existing = excerpts.FirstOrDefault(e => e.Block == block.Id && e.Speaker == ExcerptSpeaker(block, span, asNarration));
            if (existing is not null)
            {
                return existing.Id;
            }

            var excerpt = new Excerpt($"e{excerpts.Count + 1}", block.UnitId, block.Id, ExcerptSpeaker(block, span, asNarration), block.Text, block.Line, why)
            {
                Voice = bound.Voice,
                Quote = span?.Text,
            };
            excerpts.Add(excerpt);
            return excerpt.Id;
        }

        var prompts = new List<Prompt>();
        foreach (var c in chosen)
        {
            var first = ExcerptFor(c.Option.Block, c.Option.Span, asNarration: false, ExcerptWhy(c.Option.Block, c.Option.Span, c.Template.Needs, c.Option.Pairing, second: false));
            var pair = c.Option.Second is { } second
                ? ExcerptFor(second, c.Option.SecondSpan, SecondIsNarration(c.Option.Pairing!, second), ExcerptWhy(second, c.Option.SecondSpan, c.Template.Needs, c.Option.Pairing, second: true))
                : null;
            prompts.Add(new Prompt(c.Template.Id, c.Text, c.Template.Theme, c.Template.Framework, c.Template.Level, c.Template.Question, first, pair, c.LookFors, c.Starters, c.Why)
            {
                Topic = c.Template.Topic,
                FromFacilitator = c.Template.FromFacilitator ? true : null,
            });
        }

        if (prompts.Count < request.Count)
        {
            var themes = request.Themes.Count > 0 ? string.Join(", ", request.Themes) : "any theme";
            var fitting = candidates.Select(c => c.Template.Id).Distinct().Count();
            notes.Insert(0, $"Asked for {request.Count} prompts; {prompts.Count} fit {string.Join(", ", units.Select(u => u.Id))} ({themes}, audience {request.Audience}): {ShortfallWhy(fitting, prompts.Count, counts)} The set is not padded: add prompts to the bank or widen the request for more.");
        }

        foreach (var mine in bank.FacilitatorPrompts.Where(p => chosen.All(c => c.Template.Id != p.Id)))
        {
            var reason = notCandidates.GetValueOrDefault(mine.Id)
                ?? (chosen.Count >= request.Count ? $"the count of {request.Count} was reached by prompts that add Bloom levels or units the set lacked" : "every excerpt that fits it was already quoted twice in this set");
            notes.Add($"Your prompt '{mine.Id}' was loaded but not used: {reason}.");
        }

        var distinctLevels = prompts.Select(p => p.Level).Distinct().Count();
        if (options.MinLevels > distinctLevels)
        {
            notes.Add($"Asked for at least {options.MinLevels} Bloom levels; the prompts that fit cover {distinctLevels}.");
        }

        var setNotes = notes.ToList(); // so far the notes are about the whole set; each unit's material adds its own left-out lines
        if (leaveOutGraphic)
        {
            var left = units.SelectMany(u => u.ArticleBlocks).Where(b => course.Annotations.For(b).Has("graphic")).ToList();
            if (left.Count > 0)
            {
                var why = request.Audience == Taxonomy.YoungestAudience ? "for grades 6–8" : "as asked";
                notes.Add($"Left out {left.Count} line(s) tagged graphic {why}: {string.Join(", ", left.Select(b => $"{b.Id} (line {b.Line})"))}.");
            }
        }

        var annotations = units.Select(u => (Unit: u, Note: course.Annotations.Units.GetValueOrDefault(u.Id))).ToList();
        var vocabulary = annotations
            .Where(a => a.Note is not null)
            .SelectMany(a => a.Note!.Vocabulary.Select(v => new VocabularyItem(v.Term, v.Definition, a.Unit.Id)))
            .DistinctBy(v => v.Term.ToLowerInvariant())
            .ToList();
        // A pairing may bring in a line from another unit: its advisory travels with it.
        var advised = units.Select(u => u.Id)
            .Concat(excerpts.Select(e => e.Unit))
            .Distinct()
            .Select(id => (Id: id, Note: course.Annotations.Units.GetValueOrDefault(id)));
        var advisories = advised
            .Where(a => a.Note is not null)
            .Select(a => new UnitAdvisory(a.Id, a.Note!.Advisory.Level, a.Note.Advisory.Reasons))
            .ToList();
        var minutes = annotations.Sum(a => a.Note?.Minutes ?? 0);

        return new DiscussionSet(
            request.Seed,
            request.Audience,
            [.. units.Select(u => new UnitRef(u.Id, u.Title))],
            excerpts,
            prompts,
            vocabulary,
            advisories,
            minutes,
            notes)
        {
            Materials = UnitMaterials.Build(course, units, leaveOutGraphic, request.Audience, setNotes),
            Source = UnitMaterials.SourceOf(course),
        };
    }

    private sealed record Shape(
        IReadOnlyList<(PromptTemplate Template, LessonUnit Unit, IReadOnlyList<Option> Options)> Candidates,
        IReadOnlyDictionary<string, string> NotCandidates,
        FitCounts Counts);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Shape> _skeletons = new(StringComparer.Ordinal);

    private Shape Skeleton(DiscussionRequest request, List<LessonUnit> units, bool leaveOutGraphic, IReadOnlyList<string>? levels)
    {
            var candidates = new List<(PromptTemplate Template, LessonUnit Unit, IReadOnlyList<Option> Options)>();
            var notCandidates = new Dictionary<string, string>(StringComparer.Ordinal);
            var counts = new FitCounts();
            foreach (var template in bank.Prompts.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                var inTheme = request.Themes.Count == 0 || request.Themes.Contains(template.Theme);
                string? reason = null;
                if (!inTheme)
                {
                    reason = $"its theme is {template.Theme}, which was not asked for";
                }
                else if (!template.Audiences.Contains(request.Audience))
                {
                    reason = $"it is not written for audience {request.Audience} (its audiences: {string.Join(", ", template.Audiences)})";
                    counts.WrongAudience++;
                }
                else if (leaveOutGraphic && template.Needs.Graphic)
                {
                    reason = request.Audience == Taxonomy.YoungestAudience ? "it discusses graphic material, always left out for grades 6–8" : "it discusses graphic material, which was asked to be left out";
                    counts.Graphic++;
                }
                else if (levels is not null && !levels.Contains(template.Level))
                {
                    reason = $"its Bloom level {template.Level} was not asked for";
                    counts.OtherLevel++;
                }
                else if (template.Units.Count > 0 && !units.Any(u => template.Units.Contains(u.Id)))
                {
                    reason = $"it is written for {string.Join(", ", template.Units)}, not for {string.Join(", ", units.Select(u => u.Id))}";
                    counts.OtherUnits++;
                }

                if (reason is not null)
                {
                    notCandidates[template.Id] = reason;
                    continue;
                }

                var any = false;
                foreach (var unit in units.Where(u => template.Units.Count == 0 || template.Units.Contains(u.Id)))
                {
                    // A pairing may reach into a unit not being taught only for a line that is neither graphic nor profane:
                    // the students meet that half bare, outside its place in the reading.
                    var fits = Fits(template, unit, leaveOutGraphic)
                        .Where(o => o.Second is null || units.Any(u => u.Id == o.Second.UnitId) || !Harsh(o.Second)).ToList();
                    if (fits.Count > 0)
                    {
                        candidates.Add((template, unit, fits));
                        any = true;
                    }
                }

                if (!any)
                {
                    notCandidates[template.Id] = leaveOutGraphic && Fits(template, units, leaveOutGraphic: false)
                        ? "the only lines that fit its needs are graphic, and they are left out " + (request.Audience == Taxonomy.YoungestAudience ? "for grades 6–8" : "as asked")
                        : "no excerpt of the chosen units fits its needs";
                    counts.NoExcerpt++;
                }
            }

        return new Shape(candidates, notCandidates, counts);
    }

    /// <summary>
    /// Greedy and seeded: each turn takes the candidate that adds a Bloom level not yet covered, then one that gives the
    /// ladder an end it lacks (what was said; the student's own judgment), then a facilitator's
    /// prompt before a shipped one, then one that serves an objective of its unit, then one written for its line, then one
    /// that can quote a fresh excerpt, then the least-used unit, theme and level,
    /// then the seed's draw. A template is used
    /// at most once per set, and no excerpt is quoted more than <see cref="MaxUsesOfAnExcerpt"/> times.
    /// </summary>
    private List<Chosen> Pick(DiscussionRequest request, List<Candidate> candidates, Pcg32 random, List<string> notes)
    {
        var chosen = new List<Chosen>();
        var usedTemplates = new HashSet<string>(StringComparer.Ordinal);
        var blockUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var unitUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var themeUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var levelUse = new Dictionary<string, int>(StringComparer.Ordinal);
        int Use(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);
        var selfHarmUsed = false;
        bool SelfHarm(Option o) => course.Annotations.For(o.Block).Has("self-harm") || (o.Second is not null && course.Annotations.For(o.Second).Has("self-harm"));
        // Safe messaging: at most one prompt of a set touches a line about soldiers hurting themselves.
        bool Open(Option o) => Use(blockUse, o.Block.Id) < MaxUsesOfAnExcerpt && (o.Second is null || Use(blockUse, o.Second.Id) < MaxUsesOfAnExcerpt)
            && !(selfHarmUsed && SelfHarm(o));

        while (chosen.Count < request.Count)
        {
            var open = candidates.Where(c => !usedTemplates.Contains(c.Template.Id) && c.Options.Any(Open)).ToList();
            if (open.Count == 0)
            {
                break;
            }

            var best = open
                .OrderBy(c => Use(levelUse, c.Template.Level) > 0 ? 1 : 0)
                // A set climbs from what was said to the student's own judgment: a rung still missing comes first.
                .ThenBy(c => MissingRung(chosen, c.Template.Level) ? 0 : 1)
                .ThenBy(c => c.Template.FromFacilitator ? 0 : 1)
                // The unit's objectives name what serves them ("Served by prompt 3"): a prompt that serves one no prompt of the
                // set serves yet comes before one that serves none.
                .ThenBy(c => ServesAnOpenObjective(c.Template, c.Unit, chosen) ? 0 : 1)
                // A prompt written for its line comes before one written for any line: its look-fors can say what that line says.
                .ThenBy(c => c.Template.Needs.Block is not null ? 0 : 1)
                // An excerpt not yet quoted keeps the others free for the levels still to come.
                .ThenBy(c => c.Options.Any(o => Open(o) && Use(blockUse, o.Block.Id) == 0) ? 0 : 1)
                .ThenBy(c => Use(unitUse, c.Unit.Id))
                .ThenBy(c => Use(themeUse, c.Template.Theme))
                .ThenBy(c => Use(levelUse, c.Template.Level))
                .ThenBy(c => c.Tiebreak)
                .First();
            usedTemplates.Add(best.Template.Id);

            var allowed = best.Options.Where(Open).ToList();
            var fresh = allowed.Where(o => Use(blockUse, o.Block.Id) == 0).ToList();
            var pool = fresh.Count > 0 ? fresh : allowed;
            var option = pool[random.Below(pool.Count)];

            try
            {
                var rendered = Render(best.Template, best.Unit, option);
                var why = PromptWhy(request, best, Use(levelUse, best.Template.Level) == 0);
                chosen.Add(new Chosen(best.Template, best.Unit, option, rendered.Text, rendered.LookFors, rendered.Starters, why));
            }
            catch (TemplateRenderException e)
            {
                notes.Add($"Prompt '{best.Template.Id}' was skipped: {e.Message}.");
                continue;
            }

            selfHarmUsed |= SelfHarm(option);
            blockUse[option.Block.Id] = Use(blockUse, option.Block.Id) + 1;
            if (option.Second is not null)
            {
                blockUse[option.Second.Id] = Use(blockUse, option.Second.Id) + 1;
            }

            unitUse[best.Unit.Id] = Use(unitUse, best.Unit.Id) + 1;
            themeUse[best.Template.Theme] = Use(themeUse, best.Template.Theme) + 1;
            levelUse[best.Template.Level] = Use(levelUse, best.Template.Level) + 1;
        }

        return chosen;
    }

    private bool Harsh(Block block) => course.Annotations.For(block) is var note && (note.Has("profanity") || note.Has("graphic"));

    private bool ServesAnOpenObjective(PromptTemplate template, LessonUnit unit, List<Chosen> chosen) =>
        course.Annotations.Units.TryGetValue(unit.Id, out var note)
        && note.Objectives.Any(o => Serves(o, template) && !chosen.Any(c => c.Unit.Id == unit.Id && Serves(o, c.Template)));

    private static bool Serves(Objective objective, PromptTemplate template) =>
        objective.ServedBy.Any(s =>
            s == template.Framework
            || s == $"prompt:{template.Id}"
            || (s.EndsWith(":*", StringComparison.Ordinal) && template.Framework.StartsWith(s[..^1], StringComparison.Ordinal)));

    /// <summary>The ends of a ladder: what was said (remember, understand) and the student's own judgment (evaluate, create).</summary>
    private static readonly string[][] Rungs = [["remember", "understand"], ["evaluate", "create"]];

    /// <summary>Whether a prompt at this level would give the set an end of the ladder it does not have yet.</summary>
    private static bool MissingRung(List<Chosen> chosen, string level) =>
        Rungs.Any(rung => rung.Contains(level) && !chosen.Any(c => rung.Contains(c.Template.Level)));

    private Rendered Render(PromptTemplate template, LessonUnit unit, Option option) =>
        _renders.GetOrAdd((template, $"{unit.Id}#{option.Key}"), _ =>
        {
            var model = Model(unit, option);
            return new Rendered(
                EndQuotedSentences(PromptSandbox.Render(template.Compiled.Text, model, Budget).Trim()),
                [.. template.Compiled.LookFors.Select(t => PromptSandbox.Render(t, model, Budget).Trim())],
                [.. template.Compiled.Starters.Select(t => PromptSandbox.Render(t, model, Budget).Trim())]);
        });

    /// <summary>What the audit reads: each prompt of a set with the excerpts it is bound to, as the template saw them.</summary>
    public IReadOnlyList<PromptBinding> Bindings(DiscussionSet set)
    {
        var result = new List<PromptBinding>();
        foreach (var prompt in set.Prompts)
        {
            var first = set.Excerpts.First(e => e.Id == prompt.Excerpt);
            var pair = prompt.Pair is null ? null : set.Excerpts.First(e => e.Id == prompt.Pair);
            result.Add(new PromptBinding(prompt, BoundOf(first), pair is null ? null : BoundOf(pair)));
        }

        return result;

        (Excerpt, BoundExcerpt) BoundOf(Excerpt e)
        {
            var block = course.Article.FindBlock(e.Block)!;
            var span = e.Quote is null ? null : block.Quotes.First(q => q.Text == e.Quote);
            return (e, Bind(block, span, asNarration: e.Speaker == "the AP"));
        }
    }

    private IReadOnlyList<Option> Fits(PromptTemplate template, LessonUnit unit, bool leaveOutGraphic) =>
        _fits.GetOrAdd((template, unit.Id, leaveOutGraphic), _ => Options(template.Needs, unit, leaveOutGraphic));

    private bool Fits(PromptTemplate template, IEnumerable<LessonUnit> units, bool leaveOutGraphic) =>
        units.Where(u => template.Units.Count == 0 || template.Units.Contains(u.Id)).Any(u => Fits(template, u, leaveOutGraphic).Count > 0);

    private List<Option> Options(PromptNeeds needs, LessonUnit unit, bool leaveOutGraphic)
    {
        var voice = needs.EffectiveVoice;
        bool Marked(Block b) =>
            (needs.Themes.Count == 0 || course.Annotations.For(b).Themes.Any(needs.Themes.Contains))
            && needs.Tags.All(course.Annotations.For(b).Has)
            && !(leaveOutGraphic && course.Annotations.For(b).Has("graphic"));

        bool Fits(Block b) =>
            !b.IsFurniture
            && (needs.Block is null ? b.Words >= MinWords : b.Id == needs.Block)
            && voice != "reported"
            && (VoiceFits(b, voice) || (voice is null && needs.Block is not null))
            && SpeakerFits(b, needs.Speaker)
            && Marked(b)
            && (needs.Block is not null || Generic(b));

        // A prompt not written for one line never lands on a line about self-harm (those prompts are written with
        // care, one to a set), and a soldier's question is not a claim to weigh or corroborate.
        bool Generic(Block b) =>
            !course.Annotations.For(b).Has("self-harm")
            && (needs.Speaker is "mother" or "wife" or "girlfriend" || b.Kind != BlockKind.Call || IsStatement(QuoteOf(b)));

        if (needs.Pairing is null)
        {
            if (voice == "reported")
            {
                // A prompt written for one line binds the longest of its speaker's quotes there; any other prompt may bind each quote of three words or more.
                return [.. unit.ArticleBlocks
                    .Where(b => b.ReportsSpeech && (needs.Block is null || b.Id == needs.Block) && Marked(b))
                    .SelectMany(b =>
                    {
                        var quotes = b.Quotes.Where(q => RoleFits(q.Speaker, needs.Speaker)).ToList();
                        return needs.Block is not null
                            ? quotes.OrderByDescending(q => q.Text.Length).Take(1)
                            : quotes.Where(q => Words(q.Text) >= 3);
                    })
                    .Select(q => new Option(unit.ArticleBlocks.First(b => b.Quotes.Contains(q)), q, null, null, null))];
            }

            return [.. unit.ArticleBlocks.Where(Fits).Select(b => new Option(b, null, null, null, null))];
        }

        var result = new List<Option>();
        foreach (var pairing in course.Annotations.Pairings.Where(p => p.Kind == needs.Pairing))
        {
            var first = course.Article.FindBlock(pairing.First);
            var second = course.Article.FindBlock(pairing.Second);
            if (first is null || second is null || first.UnitId != unit.Id || first.IsFurniture || second.IsFurniture
                || (needs.Block is not null && first.Id != needs.Block)
                || !Marked(first)
                || (leaveOutGraphic && course.Annotations.For(second).Has("graphic")))
            {
                continue;
            }

            // A pairing sets two statements side by side: a question is not an account.
            var firstSpan = HalfSpan(first, pairing, second: false);
            var secondSpan = HalfSpan(second, pairing, second: true);
            if (!IsStatement(Bind(first, firstSpan, asNarration: false).Quote) || !IsStatement(Bind(second, secondSpan, SecondIsNarration(pairing, second)).Quote))
            {
                continue;
            }

            result.Add(new Option(first, firstSpan, pairing, second, secondSpan));
        }

        return result;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>A narration half of a pairing stands for someone's words when the AP reports them (all by one speaker), unless the pairing sets it as the AP's narration.</summary>
    private static QuotedSpan? HalfSpan(Block block, Pairing pairing, bool second)
    {
        if (!block.ReportsSpeech || (second && pairing.Kind == "soldier-vs-narration"))
        {
            return null;
        }

        return block.Quotes.Select(q => q.Speaker).Distinct().Count() == 1 ? block.Quotes.MaxBy(q => q.Text.Length) : null;
    }

    private static bool SecondIsNarration(Pairing pairing, Block second) => second.Kind == BlockKind.Narration && (pairing.Kind == "soldier-vs-narration" || !second.ReportsSpeech);

    /// <summary>True when quoted words end as a statement, not a question ("So they knew everything?" is not an account).</summary>
    public static bool IsStatement(string quoted)
    {
        var words = TrailingDirection().Replace(quoted, "").Trim().Trim('“', '”', '‘', '’', ' ').TrimEnd();
        return words.Length > 0 && !words.EndsWith('?') && !words.EndsWith("?!", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial System.Text.RegularExpressions.Regex TrailingDirection();

    private static bool VoiceFits(Block b, string? voice) => voice switch
    {
        // Narration that quotes someone is bound as those words, as reported, or as narration only when asked for.
        null => b.Kind is BlockKind.Call or BlockKind.Interview || (b.Kind == BlockKind.Narration && !b.ReportsSpeech),
        "call" => b.Kind == BlockKind.Call,
        "interview" => b.Kind == BlockKind.Interview,
        "narration" => b.Kind == BlockKind.Narration,
        _ => false,
    };

    private static bool SpeakerFits(Block b, string? role) => role switch
    {
        null or "narrator" or "interviewee" => true,
        _ => b.Kind is BlockKind.Call or BlockKind.Interview && b.Speaker is not null && RoleFits(b.Speaker, role),
    };

    private static bool RoleFits(Speaker speaker, string? role) =>
        role is null or "narrator" or "interviewee" || string.Equals(speaker.Role.ToString(), role, StringComparison.OrdinalIgnoreCase);

    private PromptModel Model(LessonUnit unit, Option option)
    {
        var soldier = unit.Profile?.Name ?? "the soldiers";
        var pair = option.Second is { } second ? Bind(second, option.SecondSpan, SecondIsNarration(option.Pairing!, second)) : null;
        var kind = option.Pairing is null ? null : Taxonomy.Find(Taxonomy.PairingKinds, option.Pairing.Kind)?.Description;
        return new PromptModel(unit.Id, unit.Title, unit.Number, soldier, Bind(option.Block, option.Span, asNarration: false), pair, option.Pairing?.Note, kind);
    }

    /// <summary>
    /// Who said the bound words, to whom and when, and the words themselves, as the prompt will state them. This is the
    /// one place such phrases are made: templates take them from here.
    /// </summary>
    public BoundExcerpt Bind(Block block, QuotedSpan? span, bool asNarration)
    {
        var soldier = course.Article.FindUnit(block.UnitId)?.Profile?.Name;
        if (span is not null)
        {
            var who = span.Speaker.Name;
            // A quote cut from a longer sentence may end without a stop; the stop goes outside the marks, so the words stay verbatim.
            var quoted = span.Quoted;
            var ends = span.Text.TrimEnd(',', ' ');
            if (ends.Length > 0 && !".!?…".Contains(ends[^1], StringComparison.Ordinal))
            {
                quoted += ".";
            }

            return new BoundExcerpt(who, "as reported by the AP", $"The AP quotes {who}", quoted, block.Line);
        }

        if (block.Kind == BlockKind.Call && block.Speaker is { } speaker && !asNarration)
        {
            var listener = Listener(block);
            var voice = listener is null ? "in a call home" : $"in a call with {listener}";
            return new BoundExcerpt(speaker.Name, voice, $"{Capital(voice)}, {ShortName(speaker)} says", QuoteOf(block), block.Line);
        }

        if (block.Kind == BlockKind.Interview && block.Speaker is { } interviewee && !asNarration)
        {
            return new BoundExcerpt(interviewee.Name, "to the AP in January 2023", $"{Capital(interviewee.Name)} told the AP in January 2023", QuoteOf(block), block.Line);
        }

        var about = soldier is null ? "in its introduction" : $"in its narration about {soldier}";
        return new BoundExcerpt("the AP", about, "The AP writes", InMarks(block.Text), block.Line);
    }

    private static string Capital(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string ShortName(Speaker speaker) => speaker.Name.Split(", ")[0];

    /// <summary>The other person on the call: the speakers of the unbroken run of call lines around this one.</summary>
    private string? Listener(Block line)
    {
        var unit = course.Article.FindUnit(line.UnitId)!;
        var blocks = unit.ArticleBlocks.ToList();
        var at = blocks.IndexOf(line);
        var from = at;
        while (from > 0 && blocks[from - 1].Kind == BlockKind.Call)
        {
            from--;
        }

        var to = at;
        while (to + 1 < blocks.Count && blocks[to + 1].Kind == BlockKind.Call)
        {
            to++;
        }

        var other = blocks[from..(to + 1)].Select(b => b.Speaker).FirstOrDefault(s => s is not null && s != line.Speaker);
        if (other is null)
        {
            return null;
        }

        return line.Speaker!.Role switch
        {
            SpeakerRole.Soldier => other.Role switch
            {
                SpeakerRole.Mother => "his mother",
                SpeakerRole.Wife => "his wife",
                SpeakerRole.Girlfriend => $"his girlfriend, {ShortName(other)}",
                _ => ShortName(other),
            },
            SpeakerRole.Mother => "her son",
            SpeakerRole.Wife => "her husband",
            _ => ShortName(other),
        };
    }

    /// <summary>How a teacher names who speaks a line: “Leonid’s mother”; the AP for its own narration.</summary>
    public static string SpeakerName(Block block) => block.Kind switch
    {
        BlockKind.Call or BlockKind.Interview when block.Speaker is not null => block.Speaker.Name,
        BlockKind.Interview => "a family member, to the AP",
        _ => "the AP",
    };

    /// <summary>The excerpt's speaker as a handout names it: words the AP reports are the speaker's, as reported by the AP, never the AP's own.</summary>
    private static string ExcerptSpeaker(Block block, QuotedSpan? span, bool asNarration) =>
        span is not null ? $"{span.Speaker.Name}, as reported by the AP" : asNarration ? "the AP" : SpeakerName(block);

    /// <summary>
    /// The words a template's <c>{{ quote }}</c> stands for, verbatim: a call's spoken words with the article's own
    /// quote marks (and any stage direction written inside them); for a later interview, the longest of the
    /// mother's quoted sentences (the rest of that paragraph is the AP's reporting, not her words); otherwise the
    /// whole line, which is the AP's narration, set in quote marks (its own quotes become single ones inside).
    /// </summary>
    public static string QuoteOf(Block block) => block.Kind switch
    {
        BlockKind.Call when block.Spoken is { } spoken => spoken,
        BlockKind.Interview => block.Quotes.Count > 0 ? block.Quotes.MaxBy(q => q.Text.Length)!.Quoted : InMarks(block.Text),
        _ => InMarks(block.Text),
    };

    /// <summary>Narration quoted inside a prompt stands in quote marks; quotes within it turn to single marks, as in print.</summary>
    public static string InMarks(string text) => $"“{Nest(text)}”";

    public static string Nest(string text) => text.Replace('“', '‘').Replace('”', '’');

    private string ExcerptWhy(Block block, QuotedSpan? span, PromptNeeds needs, Pairing? pairing, bool second)
    {
        var kind = span is not null ? $"words the AP reports inside its narration"
            : block.Kind switch
            {
                BlockKind.Call => "a line of an intercepted call",
                BlockKind.Interview => "a quote from the AP's later interviews",
                _ => "the AP's narration",
            };
        var parts = new List<string> { $"{(span is not null ? span.Speaker.Name : SpeakerName(block))}, {kind}, in {block.UnitId}" };
        if (pairing is not null)
        {
            var label = Taxonomy.Find(Taxonomy.PairingKinds, pairing.Kind)?.Label ?? pairing.Kind;
            parts.Add(second ? $"the second half of the pairing “{label}” ({pairing.Id})" : $"the first half of the pairing “{label}” ({pairing.Id})");
        }

        if (!second)
        {
            if (needs.Block is not null)
            {
                parts.Add("the prompt is written for this line");
            }

            if (needs.Speaker is not null)
            {
                parts.Add($"the prompt needs a {needs.Speaker}");
            }

            var note = course.Annotations.For(block);
            var marks = note.Themes.Concat(note.Tags).ToList();
            if (marks.Count > 0)
            {
                parts.Add($"annotated {string.Join(", ", marks)}");
            }
        }

        return string.Join("; ", parts);
    }

    private static string PromptWhy(DiscussionRequest request, Candidate c, bool newLevel)
    {
        var theme = request.Themes.Count > 0 ? $"theme {c.Template.Theme} was asked for" : $"theme {c.Template.Theme}";
        var level = newLevel ? $"adds the Bloom level '{c.Template.Level}'" : $"Bloom level '{c.Template.Level}'";
        var framework = Taxonomy.Find(Taxonomy.Frameworks, c.Template.Framework)?.Label ?? c.Template.Framework;
        var mine = c.Template.FromFacilitator ? "; your own prompt, chosen before shipped ones" : "";
        return $"{theme}; {level}; grounded in {framework}; fits {c.Unit.Id} for audience {request.Audience}{mine}";
    }

    private sealed class FitCounts
    {
        public int WrongAudience { get; set; }

        public int Graphic { get; set; }

        public int OtherLevel { get; set; }

        public int OtherUnits { get; set; }

        public int NoExcerpt { get; set; }
    }

    private static string ShortfallWhy(int fitting, int used, FitCounts counts)
    {
        var parts = new List<string> { $"{fitting} prompt(s) of the bank fit" };
        if (used < fitting)
        {
            parts.Add($"{fitting - used} of them would quote an excerpt a third time");
        }

        if (counts.WrongAudience > 0)
        {
            parts.Add($"{counts.WrongAudience} are not written for this audience");
        }

        if (counts.Graphic > 0)
        {
            parts.Add($"{counts.Graphic} discuss graphic material");
        }

        if (counts.OtherLevel > 0)
        {
            parts.Add($"{counts.OtherLevel} are at Bloom levels not asked for");
        }

        if (counts.OtherUnits > 0)
        {
            parts.Add($"{counts.OtherUnits} are written for other units");
        }

        if (counts.NoExcerpt > 0)
        {
            parts.Add($"{counts.NoExcerpt} need an excerpt these units do not have");
        }

        return string.Join("; ", parts) + ".";
    }

    private static int LevelIndex(string level) => Taxonomy.Levels.Select(l => l.Id).ToList().IndexOf(level);

    private static DiscussionRequestException Unknown(string field, string value, IReadOnlyList<string> valid, string problem)
    {
        var nearest = Taxonomy.Nearest(valid, value);
        var plural = field switch { "units" => "units", "themes" => "themes", "audience" => "audiences", _ => "levels" };
        return new DiscussionRequestException(new RequestError(field, value, nearest, $"{problem}; {plural} are: {string.Join(", ", nearest)}"));
    }

    private static string Canonical(string? id) => id?.Trim().ToLowerInvariant() ?? "";

    /// <summary>
    /// A quoted span cut from the AP's sentence may end without its own stop (“…let alone in looting”); when the prompt
    /// goes on with a new sentence, the stop goes after the closing mark, so the quote itself stays verbatim.
    /// </summary>
    private static string EndQuotedSentences(string text) => UnstoppedQuote().Replace(text, "$1”.$2");

    [System.Text.RegularExpressions.GeneratedRegex(@"(\p{L})”(\s+\p{Lu})")]
    private static partial System.Text.RegularExpressions.Regex UnstoppedQuote();
}
