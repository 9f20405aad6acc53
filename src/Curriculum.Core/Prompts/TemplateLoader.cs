using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Curriculum.Core.Yaml;
using YamlDotNet.RepresentationModel;

namespace Curriculum.Core.Prompts;

/// <summary>A template file's name (as it should appear in messages) and its text.</summary>
public sealed record TemplateSource(string File, string Text);

/// <summary>The outcome of checking a set of template files: the prompts of the clean files, and every error found.</summary>
public sealed record TemplateCheck(IReadOnlyList<PromptTemplate> Prompts, IReadOnlyList<TemplateError> Errors)
{
    public bool IsClean => Errors.Count == 0;
}

/// <summary>
/// Reads and validates prompt template files (see <c>lesson-templates/README</c> in the docs of <see cref="PromptTemplate"/>).
/// Every error is collected with its file, line and column; a file with any error contributes nothing.
/// </summary>
public static partial class TemplateLoader
{
    public const int MaxFileBytes = 64 * 1024;
    public const int MaxFolderBytes = 1024 * 1024;
    public const int MaxFilesPerFolder = 100;
    public const int MaxPromptsPerFile = 200;
    public const int MaxYamlDepth = 24;

    private static readonly string[] PromptFields = ["id", "theme", "framework", "level", "question", "audiences", "units", "needs", "text", "look_fors", "starters", "topic"];
    private static readonly string[] RequiredFields = ["id", "theme", "framework", "level", "question", "audiences", "text"];
    private static readonly string[] NeedsFields = ["block", "speaker", "voice", "themes", "tags", "pairing", "graphic"];

    /// <summary>
    /// Reads the <c>*.yaml</c> and <c>*.yml</c> files of a folder (not its subfolders) as untrusted input: only regular
    /// files inside the folder (no links out of it, no devices, FIFOs or sockets), never more than the cap of any, and
    /// only UTF-8 text. What is refused is named, never quoted.
    /// </summary>
    public static IReadOnlyList<TemplateSource> ReadFolder(string folder, List<TemplateError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new TemplateError(folder, 1, 1, "no such folder of prompt templates"));
            return [];
        }

        var files = TemplateFolder.Candidates(folder);
        if (files.Count > MaxFilesPerFolder)
        {
            errors.Add(new TemplateError(folder, 1, 1, $"the folder holds {files.Count} template files; at most {MaxFilesPerFolder} are read"));
            return [];
        }

        var sources = new List<TemplateSource>();
        long total = 0;
        foreach (var file in files)
        {
            // The bytes actually read count, not the length the file system reports (a device says 0 and never ends).
            var entry = TemplateFolder.Read(folder, file, MaxFileBytes);
            if (entry.Refusal is not null)
            {
                errors.Add(new TemplateError(file, 1, 1, entry.Refusal));
                continue;
            }

            var bytes = entry.Bytes!;
            if (bytes.Length > MaxFileBytes)
            {
                errors.Add(new TemplateError(file, 1, 1, $"the file is larger than {MaxFileBytes:N0} bytes, the most a template file may be"));
                continue;
            }

            total += bytes.Length;
            if (total > MaxFolderBytes)
            {
                errors.Add(new TemplateError(folder, 1, 1, $"the folder's template files come to more than {MaxFolderBytes:N0} bytes, the most that are read"));
                return [];
            }

            if (TemplateFolder.Utf8(bytes) is not { } text)
            {
                errors.Add(new TemplateError(file, 1, 1, NotATemplate));
                continue;
            }

            sources.Add(new TemplateSource(file, text));
        }

        return sources;
    }

    /// <summary>Said of a file that is not even shaped like a template; nothing of its content is quoted.</summary>
    public const string NotATemplate = "not a prompt template (not UTF-8 YAML with a prompts: list)";

    /// <summary>
    /// Checks one set of files together: duplicate ids across the set are errors. A <c>budget</c> is the request's or
    /// command's, shared by the trial fills; without one, each fill has its own second.
    /// </summary>
    public static TemplateCheck Check(Course course, IEnumerable<TemplateSource> files, RenderBudget? budget = null) =>
        Check(course, files, budget, trusted: false);

    /// <summary>
    /// Reads the bank built into the kit against the course built with it: the fields are read and resolved as
    /// always, but the Liquid is parsed on first use and neither checked nor trial-filled here. Building the CLI checks
    /// this very text in full (its <c>CheckShippedPromptBank</c> target), and so do the tests (<c>ShippedBankTests</c>).
    /// </summary>
    internal static TemplateCheck ReadShipped(Course course, IEnumerable<TemplateSource> files) =>
        Check(course, files, budget: null, trusted: true);

    private static TemplateCheck Check(Course course, IEnumerable<TemplateSource> files, RenderBudget? budget, bool trusted)
    {
        var errors = new List<TemplateError>();
        var prompts = new List<PromptTemplate>();
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var source in files)
        {
            var fileErrors = new List<TemplateError>();
            var filePrompts = new FileReader(course, source, fileErrors, budget, trusted).Read();
            foreach (var prompt in filePrompts)
            {
                if (seen.TryGetValue(prompt.Id, out var first))
                {
                    fileErrors.Add(new TemplateError(source.File, prompt.Position.Line, prompt.Position.Column, $"duplicate prompt id '{prompt.Id}': it is already used at {first}"));
                }
                else
                {
                    seen[prompt.Id] = prompt.Position;
                }
            }

            errors.AddRange(fileErrors);
            if (fileErrors.Count == 0)
            {
                prompts.AddRange(filePrompts);
            }
        }

        return new TemplateCheck(prompts, errors);
    }

    private static TemplateError TooBig(string file, long size) =>
        new(file, 1, 1, $"the file is {size:N0} bytes; a template file may be at most {MaxFileBytes:N0} bytes");

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex("“(?<words>[^“”\u0001]*)”")]
    private static partial Regex CurlyQuoted();

    [GeneratedRegex(@"“\s*\{\{-?\s*(?<name>(?:pair\.)?quote)\s*-?\}\}\s*”")]
    private static partial Regex WrappedQuote();

    // A speaker's name or role, or the AP, with a verb of saying: "Leonid tells", "his mother asks", "the AP writes".
    [GeneratedRegex(@"\b(?:Leonid|Ivan|Maxim|Olya|(?:[Hh]is|[Hh]er|[Tt]he) (?:mother|wife|girlfriend|son|husband|commander)|(?:Leonid|Ivan|Maxim)’s (?:mother|wife|girlfriend)|[Tt]he AP|AP)(?: \w+ly)? (?:says|said|asks|asked|tells|told|writes|wrote|answers|answered|explains|explained|repeats|repeated|replies|replied|recites|recited|adds|added|insists|insisted|reports|reported|quotes|quoted)\b")]
    private static partial Regex FixedAttribution();

    // Fixed claims of where or when words were said: "(the AP)", "Words from the AP", "from an intercepted call", "told the AP months later".
    [GeneratedRegex(@"\((?:the AP|Leonid|Ivan|Maxim|Olya)[^)]*\)|\b(?:[Ww]ords from (?:the AP|Leonid|Ivan|Maxim|Olya|his|her)|(?:from|during) (?:an? |the |one )?(?:intercepted |phone )?call\b|(?:told|tells) the AP\b|the AP’s (?:own )?(?:narration|words)|(?:months|weeks) later|in January)")]
    private static partial Regex FixedVoice();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Reads one file, adding to its list of errors rather than stopping at the first.</summary>
    private sealed class FileReader(Course course, TemplateSource source, List<TemplateError> errors, RenderBudget? budget, bool trusted)
    {
        private bool _budgetReported;

        private readonly string[] _lines = source.Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

        private void Add(SourcePosition at, string message) => errors.Add(new TemplateError(source.File, at.Line, at.Column, message));

        private void Add(ContentException e) => Add(e.Position, e.Problem);

        private T? Try<T>(Func<T> read)
        {
            try
            {
                return read();
            }
            catch (ContentException e)
            {
                Add(e);
                return default;
            }
        }

        public List<PromptTemplate> Read()
        {
            var bytes = Encoding.UTF8.GetByteCount(source.Text);
            if (bytes > MaxFileBytes)
            {
                errors.Add(TooBig(source.File, bytes));
                return [];
            }

            // Anchors, aliases and deep nesting are refused on the event stream, before any tree is built.
            var root = Try(() => YamlReader.LoadMapping(source.File, source.Text, MaxYamlDepth));
            if (root is null)
            {
                return [];
            }

            if (!ShapedLikeATemplate(root))
            {
                return [];
            }

            var top = new YamlValue(source.File, root);
            var fields = Fields(top, "the template file", ["prompts"], ["prompts"]);
            if (fields?.Optional("prompts") is not { } list)
            {
                return [];
            }

            var items = Try(() => list.Items("'prompts'").ToList());
            if (items is null)
            {
                return [];
            }

            if (items.Count > MaxPromptsPerFile)
            {
                Add(list.Position, $"the file holds {items.Count} prompts; a file may hold at most {MaxPromptsPerFile}");
                return [];
            }

            var prompts = new List<PromptTemplate>();
            foreach (var item in items)
            {
                if (ReadPrompt(item) is { } prompt)
                {
                    prompts.Add(prompt);
                }
            }

            return prompts;
        }

        /// <summary>
        /// A file without a top-level <c>prompts:</c> list is not a template at all (it may be any file a link or a
        /// mistake brought in): say so once and quote none of it. A key one or two letters from <c>prompts</c> is a
        /// facilitator's typo, and naming it helps.
        /// </summary>
        private bool ShapedLikeATemplate(YamlMappingNode root)
        {
            var keys = root.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList();
            if (keys.Contains("prompts"))
            {
                return true;
            }

            var typo = keys.FirstOrDefault(k => k.Length <= 12 && Near(k.ToLowerInvariant(), "prompts"));
            Add(new SourcePosition(source.File, 1, 1), typo is null ? NotATemplate : $"{NotATemplate}; did you mean 'prompts' instead of '{typo}'?");
            return false;
        }

        private static bool Near(string a, string b)
        {
            // Levenshtein distance at most 2: enough for "prompt", "Prompts", "promts".
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (var i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }

                previous = current;
            }

            return previous[b.Length] <= 2;
        }

        private YamlFields? Fields(YamlValue node, string what, string[] allowed, string[] required)
        {
            if (node.Node is not YamlMappingNode map)
            {
                Add(node.Error($"{what} must be a mapping (key: value lines)"));
                return null;
            }

            foreach (var key in map.Children.Keys)
            {
                var name = key is YamlScalarNode { Value: { } k } ? k : "";
                if (!allowed.Contains(name))
                {
                    Add(new YamlValue(source.File, key).Position, $"unknown field '{Shorten(name)}' in {what}; fields are: {string.Join(", ", Taxonomy.Nearest(allowed, name))}");
                }
            }

            foreach (var name in required.Where(r => !map.Children.ContainsKey(new YamlScalarNode(r))))
            {
                Add(node.Position, $"{what} is missing the field '{name}'");
            }

            // Unknown fields are reported, and the known ones are still read, so every error surfaces in one pass.
            return new YamlValue(source.File, map).Fields(what);
        }

        private string? Term(YamlFields f, string field, IReadOnlyList<Term> terms, string kind, string kinds, IReadOnlyDictionary<string, string>? aliases = null)
        {
            if (f.Optional(field) is not { } node)
            {
                return null;
            }

            var value = Try(() => node.String($"'{field}'"));
            if (value is null)
            {
                return null;
            }

            // Both spellings are accepted ("analyse" and "analyze"); the kit speaks US English from here on.
            if (aliases is not null && aliases.TryGetValue(value, out var canonical))
            {
                value = canonical;
            }

            if (field == "framework" && Taxonomy.Find(Taxonomy.Topics, value.Replace("ipa:", "", StringComparison.Ordinal)) is { } topic)
            {
                Add(node.Position, $"“{topic.Label}” is a theme, not one of the IPA’s seven propaganda devices: write it as 'topic: {topic.Id}' and name the framework that fits (see lesson-templates/FRAMEWORKS.md)");
                return null;
            }

            if (Taxonomy.Find(terms, value) is null)
            {
                Add(node.Position, $"unknown {kind} '{value}'; {kinds} are: {string.Join(", ", Taxonomy.Nearest(terms.Select(t => t.Id), value))}");
                return null;
            }

            return value;
        }

        private List<string> Terms(YamlFields f, string field, IReadOnlyList<string> ids, string kind, string kinds)
        {
            var result = new List<string>();
            if (f.Optional(field) is not { } node)
            {
                return result;
            }

            var items = node.Node is YamlSequenceNode seq ? seq.Children.Select(c => new YamlValue(source.File, c)) : [node];
            foreach (var item in items)
            {
                var value = Try(() => item.String($"an item of '{field}'"));
                if (value is null)
                {
                    continue;
                }

                if (!ids.Contains(value))
                {
                    Add(item.Position, $"unknown {kind} '{value}'; {kinds} are: {string.Join(", ", Taxonomy.Nearest(ids, value))}");
                    continue;
                }

                result.Add(value);
            }

            return result;
        }

        private PromptTemplate? ReadPrompt(YamlValue item)
        {
            var before = errors.Count;
            var idNode = (item.Node as YamlMappingNode)?.Children.TryGetValue(new YamlScalarNode("id"), out var n) == true ? n : null;
            var name = idNode is YamlScalarNode { Value: { } v } ? v : null;
            var what = name is null ? "a prompt" : $"prompt '{name}'";
            var f = Fields(item, what, PromptFields, RequiredFields);
            if (f is null)
            {
                return null;
            }

            var id = f.Optional("id") is { } idValue ? Try(() => idValue.String("'id'")) : null;
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Add(f.Required("id").Position, $"the id '{id}' must be lowercase letters, digits and hyphens, like leonid-1-am-i-different");
            }

            var theme = Term(f, "theme", Taxonomy.Themes, "theme", "themes");
            var framework = Term(f, "framework", Taxonomy.Frameworks, "framework", "frameworks", Taxonomy.FrameworkAliases);
            var level = Term(f, "level", Taxonomy.Levels, "level", "levels (Bloom)", Taxonomy.LevelAliases);
            var topic = Term(f, "topic", Taxonomy.Topics, "topic", "topics (themes beside the framework)");
            var question = Term(f, "question", Taxonomy.QuestionTypes, "question type", "question types (Paul)");
            var audiences = Terms(f, "audiences", [.. Taxonomy.Audiences.Select(a => a.Id)], "audience", "audiences");
            if (f.Optional("audiences") is { Node: YamlSequenceNode { Children.Count: 0 } } empty)
            {
                Add(empty.Position, $"{what} names no audiences; audiences are: {Taxonomy.Ids(Taxonomy.Audiences)}");
            }

            var units = Terms(f, "units", course.Article.UnitIds, "unit", "units");
            var needs = f.Optional("needs") is { } needsNode ? ReadNeeds(needsNode, what, units) : PromptNeeds.Any;

            var text = Piece(f, "text", needs.Pairing is not null, single: true, needs);
            var lookFors = Pieces(f, "look_fors", needs.Pairing is not null);
            var starters = Pieces(f, "starters", needs.Pairing is not null);

            if (errors.Count > before || id is null || theme is null || framework is null || level is null || question is null || text is null)
            {
                return null;
            }

            string[] lookForTexts = [.. lookFors.Select(p => p.Text)];
            string[] starterTexts = [.. starters.Select(p => p.Text)];
            return new PromptTemplate(id, theme, framework, level, question, audiences, units, needs, text.Value.Text,
                lookForTexts, starterTexts, f.Required("id").Position)
            {
                Topic = topic,
                Compiled = trusted
                    ? CompiledPrompt.Deferred(text.Value.Text, lookForTexts, starterTexts, needs.Pairing is not null)
                    : new CompiledPrompt(text.Value.Template!, [.. lookFors.Select(p => p.Template!)], [.. starters.Select(p => p.Template!)]),
            };
        }

        private PromptNeeds ReadNeeds(YamlValue node, string what, IReadOnlyList<string> units)
        {
            var f = Fields(node, $"the needs of {what}", NeedsFields, []);
            if (f is null)
            {
                return PromptNeeds.Any;
            }

            string? block = null;
            if (f.Optional("block") is { } blockNode && Try(() => blockNode.String("'block'")) is { } blockId)
            {
                var found = course.Article.FindBlock(blockId);
                if (found is null)
                {
                    Add(blockNode.Position, $"unknown block '{blockId}' (block ids look like leonid-1.14: unit id, a dot, the block's place in the unit)");
                }
                else if (found.IsFurniture)
                {
                    Add(blockNode.Position, $"block '{blockId}' is page furniture (a photo caption or a teaser for another story) and is never excerpted");
                }
                else if (units.Count > 0 && !units.Contains(found.UnitId))
                {
                    Add(blockNode.Position, $"block '{blockId}' is in unit '{found.UnitId}', not in the prompt's units ({string.Join(", ", units)})");
                }
                else
                {
                    block = blockId;
                }
            }

            var speaker = Terms(f, "speaker", PromptNeeds.Roles, "speaker role", "roles").FirstOrDefault();
            var themes = Terms(f, "themes", [.. Taxonomy.Themes.Select(t => t.Id)], "theme", "themes");
            var tags = Terms(f, "tags", [.. Taxonomy.BlockTags.Select(t => t.Id)], "tag", "tags");
            var pairing = Term(f, "pairing", Taxonomy.PairingKinds, "pairing kind", "pairing kinds");
            var graphic = false;
            if (f.Optional("graphic") is { } graphicNode)
            {
                var value = Try(() => graphicNode.String("'graphic'"));
                if (value is "true" or "false")
                {
                    graphic = value == "true";
                }
                else if (value is not null)
                {
                    Add(graphicNode.Position, $"'graphic' must be true or false, not '{value}'");
                }
            }

            var voice = Terms(f, "voice", PromptNeeds.Voices, "voice", "voices (call, a later interview with the AP, the AP's narration, words the AP reports)").FirstOrDefault();
            if (voice is not null && speaker is not null)
            {
                var fits = voice switch
                {
                    "call" => speaker is not ("narrator" or "interviewee" or "message"),
                    "interview" => speaker is "mother" or "interviewee",
                    "narration" => speaker == "narrator",
                    _ => speaker is not ("narrator" or "interviewee"),
                };
                if (!fits)
                {
                    Add(f.Required("voice").Position, $"a {speaker} cannot be bound with the voice '{voice}': {VoiceWords(voice)}");
                }
            }

            if (block is not null && voice is not null && course.Article.FindBlock(block) is { } pinned && !VoiceFits(pinned, voice))
            {
                Add(f.Required("voice").Position, $"block '{block}' is {KindWords(pinned)}, not {VoiceWords(voice)}");
            }

            return new PromptNeeds(block, speaker, themes, tags, pairing, graphic) { Voice = voice };
        }

        private readonly record struct CheckedPiece(string Text, Fluid.IFluidTemplate? Template);

        private CheckedPiece? Piece(YamlFields f, string field, bool hasPairing, bool single, PromptNeeds needs)
        {
            if (f.Optional(field) is not { } node)
            {
                return null;
            }

            var text = Try(() => node.String($"'{field}'"));
            return text is null ? null : Piece(node, field, text, hasPairing, single, needs);
        }

        private List<CheckedPiece> Pieces(YamlFields f, string field, bool hasPairing)
        {
            var result = new List<CheckedPiece>();
            if (f.Optional(field) is not { } node)
            {
                return result;
            }

            var items = Try(() => node.Items($"'{field}'").ToList()) ?? [];
            foreach (var item in items)
            {
                var text = Try(() => item.String($"an item of '{field}'"));
                if (text is not null && Piece(item, field, text, hasPairing, single: false) is { } piece)
                {
                    result.Add(piece);
                }
            }

            return result;
        }

        private CheckedPiece? Piece(YamlValue node, string field, string text, bool hasPairing, bool single, PromptNeeds? needs = null)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Add(node.Position, single ? $"'{field}' is empty: write the prompt's question" : $"an item of '{field}' is empty");
                return null;
            }

            if (trusted)
            {
                return new CheckedPiece(text, null);
            }

            var problems = new List<LiquidProblem>();
            var template = PromptSandbox.Check(text, hasPairing, problems);
            CheckQuotedWords(text, problems);
            if (needs is not null)
            {
                CheckAttributions(text, problems);
                CheckBoundQuotes(text, needs, problems);
            }

            foreach (var problem in problems)
            {
                Add(At(node, problem.Offset), problem.Message);
            }

            if (template is null || problems.Count > 0)
            {
                return null;
            }

            try
            {
                PromptSandbox.Render(template, PromptModel.Sample, budget);
            }
            catch (TemplateRenderException e)
            {
                Add(node.Position, e.Message);
                return null;
            }
            catch (TemplateBudgetException e)
            {
                // Said once per file, where the budget ran out; the file then has an error, so none of it is used.
                if (!_budgetReported)
                {
                    Add(node.Position, e.Message);
                    _budgetReported = true;
                }

                return null;
            }

            return new CheckedPiece(text, template);
        }

        /// <summary>Words a template puts in curly quotes claim to be the article's: they must be, verbatim.</summary>
        private void CheckQuotedWords(string text, List<LiquidProblem> problems)
        {
            foreach (Match wrapped in WrappedQuote().Matches(text))
            {
                problems.Add(new LiquidProblem(wrapped.Index, $"{{{{ {wrapped.Groups["name"].Value} }}}} brings the article's own quote marks: write it without “ ” around it"));
            }

            var masked = LiquidTag().Replace(text, m => new string('\u0001', m.Length));
            foreach (Match m in CurlyQuoted().Matches(masked))
            {
                var words = m.Groups["words"].Value;
                if (words.Length > 0 && !course.Article.Text.Contains(words, StringComparison.Ordinal))
                {
                    problems.Add(new LiquidProblem(m.Index, $"the words in curly quotes “{Shorten(words)}” are not in the article: quote it verbatim, or use {{{{ quote }}}}"));
                }
            }
        }

        /// <summary>
        /// Who said what, to whom and when is the binding's to say ({{ said }}, {{ speaker }}, {{ voice }}, and the pair's):
        /// a template's fixed words that claim it are wrong as soon as the prompt binds another line.
        /// </summary>
        private static void CheckAttributions(string text, List<LiquidProblem> problems)
        {
            var masked = CurlyQuoted().Replace(LiquidTag().Replace(text, m => new string('\u0001', m.Length)), m => new string('\u0002', m.Length));
            foreach (var pattern in new[] { FixedAttribution(), FixedVoice() })
            {
                foreach (Match m in pattern.Matches(masked))
                {
                    problems.Add(new LiquidProblem(m.Index, $"“{m.Value}” says in fixed words who said what, to whom or when: take it from the binding with {{{{ said }}}}, {{{{ speaker }}}} or {{{{ voice }}}} (and {{{{ pair.said }}}}, {{{{ pair.speaker }}}}, {{{{ pair.voice }}}})"));
                }
            }
        }

        /// <summary>
        /// Fixed words in curly quotes must be inside the one line the prompt is written for, or inside the other half of
        /// every pairing of its kind that starts from that line (the prompt shows both), or they would quote a line the
        /// prompt does not show.
        /// </summary>
        private void CheckBoundQuotes(string text, PromptNeeds needs, List<LiquidProblem> problems)
        {
            var masked = LiquidTag().Replace(text, m => new string('\u0001', m.Length));
            var pinned = needs.Block is null ? null : course.Article.FindBlock(needs.Block);
            var seconds = pinned is null || needs.Pairing is null
                ? []
                : course.Annotations.Pairings.Where(p => p.Kind == needs.Pairing && p.First == pinned.Id).Select(p => course.Article.FindBlock(p.Second)).ToList();
            foreach (Match m in CurlyQuoted().Matches(masked))
            {
                var words = m.Groups["words"].Value;
                if (words.Length == 0 || !course.Article.Text.Contains(words, StringComparison.Ordinal))
                {
                    continue; // reported above
                }

                if (pinned is null)
                {
                    problems.Add(new LiquidProblem(m.Index, $"“{Shorten(words)}” is quoted in fixed words, but the prompt is not written for one line (needs.block), so the quote may not be in its excerpt: use {{{{ quote }}}}, or pin the line"));
                }
                else if (!pinned.Text.Contains(words, StringComparison.Ordinal)
                    && !(seconds.Count > 0 && seconds.All(b => b is not null && b.Text.Contains(words, StringComparison.Ordinal))))
                {
                    problems.Add(new LiquidProblem(m.Index, $"“{Shorten(words)}” is not in the line the prompt is written for ({pinned.Id}): quote only the bound words, or write a prompt for the line you quote"));
                }
            }
        }

        private static bool VoiceFits(Block block, string voice) => voice switch
        {
            "call" => block.Kind == BlockKind.Call,
            "interview" => block.Kind == BlockKind.Interview,
            "narration" => block.Kind == BlockKind.Narration,
            _ => block.ReportsSpeech,
        };

        private static string KindWords(Block block) => block.Kind switch
        {
            BlockKind.Call => "a line of a call",
            BlockKind.Interview => "a quote from a later interview with the AP",
            _ when block.ReportsSpeech => "the AP's narration reporting someone's words",
            _ => "the AP's narration",
        };

        private static string VoiceWords(string voice) => voice switch
        {
            "call" => "a line of a call",
            "interview" => "a quote from a later interview with the AP",
            "narration" => "the AP's narration",
            _ => "someone's words as the AP reports them",
        };

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "…";

        private SourcePosition At(YamlValue node, int offset)
        {
            if (node.Node is not YamlScalarNode scalar)
            {
                return node.Position;
            }

            var (line, column) = ScalarPositions.Locate(_lines, scalar, offset);
            return new SourcePosition(source.File, line, column);
        }
    }
}
