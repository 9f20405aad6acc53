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

    private sealed record Option(Block Block, Pairing? Pairing, Block? Second);

    private sealed record Candidate(PromptTemplate Template, LessonUnit Unit, IReadOnlyList<Option> Options, uint Tiebreak)
    {
        public int Level => LevelIndex(Template.Level);
    }

    private sealed record Chosen(PromptTemplate Template, LessonUnit Unit, Option Option, string Text, IReadOnlyList<string> LookFors, IReadOnlyList<string> Starters, string Why);

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

    public DiscussionSet Generate(DiscussionRequest request)
    {
        var units = Validate(request).ToList();
        var options = request.Options ?? DiscussionOptions.Default;
        var leaveOutGraphic = Taxonomy.LeavesOutGraphic(request.Audience, options.LeaveOutGraphic);
        var levels = options.Levels is { Count: > 0 } ? options.Levels : null;
        var random = new Pcg32(request.Seed);
        var notes = new List<string>();

        var candidates = new List<Candidate>();
        foreach (var template in bank.Prompts.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (!template.Audiences.Contains(request.Audience)
                || (request.Themes.Count > 0 && !request.Themes.Contains(template.Theme))
                || (leaveOutGraphic && template.Needs.Graphic)
                || (levels is not null && !levels.Contains(template.Level)))
            {
                continue;
            }

            foreach (var unit in units.Where(u => template.Units.Count == 0 || template.Units.Contains(u.Id)))
            {
                var fits = Options(template.Needs, unit, leaveOutGraphic);
                if (fits.Count > 0)
                {
                    candidates.Add(new Candidate(template, unit, fits, random.Next()));
                }
            }
        }

        var chosen = Pick(request, candidates, random, notes);
        chosen = [.. chosen
            .OrderBy(c => LevelIndex(c.Template.Level))
            .ThenBy(c => units.IndexOf(c.Unit))
            .ThenBy(c => c.Template.Id, StringComparer.Ordinal)];

        var excerpts = new List<Excerpt>();
        string ExcerptFor(Block block, string why)
        {
            var existing = excerpts.FirstOrDefault(e => e.Block == block.Id);
            if (existing is not null)
            {
                return existing.Id;
            }

            var excerpt = new Excerpt($"e{excerpts.Count + 1}", block.UnitId, block.Id, SpeakerName(block), block.Text, block.Line, why);
            excerpts.Add(excerpt);
            return excerpt.Id;
        }

        var prompts = new List<Prompt>();
        foreach (var c in chosen)
        {
            var first = ExcerptFor(c.Option.Block, ExcerptWhy(c.Option.Block, c.Template.Needs, c.Option.Pairing, second: false));
            var pair = c.Option.Second is { } second ? ExcerptFor(second, ExcerptWhy(second, c.Template.Needs, c.Option.Pairing, second: true)) : null;
            prompts.Add(new Prompt(c.Template.Id, c.Text, c.Template.Theme, c.Template.Framework, c.Template.Level, c.Template.Question, first, pair, c.LookFors, c.Starters, c.Why));
        }

        if (prompts.Count < request.Count)
        {
            var themes = request.Themes.Count > 0 ? string.Join(", ", request.Themes) : "any theme";
            notes.Insert(0, $"Asked for {request.Count} prompts; {prompts.Count} fit {string.Join(", ", units.Select(u => u.Id))} ({themes}, audience {request.Audience}). The set is not padded: add prompts to the bank or widen the request for more.");
        }

        var distinctLevels = prompts.Select(p => p.Level).Distinct().Count();
        if (options.MinLevels > distinctLevels)
        {
            notes.Add($"Asked for at least {options.MinLevels} Bloom levels; the prompts that fit cover {distinctLevels}.");
        }

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
            notes);
    }

    /// <summary>
    /// Greedy and seeded: each turn takes the candidate that adds a Bloom level not yet covered, then the least-used
    /// unit, theme and level, then the seed's draw. A template is used at most once per set.
    /// </summary>
    private List<Chosen> Pick(DiscussionRequest request, List<Candidate> candidates, Pcg32 random, List<string> notes)
    {
        var chosen = new List<Chosen>();
        var usedTemplates = new HashSet<string>(StringComparer.Ordinal);
        var usedBlocks = new HashSet<string>(StringComparer.Ordinal);
        var unitUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var themeUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var levelUse = new Dictionary<string, int>(StringComparer.Ordinal);
        int Use(Dictionary<string, int> counts, string key) => counts.GetValueOrDefault(key);

        while (chosen.Count < request.Count)
        {
            var open = candidates.Where(c => !usedTemplates.Contains(c.Template.Id)).ToList();
            if (open.Count == 0)
            {
                break;
            }

            var best = open
                .OrderBy(c => Use(levelUse, c.Template.Level) > 0 ? 1 : 0)
                .ThenBy(c => Use(unitUse, c.Unit.Id))
                .ThenBy(c => Use(themeUse, c.Template.Theme))
                .ThenBy(c => Use(levelUse, c.Template.Level))
                .ThenBy(c => c.Tiebreak)
                .First();
            usedTemplates.Add(best.Template.Id);

            var fresh = best.Options.Where(o => !usedBlocks.Contains(o.Block.Id)).ToList();
            var pool = fresh.Count > 0 ? fresh : best.Options;
            var option = pool[random.Below(pool.Count)];

            var model = Model(best.Unit, option);
            try
            {
                var text = PromptSandbox.Render(best.Template.Compiled.Text, model, Budget).Trim();
                var lookFors = best.Template.Compiled.LookFors.Select(t => PromptSandbox.Render(t, model, Budget).Trim()).ToList();
                var starters = best.Template.Compiled.Starters.Select(t => PromptSandbox.Render(t, model, Budget).Trim()).ToList();
                var why = PromptWhy(request, best, Use(levelUse, best.Template.Level) == 0);
                chosen.Add(new Chosen(best.Template, best.Unit, option, text, lookFors, starters, why));
            }
            catch (TemplateRenderException e)
            {
                notes.Add($"Prompt '{best.Template.Id}' was skipped: {e.Message}.");
                continue;
            }

            usedBlocks.Add(option.Block.Id);
            unitUse[best.Unit.Id] = Use(unitUse, best.Unit.Id) + 1;
            themeUse[best.Template.Theme] = Use(themeUse, best.Template.Theme) + 1;
            levelUse[best.Template.Level] = Use(levelUse, best.Template.Level) + 1;
        }

        return chosen;
    }

    private List<Option> Options(PromptNeeds needs, LessonUnit unit, bool leaveOutGraphic)
    {
        bool Fits(Block b) =>
            !b.IsFurniture
            && (needs.Block is null ? b.Words >= MinWords : b.Id == needs.Block)
            && SpeakerFits(b, needs.Speaker)
            && (needs.Themes.Count == 0 || course.Annotations.For(b).Themes.Any(needs.Themes.Contains))
            && needs.Tags.All(course.Annotations.For(b).Has)
            && !(leaveOutGraphic && course.Annotations.For(b).Has("graphic"));

        if (needs.Pairing is null)
        {
            return [.. unit.ArticleBlocks.Where(Fits).Select(b => new Option(b, null, null))];
        }

        var result = new List<Option>();
        foreach (var pairing in course.Annotations.Pairings.Where(p => p.Kind == needs.Pairing))
        {
            var first = course.Article.FindBlock(pairing.First);
            var second = course.Article.FindBlock(pairing.Second);
            if (first is null || second is null || first.UnitId != unit.Id || !Fits(first) || second.IsFurniture
                || (leaveOutGraphic && course.Annotations.For(second).Has("graphic")))
            {
                continue;
            }

            result.Add(new Option(first, pairing, second));
        }

        return result;
    }

    private static bool SpeakerFits(Block b, string? role) => role switch
    {
        null => b.Kind is BlockKind.Call or BlockKind.Interview or BlockKind.Narration,
        "narrator" => b.Kind == BlockKind.Narration,
        "interviewee" => b.Kind == BlockKind.Interview,
        _ => b.Kind == BlockKind.Call && string.Equals(b.Speaker?.Role.ToString(), role, StringComparison.OrdinalIgnoreCase),
    };

    private static PromptModel Model(LessonUnit unit, Option option)
    {
        var soldier = unit.Profile?.Name ?? "the soldiers";
        var pair = option.Second is { } second ? new PairedExcerpt(SpeakerName(second), QuoteOf(second), second.Line) : null;
        return new PromptModel(unit.Id, unit.Title, unit.Number, soldier, SpeakerName(option.Block), QuoteOf(option.Block), option.Block.Line, pair, option.Pairing?.Note);
    }

    /// <summary>How a teacher names who speaks a line: “Leonid’s mother”; the AP for its own narration.</summary>
    public static string SpeakerName(Block block) => block.Kind switch
    {
        BlockKind.Call or BlockKind.Interview when block.Speaker is not null => block.Speaker.Name,
        BlockKind.Interview => "a family member, to the AP",
        _ => "the AP",
    };

    /// <summary>
    /// The words a template's <c>{{ quote }}</c> stands for, verbatim: a call's spoken words with the article's own
    /// quote marks (and any stage direction written inside them); for a later interview, the longest of the
    /// mother's quoted sentences (the rest of that paragraph is the AP's reporting, not her words); otherwise the
    /// whole line, which is the AP's narration.
    /// </summary>
    public static string QuoteOf(Block block) => block.Kind switch
    {
        BlockKind.Call when block.Spoken is { } spoken => spoken,
        BlockKind.Interview => QuotedSpans().Matches(block.Text).Select(m => m.Value).MaxBy(q => q.Length) ?? block.Text,
        _ => block.Text,
    };

    [System.Text.RegularExpressions.GeneratedRegex("“[^“”]*”")]
    private static partial System.Text.RegularExpressions.Regex QuotedSpans();

    private string ExcerptWhy(Block block, PromptNeeds needs, Pairing? pairing, bool second)
    {
        var kind = block.Kind switch
        {
            BlockKind.Call => "a line of an intercepted call",
            BlockKind.Interview => "a quote from the AP's later interviews",
            _ => "the AP's narration",
        };
        var parts = new List<string> { $"{SpeakerName(block)}, {kind}, in {block.UnitId}" };
        if (pairing is not null)
        {
            parts.Add(second ? $"the second half of the {pairing.Kind} pairing '{pairing.Id}'" : $"the first half of the {pairing.Kind} pairing '{pairing.Id}'");
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
        return $"{theme}; {level}; grounded in {c.Template.Framework}; fits {c.Unit.Id} for audience {request.Audience}";
    }

    private static int LevelIndex(string level) => Taxonomy.Levels.Select(l => l.Id).ToList().IndexOf(level);

    private static DiscussionRequestException Unknown(string field, string value, IReadOnlyList<string> valid, string problem)
    {
        var nearest = Taxonomy.Nearest(valid, value);
        var plural = field switch { "units" => "units", "themes" => "themes", "audience" => "audiences", _ => "levels" };
        return new DiscussionRequestException(new RequestError(field, value, nearest, $"{problem}; {plural} are: {string.Join(", ", nearest)}"));
    }
}
