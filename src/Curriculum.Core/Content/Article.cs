namespace Curriculum.Core.Content;

/// <summary>The article as a content model: every non-blank line of the seed, classified and placed in a unit.</summary>
public sealed record Article(
    string SourceName,
    string Text,
    Headline Headline,
    IReadOnlyList<Profile> Profiles,
    IReadOnlyList<LessonUnit> Units)
{
    private readonly Dictionary<string, LessonUnit> _byId = Units.ToDictionary(u => u.Id, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Block> _blocks = Units.SelectMany(u => u.Blocks).ToDictionary(b => b.Id, StringComparer.Ordinal);

    public IEnumerable<Block> Blocks => Units.SelectMany(u => u.Blocks);

    /// <summary>The unit with this id, as a person may type it ("Leonid-1").</summary>
    public LessonUnit? FindUnit(string id) => _byId.GetValueOrDefault(id.Trim());

    public Block? FindBlock(string id) => _blocks.GetValueOrDefault(id);

    public IReadOnlyList<string> UnitIds => [.. Units.Select(u => u.Id)];
}

public sealed record Headline(string Text, int Line);

/// <summary>One of the three soldiers whose calls the article follows.</summary>
public sealed record Profile(string Id, string Name, IReadOnlyList<Speaker> Speakers)
{
    public Speaker? FindSpeaker(string label) => Speakers.FirstOrDefault(s => s.Label == label);
}

/// <summary>Who speaks a line. <see cref="Label"/> is the seed's word ("Mother"); <see cref="Name"/> is how a teacher says it ("Leonid’s mother").</summary>
public sealed record Speaker(string Label, string Name, SpeakerRole Role);

public enum SpeakerRole
{
    Soldier,
    Mother,
    Wife,
    Girlfriend,

    /// <summary>Not a person on the phone: a message sent to the soldiers (the Telegram order to Ivan's unit).</summary>
    Message,
}

public enum UnitKind
{
    /// <summary>The AP's introduction, or the passage that opens a profile.</summary>
    Framing,

    /// <summary>A numbered section such as "ONE: Kill if you don’t want to be killed."</summary>
    Section,
}

public sealed record LessonUnit(
    string Id,
    UnitKind Kind,
    Profile? Profile,
    int? Number,
    string Title,
    int TitleLine,
    IReadOnlyList<Block> Blocks)
{
    /// <summary>The article's own words in this unit: photo captions and teasers do not count.</summary>
    public int Words => Blocks.Where(b => !b.IsFurniture).Sum(b => b.Words);

    public IEnumerable<Block> ArticleBlocks => Blocks.Where(b => !b.IsFurniture);

    /// <summary>The heading as printed in the seed, e.g. "ONE: Gold!"; null for framing units.</summary>
    public string? Heading { get; init; }
}

public enum BlockKind
{
    /// <summary>The AP's own voice (it may quote a call in passing: "“It was so confusing,” he says.").</summary>
    Narration,

    /// <summary>A line of an intercepted call: <c>Mother: “…”</c>.</summary>
    Call,

    /// <summary>A quote from the AP's later interviews (the mothers, in January): not an intercept.</summary>
    Interview,

    /// <summary>Page furniture: a photo's title, caption or credit.</summary>
    Photo,

    /// <summary>Page furniture: a one-line link to another, unrelated story.</summary>
    Teaser,
}

/// <summary>One non-blank line of the seed. <see cref="Text"/> is exactly the seed's text at <see cref="Line"/>.</summary>
public sealed record Block(
    string Id,
    string UnitId,
    BlockKind Kind,
    int Line,
    string Text,
    Speaker? Speaker,
    string? Direction)
{
    public bool IsFurniture => Kind is BlockKind.Photo or BlockKind.Teaser;

    /// <summary>For a call line, the spoken words: the verbatim span after the speaker's label, stage direction excluded.</summary>
    public string? Spoken { get; init; }

    public int Words => Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// Every span of the line in curly double quotes, with whose words they are. In a call or a later interview they
    /// are the speaker's own; in the AP's narration they are the speaker's words as the AP reports them.
    /// </summary>
    public IReadOnlyList<QuotedSpan> Quotes { get; init; } = [];

    /// <summary>True when the line is the AP's narration quoting someone ("“Forward,” he tells her.").</summary>
    public bool ReportsSpeech => Kind == BlockKind.Narration && Quotes.Count > 0;
}

/// <summary>
/// Words in curly double quotes within a line. <see cref="Text"/> is what stands between the marks, verbatim;
/// <see cref="Start"/> is its character offset in the line's text (just after the opening mark).
/// <see cref="Reported"/> is true when the AP's narration reports the words rather than the speaker saying them on the record.
/// </summary>
public sealed record QuotedSpan(Speaker Speaker, string Text, int Start, bool Reported)
{
    /// <summary>The span as a prompt quotes it: in the article's own marks, without a comma the sentence around it needed.</summary>
    public string Quoted => $"“{Text.TrimEnd(',', ' ')}”";
}
