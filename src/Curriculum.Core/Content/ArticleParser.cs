using System.Text;
using System.Text.RegularExpressions;

namespace Curriculum.Core.Content;

/// <summary>
/// Turns the seed's text into the content model by reading its shape, never its line numbers:
/// numbered headings ("ONE: …") open sections, a heading "ONE" opens a new profile, two blank lines mark where a
/// profile's framing passage begins, three-line groups ending in a credit are photos, <c>Label: “…”</c> is a call.
/// What the shape cannot tell comes from <see cref="SeedStructure"/>; anything still unclear is an error, not a guess.
/// </summary>
public static partial class ArticleParser
{
    private static readonly string[] Numbers =
        ["ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "ELEVEN", "TWELVE"];

    public static Article Parse(string file, byte[] bytes, SeedStructure structure)
    {
        if (bytes.Length == 0)
        {
            throw new ContentException(new SourcePosition(file, 1), "the file is empty: expected the article's text");
        }

        return Parse(file, DecodeUtf8(file, bytes), structure);
    }

    public static Article Parse(string file, string text, SeedStructure structure)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var groups = Group(lines);
        if (groups.Count == 0)
        {
            throw new ContentException(new SourcePosition(file, 1), "the file has no text: expected the article's headline on the first line");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            var line = Array.FindIndex(lines, l => l.Contains('\0', StringComparison.Ordinal)) + 1;
            throw new ContentException(new SourcePosition(file, line), "the file contains NUL characters: expected plain UTF-8 text");
        }

        return new Builder(file, groups, structure).Build(text);
    }

    private static string DecodeUtf8(string file, byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            throw new ContentException(new SourcePosition(file, line), $"the file is not UTF-8 text (invalid byte 0x{e.BytesUnknown?.FirstOrDefault():X2} at byte {offset})");
        }
    }

    /// <summary>Consecutive non-blank lines, with the number of blank lines before them.</summary>
    private sealed record LineGroup(int FirstLine, IReadOnlyList<string> Lines, int BlankLinesBefore)
    {
        public int LastLine => FirstLine + Lines.Count - 1;

        public string Single => Lines[0];
    }

    private static List<LineGroup> Group(string[] lines)
    {
        var groups = new List<LineGroup>();
        var blanks = 0;
        for (var i = 0; i < lines.Length;)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                blanks++;
                i++;
                continue;
            }

            var start = i;
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            groups.Add(new LineGroup(start + 1, lines[start..i], blanks));
            blanks = 0;
        }

        return groups;
    }

    [GeneratedRegex(@"^(?<number>[A-Z]+): (?<title>\S.*)$")]
    private static partial Regex HeadingPattern();

    // Label, an optional stage direction before the colon, then the words: `Mother (laughing): “…”`.
    [GeneratedRegex(@"^(?<label>[^\s:“”()]*)(?: \((?<direction>[^)]+)\))?: (?<spoken>(?:\((?<lead>[^)]+)\) )?“.*)$")]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"\((?<trail>[^()]+)\)\s*$")]
    private static partial Regex TrailingDirection();

    [GeneratedRegex("“(?<words>[^“”]*)”")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"^\(.+\)$")]
    private static partial Regex CreditPattern();

    private sealed class Builder(string file, List<LineGroup> groups, SeedStructure structure)
    {
        private readonly HashSet<ParagraphDeclaration> _used = [];
        private readonly HashSet<QuoteDeclaration> _usedQuotes = [];

        private ContentException Error(int line, string problem, int column = 1) => new(new SourcePosition(file, line, column), problem);

        public Article Build(string text)
        {
            var head = groups[0];
            if (head.Lines.Count != 1 || IsHeading(head.Single, out _, out _))
            {
                throw Error(head.FirstLine, "expected the headline alone on the first line of text, followed by a blank line");
            }

            var headline = new Headline(head.Single, head.FirstLine);
            var body = groups.Skip(1).ToList();
            var sections = FindSections(body);
            var profileStarts = FindProfileStarts(body, sections);
            if (profileStarts.Count != structure.Profiles.Count)
            {
                throw Error(body.Count > 0 ? body[0].FirstLine : head.FirstLine,
                    $"found {profileStarts.Count} profile(s) (a run of sections starting at ONE), but the structure file declares {structure.Profiles.Count}: {string.Join(", ", structure.Profiles.Select(p => p.Name))}");
            }

            var units = new List<LessonUnit>();
            var profiles = new List<Profile>();
            units.Add(MakeUnit("introduction", UnitKind.Framing, null, null, "Introduction", headline.Line, null, body[..profileStarts[0].FramingStart]));
            for (var p = 0; p < profileStarts.Count; p++)
            {
                var start = profileStarts[p];
                var end = p + 1 < profileStarts.Count ? profileStarts[p + 1].FramingStart : body.Count;
                var profile = IdentifyProfile(body[start.FramingStart], structure.Profiles[p]);
                profiles.Add(profile);
                units.Add(MakeUnit($"{profile.Id}-intro", UnitKind.Framing, profile, null, $"Meet {profile.Name}",
                    body[start.FramingStart].FirstLine, null, body[start.FramingStart..start.FirstSection]));

                var mine = sections.Where(s => s.Index >= start.FirstSection && s.Index < end).ToList();
                for (var s = 0; s < mine.Count; s++)
                {
                    var section = mine[s];
                    var until = s + 1 < mine.Count ? mine[s + 1].Index : end;
                    units.Add(MakeUnit($"{profile.Id}-{section.Number}", UnitKind.Section, profile, section.Number, section.Title,
                        body[section.Index].FirstLine, body[section.Index].Single, body[(section.Index + 1)..until]));
                }
            }

            var unused = structure.Paragraphs.FirstOrDefault(d => !_used.Contains(d));
            if (unused is not null)
            {
                throw new ContentException(unused.Position, $"no paragraph of the article starts with “{unused.Starts}”");
            }

            var unusedQuote = structure.Quotes.FirstOrDefault(d => !_usedQuotes.Contains(d));
            if (unusedQuote is not null)
            {
                throw new ContentException(unusedQuote.Position, $"no quote in the AP's narration is exactly “{unusedQuote.Words}”");
            }

            return new Article(file, text, headline, profiles, units);
        }

        private sealed record SectionHeading(int Index, int Number, string Title);

        private sealed record ProfileStart(int FramingStart, int FirstSection);

        private static bool IsHeading(string line, out int number, out string title)
        {
            var m = HeadingPattern().Match(line);
            number = m.Success ? Array.IndexOf(Numbers, m.Groups["number"].Value) + 1 : 0;
            title = m.Success ? m.Groups["title"].Value : "";
            return number > 0;
        }

        private List<SectionHeading> FindSections(List<LineGroup> body)
        {
            var sections = new List<SectionHeading>();
            for (var i = 0; i < body.Count; i++)
            {
                if (body[i].Lines.Count == 1 && IsHeading(body[i].Single, out var number, out var title))
                {
                    sections.Add(new SectionHeading(i, number, title));
                }
            }

            // Numbering restarts at ONE for each profile and must then climb by one.
            for (var i = 0; i < sections.Count; i++)
            {
                var here = sections[i];
                if (here.Number == 1)
                {
                    continue;
                }

                var previous = i > 0 ? sections[i - 1] : null;
                var line = body[here.Index].FirstLine;
                var name = Numbers[here.Number - 1];
                if (previous is null)
                {
                    throw Error(line, $"section {name} comes before any section ONE: each profile's sections start at ONE");
                }

                if (here.Number == previous.Number)
                {
                    throw Error(line, $"section {name} appears twice in a row (first at line {body[previous.Index].FirstLine})");
                }

                if (here.Number < previous.Number)
                {
                    throw Error(line, $"section {name} follows section {Numbers[previous.Number - 1]} (line {body[previous.Index].FirstLine}): sections must climb ONE, TWO, THREE…, and only ONE starts a new profile");
                }

                if (here.Number > previous.Number + 1)
                {
                    throw Error(line, $"section {name} follows section {Numbers[previous.Number - 1]} (line {body[previous.Index].FirstLine}): section {Numbers[previous.Number]} is missing");
                }
            }

            return sections;
        }

        /// <summary>A profile's framing passage begins after the last run of two blank lines before its section ONE.</summary>
        private List<ProfileStart> FindProfileStarts(List<LineGroup> body, List<SectionHeading> sections)
        {
            var starts = new List<ProfileStart>();
            var floor = 0;
            foreach (var one in sections.Where(s => s.Number == 1))
            {
                var framing = -1;
                for (var i = one.Index - 1; i > floor; i--)
                {
                    if (body[i].BlankLinesBefore >= 2)
                    {
                        framing = i;
                        break;
                    }
                }

                if (framing < 0)
                {
                    throw Error(body[one.Index].FirstLine,
                        "cannot tell where this profile's framing passage begins: expected two blank lines before its first paragraph, after the previous section");
                }

                starts.Add(new ProfileStart(framing, one.Index));
                floor = one.Index;
            }

            return starts;
        }

        private Profile IdentifyProfile(LineGroup first, ProfileDeclaration declared)
        {
            var firstWord = first.Single.Split(' ', 2)[0];
            if (firstWord != declared.Name)
            {
                throw Error(first.FirstLine,
                    $"expected the framing passage of profile '{declared.Id}' to open with his name, {declared.Name}; it opens with “{firstWord}”");
            }

            return new Profile(declared.Id, declared.Name, declared.Speakers);
        }

        private LessonUnit MakeUnit(string id, UnitKind kind, Profile? profile, int? number, string title, int titleLine, string? heading, IReadOnlyList<LineGroup> content)
        {
            var blocks = new List<Block>();
            foreach (var group in content)
            {
                foreach (var (kindOf, text, line, speaker, direction, spoken) in Classify(group, profile))
                {
                    var quotes = kindOf is BlockKind.Photo or BlockKind.Teaser ? [] : Quotes(kindOf, text, line, speaker, profile);
                    blocks.Add(new Block($"{id}.{blocks.Count + 1}", id, kindOf, line, text, speaker, direction) { Spoken = spoken, Quotes = quotes });
                }
            }

            return new LessonUnit(id, kind, profile, number, title, titleLine, blocks) { Heading = heading };
        }

        private IEnumerable<(BlockKind, string, int, Speaker?, string?, string?)> Classify(LineGroup group, Profile? profile)
        {
            if (group.Lines.Count > 1)
            {
                if (group.Lines.Count != 3 || !CreditPattern().IsMatch(group.Lines[2]))
                {
                    throw Error(group.FirstLine,
                        $"lines {group.FirstLine}–{group.LastLine} run together with no blank line between them, but are not a photo (a title, a caption and a credit in parentheses)");
                }

                return group.Lines.Select((l, i) => (BlockKind.Photo, l, group.FirstLine + i, (Speaker?)null, (string?)null, (string?)null));
            }

            var text = group.Single;
            var line = group.FirstLine;
            if (IsHeading(text, out _, out _))
            {
                throw Error(line, "a section heading here is out of place");
            }

            var declared = structure.Paragraphs.Where(d => text.StartsWith(d.Starts, StringComparison.Ordinal)).ToList();
            if (declared.Count > 1)
            {
                throw new ContentException(declared[1].Position, $"two paragraph declarations match line {line}: “{declared[0].Starts}” and “{declared[1].Starts}”");
            }

            if (declared.Count == 1)
            {
                var d = declared[0];
                _used.Add(d);
                var speaker = d.SpeakerLabel is null ? null : ResolveSpeaker(d.SpeakerLabel, profile, line, 1);
                return [(d.Kind, text, line, speaker, null, null)];
            }

            var call = CallPattern().Match(text);
            if (call.Success)
            {
                var label = call.Groups["label"].Value;
                if (label.Length == 0)
                {
                    throw Error(line, "this call line has no speaker: expected a name before the colon, e.g. Mother: “…”");
                }

                var speaker = ResolveSpeaker(label, profile, line, 1);
                var spoken = call.Groups["spoken"].Value;
                var direction = call.Groups["direction"].Success ? call.Groups["direction"].Value
                    : call.Groups["lead"].Success ? call.Groups["lead"].Value
                    : TrailingDirection().Match(spoken) is { Success: true } t ? t.Groups["trail"].Value
                    : null;
                return [(BlockKind.Call, text, line, speaker, direction, spoken)];
            }

            if (text.StartsWith('“') || text.StartsWith(':'))
            {
                throw Error(line, text.StartsWith(':')
                    ? "this call line has no speaker: expected a name before the colon, e.g. Mother: “…”"
                    : "this paragraph opens with a quote but has no speaker label, and the structure file does not say whose words they are (declare it there as interview or narration, with its speaker)");
            }

            return [(BlockKind.Narration, text, line, null, null, null)];
        }

        /// <summary>
        /// Whose words each quoted span of a line is. A call's or an interview's are its speaker's; narration declared
        /// with a speaker quotes that speaker; any other quoted words in narration must be declared in the structure
        /// file, or the line is an error: a quote is never left to look like the AP's own words.
        /// </summary>
        private List<QuotedSpan> Quotes(BlockKind kind, string text, int line, Speaker? speaker, Profile? profile)
        {
            var spans = new List<QuotedSpan>();
            foreach (System.Text.RegularExpressions.Match m in QuotedPattern().Matches(text))
            {
                var words = m.Groups["words"].Value;
                var start = m.Groups["words"].Index;
                var declared = structure.Quotes.Where(d => d.Words == words).ToList();
                Speaker? whose = null;
                if (declared.Count > 0 && kind == BlockKind.Narration)
                {
                    _usedQuotes.UnionWith(declared);
                    whose = ResolveSpeaker(declared[0].SpeakerLabel, profile, line, start + 1);
                }
                else if (speaker is not null)
                {
                    whose = speaker;
                }

                if (whose is null)
                {
                    throw Error(line, $"the words “{(words.Length <= 40 ? words : words[..37] + "…")}” are quoted in the AP's narration, but neither the line's shape nor the structure file says whose they are (declare them under 'quotes' with their speaker)", start);
                }

                spans.Add(new QuotedSpan(whose, words, start, Reported: kind == BlockKind.Narration));
            }

            var open = text.Count(c => c == '“');
            if (open != spans.Count || text.Count(c => c == '”') != spans.Count)
            {
                throw Error(line, "the curly double quotes of this line do not pair up: each “ needs its ”");
            }

            return spans;
        }

        private Speaker ResolveSpeaker(string label, Profile? profile, int line, int column)
        {
            if (profile is null)
            {
                throw Error(line, $"“{label}” speaks before any profile has begun: calls belong to a soldier's profile", column);
            }

            return profile.FindSpeaker(label)
                ?? throw Error(line, $"unknown speaker “{label}” in {profile.Name}’s profile; known here: {string.Join(", ", profile.Speakers.Select(s => s.Label))} (declare others in the structure file)", column);
        }
    }
}
