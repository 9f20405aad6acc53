using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Curriculum.Core.Yaml;

namespace Curriculum.Core.Annotations;

/// <summary>What a teacher needs that the article does not carry, reviewed by hand in <c>seeds/annotations.yaml</c>.</summary>
public sealed record CourseAnnotations(
    IReadOnlyDictionary<string, UnitAnnotation> Units,
    IReadOnlyDictionary<string, BlockAnnotation> Blocks,
    IReadOnlyList<Pairing> Pairings)
{
    public UnitAnnotation For(LessonUnit unit) => Units[unit.Id];

    public BlockAnnotation For(Block block) => Blocks.GetValueOrDefault(block.Id) ?? BlockAnnotation.None;
}

public sealed record UnitAnnotation(
    string Summary,
    IReadOnlyList<string> Themes,
    Advisory Advisory,
    int Minutes,
    IReadOnlyList<string> Standards,
    IReadOnlyList<Objective> Objectives,
    IReadOnlyList<VocabularyEntry> Vocabulary,
    IReadOnlyList<ContextNote> Context)
{
    /// <summary>The unit's lesson arc beyond its reading: journal, reading purpose, exit ticket, claim task (all reviewed; optional, the documents fall back to wording of their own).</summary>
    public LessonArc Arc { get; init; } = LessonArc.None;

    /// <summary>Responses a teacher should expect from students (mistaken or harmful reasoning) and how to answer each (reviewed; every quoted word verbatim).</summary>
    public IReadOnlyList<Anticipated> Anticipate { get; init; } = [];

    /// <summary>
    /// Ideas (framework ids) the unit's claim task or model answer uses beyond its prompts' and objectives', so that the
    /// students' chart defines every idea they are marked on (blind reviews 27-30: euphemistic labeling in Ivan THREE's
    /// model answer, on no chart).
    /// </summary>
    public IReadOnlyList<string> Tools { get; init; } = [];
}

/// <summary>
/// A student response a teacher should be ready for, such as a justification of a killing or blame of a whole people,
/// and how to answer it from the text and the context notes.
/// </summary>
public sealed record Anticipated(string Student, string Response);

/// <summary>
/// What a unit's lesson asks of students around the reading (PEDAGOGY.md, "A lesson, not a worksheet"): a private
/// journal prompt before reading, a purpose for the reading, an exit ticket, a claim–evidence–reasoning task with a
/// model answer for the teacher, a note on grief where the unit tells of a death in a family, and an opt-out task of
/// equal worth. Every word in curly quotes is a verbatim span of the unit's text (checked at load).
/// </summary>
public sealed record LessonArc(
    string? Journal,
    string? Purpose,
    string? ExitTicket,
    ClaimTask? Claim,
    string? Grief,
    string? OptOut)
{
    public static readonly LessonArc None = new(null, null, null, null, null, null);

    /// <summary>
    /// Where and when the part is set, and who is speaking to whom, in a sentence or two: the student's way into the
    /// reading. It sets the scene and gives nothing of what happens away (the guide's summary does that for the teacher).
    /// </summary>
    public string? Headnote { get; init; }

    /// <summary>What a strong exit ticket shows, for the teacher sorting the tickets after the lesson (never on the student's copy).</summary>
    public string? ExitLookFor { get; init; }
}

/// <summary>
/// A learning objective and what in the lesson serves it, in order of preference: a framework a prompt is tagged with
/// (<c>bandura:diffusion-of-responsibility</c>, or a whole family: <c>bandura:*</c>), one prompt of the bank
/// (<c>prompt:maxim-3-the-two-worlds</c>), or a task every lesson has (<c>claim</c>, <c>exit-ticket</c>, <c>journal</c>,
/// <c>organizer</c>, <c>chart</c>). The teacher guide names the first that the unit's set holds, so "served by" is a
/// fact of the set, never a guess.
/// </summary>
public sealed record Objective(string Text, IReadOnlyList<string> ServedBy)
{
    /// <summary>The tasks every unit's lesson has, beside its prompts.</summary>
    public static readonly IReadOnlyList<string> Tasks = ["claim", "exit-ticket", "journal", "organizer", "chart"];
}

/// <summary>A short claim–evidence–reasoning task: the question students answer and a model answer for the teacher.</summary>
public sealed record ClaimTask(string Question, string ModelAnswer);

/// <summary>A content advisory: its level (low, moderate, high) and why.</summary>
public sealed record Advisory(string Level, IReadOnlyList<string> Reasons);

public sealed record VocabularyEntry(string Term, string Definition);

/// <summary>
/// A context note. <paramref name="Hard"/> marks a note that tells of killing, death, wounding or harm: it prints on the
/// unit's handout and guide, but never on the opt-out sheet, which a student takes to stay away from such material.
/// </summary>
public sealed record ContextNote(string Title, string Note, bool Hard = false);

public sealed record BlockAnnotation(IReadOnlyList<string> Themes, IReadOnlyList<string> Tags)
{
    public static readonly BlockAnnotation None = new([], []);

    /// <summary>
    /// For a paragraph of the AP's narration, what it is as a source, one kind per sentence in order where they differ
    /// (<see cref="Taxonomy.NarrationSources"/>: a retelling of a call, the AP's reading, its background…); empty for
    /// other blocks.
    /// </summary>
    public IReadOnlyList<string> Source { get; init; } = [];

    public bool Has(string tag) => Tags.Contains(tag);
}

/// <summary>Two excerpts worth reading against each other, e.g. what a mother said in the calls and what she told the AP later.</summary>
public sealed record Pairing(string Id, string Kind, string First, string Second, string Note);

public static class AnnotationsLoader
{
    private static readonly string[] UnitFields = ["summary", "headnote", "themes", "advisory", "minutes", "standards", "objectives", "vocabulary", "context", "journal", "purpose", "exit_ticket", "exit_look_for", "claim", "grief", "opt_out", "anticipate", "tools"];

    public static CourseAnnotations Parse(string file, string text, Article article)
    {
        var root = new YamlValue(file, YamlReader.LoadMapping(file, text)).Fields("the annotations file", "units", "blocks", "pairings");

        var units = new Dictionary<string, UnitAnnotation>(StringComparer.Ordinal);
        foreach (var (id, keyNode, value) in root.Required("units").Entries("units"))
        {
            var unit = article.FindUnit(id)
                ?? throw keyNode.Error($"unknown unit '{id}'; units are: {string.Join(", ", Taxonomy.Nearest(article.UnitIds, id))}");
            if (units.ContainsKey(id))
            {
                throw keyNode.Error($"unit '{id}' is annotated twice");
            }

            units[id] = ReadUnit(unit, value);
        }

        var missing = article.Units.FirstOrDefault(u => !units.ContainsKey(u.Id));
        if (missing is not null)
        {
            throw root.Required("units").Error($"unit '{missing.Id}' has no annotations: every unit needs its themes, advisory, minutes and standards");
        }

        var blocks = new Dictionary<string, BlockAnnotation>(StringComparer.Ordinal);
        foreach (var (id, keyNode, value) in root.Optional("blocks")?.Entries("blocks") ?? [])
        {
            var block = article.FindBlock(id) ?? throw keyNode.Error($"unknown block '{id}' (block ids look like leonid-1.4: unit id, a dot, the block's place in the unit)");
            if (block.IsFurniture)
            {
                throw keyNode.Error($"block '{id}' is a {block.Kind.ToString().ToLowerInvariant()} (page furniture, not the article's words) and cannot be annotated for teaching");
            }

            var f = value.Fields($"block '{id}'", "themes", "tags", "source");
            var source = Known(f, "source", Taxonomy.NarrationSources, $"block '{id}'");
            if (source.Count > 0 && block.Kind != BlockKind.Narration)
            {
                throw f.Required("source").Error($"block '{id}' is not the AP's narration, so it takes no 'source' (that says what a paragraph of narration is: {Taxonomy.Ids(Taxonomy.NarrationSources)})");
            }

            var sentences = Sentences.Of(block.Text).Count;
            if (source.Count > 1 && source.Count != sentences)
            {
                throw f.Required("source").Error($"block '{id}' has {sentences} sentence(s) but {source.Count} source kinds: give one kind for the whole paragraph, or one per sentence in order");
            }

            blocks[id] = new BlockAnnotation(
                Known(f, "themes", Taxonomy.Themes, $"block '{id}'"),
                Known(f, "tags", Taxonomy.BlockTags, $"block '{id}'"))
            { Source = source };
        }

        var pairings = new List<Pairing>();
        foreach (var node in root.Optional("pairings")?.Items("pairings") ?? [])
        {
            var f = node.Fields("a pairing", "id", "kind", "first", "second", "note");
            var kind = f.RequiredString("kind");
            if (Taxonomy.Find(Taxonomy.PairingKinds, kind) is null)
            {
                throw f.Required("kind").Error($"unknown pairing kind '{kind}'; expected one of: {Taxonomy.Ids(Taxonomy.PairingKinds)}");
            }

            foreach (var end in new[] { "first", "second" })
            {
                var blockId = f.RequiredString(end);
                var block = article.FindBlock(blockId);
                if (block is null || block.IsFurniture)
                {
                    throw f.Required(end).Error(block is null ? $"unknown block '{blockId}'" : $"block '{blockId}' is page furniture and cannot be paired");
                }
            }

            var pairing = new Pairing(f.RequiredString("id"), kind, f.RequiredString("first"), f.RequiredString("second"), f.RequiredString("note"));
            if (pairings.Any(p => p.Id == pairing.Id))
            {
                throw f.Required("id").Error($"pairing '{pairing.Id}' is declared twice");
            }

            pairings.Add(pairing);
        }

        return new CourseAnnotations(units, blocks, pairings);
    }

    private static UnitAnnotation ReadUnit(LessonUnit unit, YamlValue node)
    {
        var what = $"unit '{unit.Id}'";
        var f = node.Fields(what, UnitFields);
        var themes = Known(f, "themes", Taxonomy.Themes, what);
        if (themes.Count == 0)
        {
            throw f.Owner.Error($"{what} needs at least one theme; themes are: {Taxonomy.Ids(Taxonomy.Themes)}");
        }

        var a = f.Required("advisory").Fields($"the advisory of {what}", "level", "reasons");
        var level = a.RequiredString("level");
        if (Taxonomy.Find(Taxonomy.AdvisoryLevels, level) is null)
        {
            throw a.Required("level").Error($"unknown advisory level '{level}'; expected one of: {Taxonomy.Ids(Taxonomy.AdvisoryLevels)}");
        }

        var reasons = a.OptionalStrings("reasons");
        if (level != "low" && reasons.Count == 0)
        {
            throw a.Owner.Error($"the advisory of {what} is '{level}' but gives no reasons: say what a teacher should know");
        }

        var minutes = f.Required("minutes").Int($"'minutes' in {what}");
        if (minutes is < 5 or > 180)
        {
            throw f.Required("minutes").Error($"'minutes' in {what} is {minutes}; a lesson unit takes between 5 and 180 minutes");
        }

        var vocabulary = (f.Optional("vocabulary")?.Items($"the vocabulary of {what}") ?? []).Select(v =>
        {
            var vf = v.Fields($"a vocabulary entry of {what}", "term", "definition");
            var term = vf.RequiredString("term");
            if (!unit.ArticleBlocks.Any(b => b.Text.Contains(term, StringComparison.OrdinalIgnoreCase)))
            {
                throw vf.Required("term").Error($"the term '{term}' does not occur in the text of {what}");
            }

            return new VocabularyEntry(term, vf.RequiredString("definition"));
        }).ToList();

        var context = (f.Optional("context")?.Items($"the context notes of {what}") ?? []).Select(c =>
        {
            var cf = c.Fields($"a context note of {what}", "title", "note", "hard");
            return new ContextNote(cf.RequiredString("title"), cf.RequiredString("note"), cf.OptionalBool("hard") ?? false);
        }).ToList();

        ClaimTask? claim = null;
        if (f.Optional("claim") is { } claimNode)
        {
            var cf = claimNode.Fields($"the claim task of {what}", "question", "model_answer");
            claim = new ClaimTask(Verbatim(unit, cf, "question", what), Verbatim(unit, cf, "model_answer", what));
        }

        var arc = new LessonArc(
            OptionalVerbatim(unit, f, "journal", what),
            OptionalVerbatim(unit, f, "purpose", what),
            OptionalVerbatim(unit, f, "exit_ticket", what),
            claim,
            OptionalVerbatim(unit, f, "grief", what),
            OptionalVerbatim(unit, f, "opt_out", what))
        { Headnote = OptionalVerbatim(unit, f, "headnote", what), ExitLookFor = OptionalVerbatim(unit, f, "exit_look_for", what) };

        var anticipate = (f.Optional("anticipate")?.Items($"the anticipated responses of {what}") ?? []).Select(a =>
        {
            var af = a.Fields($"an anticipated response of {what}", "student", "response");
            return new Anticipated(Verbatim(unit, af, "student", what), Verbatim(unit, af, "response", what));
        }).ToList();

        return new UnitAnnotation(
            f.RequiredString("summary"),
            themes,
            new Advisory(level, reasons),
            minutes,
            f.OptionalStrings("standards"),
            Objectives(f, what),
            vocabulary,
            context)
        { Arc = arc, Anticipate = anticipate, Tools = Tools(f, what) };
    }

    /// <summary>The extra ideas for the chart: each a framework the taxonomy defines.</summary>
    private static IReadOnlyList<string> Tools(YamlFields f, string what)
    {
        var tools = f.OptionalStrings("tools");
        foreach (var id in tools)
        {
            if (Taxonomy.Find(Taxonomy.Frameworks, id) is null)
            {
                throw f.Required("tools").Error($"'{id}' in 'tools' of {what} is not a framework the kit defines (lesson-templates/FRAMEWORKS.md lists them, such as bandura:euphemistic-labeling)");
            }
        }

        return tools;
    }

    /// <summary>Each objective with what serves it: every selector a known framework, a family (<c>ipa:*</c>), a prompt id or a task.</summary>
    private static IReadOnlyList<Objective> Objectives(YamlFields f, string what) =>
        [.. (f.Optional("objectives")?.Items($"the objectives of {what}") ?? []).Select(o =>
        {
            var of = o.Fields($"an objective of {what}", "text", "served_by");
            var servedBy = of.Required("served_by").Strings($"'served_by' in an objective of {what}");
            if (servedBy.Count == 0)
            {
                throw of.Required("served_by").Error($"an objective of {what} names nothing that serves it: list a framework, a prompt (prompt:ID) or a task ({string.Join(", ", Objective.Tasks)})");
            }

            foreach (var selector in servedBy)
            {
                var known = Objective.Tasks.Contains(selector)
                    || selector.StartsWith("prompt:", StringComparison.Ordinal) && selector.Length > "prompt:".Length
                    || selector.EndsWith(":*", StringComparison.Ordinal) && Taxonomy.Frameworks.Any(t => t.Id.StartsWith(selector[..^1], StringComparison.Ordinal))
                    || Taxonomy.Find(Taxonomy.Frameworks, selector) is not null;
                if (!known)
                {
                    throw of.Required("served_by").Error($"'{selector}' in an objective of {what} is not a framework, a family such as bandura:*, prompt:ID or a task ({string.Join(", ", Objective.Tasks)})");
                }
            }

            return new Objective(of.RequiredString("text"), servedBy);
        })];

    private static string? OptionalVerbatim(LessonUnit unit, YamlFields f, string field, string what) =>
        f.Optional(field) is null ? null : Verbatim(unit, f, field, what);

    /// <summary>
    /// A field a student or teacher reads as the article's words where it quotes them: every span in curly double
    /// quotes must occur verbatim in the unit's text, so a task never puts words in a speaker's mouth.
    /// </summary>
    private static string Verbatim(LessonUnit unit, YamlFields f, string field, string what)
    {
        var text = f.RequiredString(field);
        foreach (System.Text.RegularExpressions.Match quote in System.Text.RegularExpressions.Regex.Matches(text, "“([^”]+)”"))
        {
            var words = quote.Groups[1].Value;
            if (!unit.ArticleBlocks.Any(b => b.Text.Contains(words, StringComparison.Ordinal)))
            {
                throw f.Required(field).Error($"'{field}' in {what} quotes “{words}”, which is not the article's words in this unit: quote the text exactly or drop the quotation marks");
            }
        }

        return text;
    }

    private static IReadOnlyList<string> Known(YamlFields f, string field, IReadOnlyList<Term> terms, string what)
    {
        var node = f.Optional(field);
        if (node is null)
        {
            return [];
        }

        var values = node.Value.Strings($"'{field}' in {what}");
        var unknown = values.FirstOrDefault(v => Taxonomy.Find(terms, v) is null);
        if (unknown is not null)
        {
            throw node.Value.Error($"unknown {field.TrimEnd('s')} '{unknown}' in {what}; expected one of: {Taxonomy.Ids(terms)}");
        }

        return values;
    }
}
