namespace Curriculum.Core.Discussion;

/// <summary>A discussion ready to print or send: excerpts, graded prompts that point at them, and what a teacher needs around them.</summary>
public sealed record DiscussionSet(
    int Seed,
    string Audience,
    IReadOnlyList<UnitRef> Units,
    IReadOnlyList<Excerpt> Excerpts,
    IReadOnlyList<Prompt> Prompts,
    IReadOnlyList<VocabularyItem> Vocabulary,
    IReadOnlyList<UnitAdvisory> Advisories,
    int Minutes,
    IReadOnlyList<string> Notes)
{
    /// <summary>Each unit as the documents print it (the complete hand-off to rendering); not part of the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<UnitMaterial> Materials { get; init; } = [];

    /// <summary>The article's headline and attribution; not part of the JSON.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ArticleSource? Source { get; init; }
}

public sealed record UnitRef(string Id, string Title);

/// <summary>A verbatim line of the article: <see cref="Text"/> is exactly the seed's text at <see cref="Line"/>.</summary>
public sealed record Excerpt(string Id, string Unit, string Block, string Speaker, string Text, int Line, string Why);

/// <summary>A filled prompt. <see cref="Excerpt"/> is the id of the excerpt it points at; <see cref="Pair"/> the second excerpt of a pairing.</summary>
public sealed record Prompt(
    string Id,
    string Text,
    string Theme,
    string Framework,
    string Level,
    string Question,
    string Excerpt,
    string? Pair,
    IReadOnlyList<string> LookFors,
    IReadOnlyList<string> Starters,
    string Why);

public sealed record VocabularyItem(string Term, string Definition, string Unit);

public sealed record UnitAdvisory(string Unit, string Level, IReadOnlyList<string> Reasons);
