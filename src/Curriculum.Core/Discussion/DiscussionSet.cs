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
public sealed record Excerpt(string Id, string Unit, string Block, string Speaker, string Text, int Line, string Why)
{
    /// <summary>How the words reached the article: "in a call with his mother", "to the AP in January 2023", "as reported by the AP", "in its narration about Maxim".</summary>
    public string? Voice { get; init; }

    /// <summary>For words the AP reports inside its narration, the quoted words themselves (verbatim, between the marks); null otherwise.</summary>
    public string? Quote { get; init; }
}

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
    string Why)
{
    /// <summary>A theme beside the framework (such as “What the soldiers were told vs. what they found”), never a propaganda device; null for none.</summary>
    public string? Topic { get; init; }

    /// <summary>True when the prompt is a facilitator's own; left out of the JSON otherwise.</summary>
    public bool? FromFacilitator { get; init; }
}

/// <summary>A prompt of a set with the excerpts it was filled from, as the template saw them: what the audit checks the text against.</summary>
public sealed record PromptBinding(Prompt Prompt, (Excerpt Excerpt, Curriculum.Core.Prompts.BoundExcerpt Bound) First, (Excerpt Excerpt, Curriculum.Core.Prompts.BoundExcerpt Bound)? Pair);

public sealed record VocabularyItem(string Term, string Definition, string Unit);

public sealed record UnitAdvisory(string Unit, string Level, IReadOnlyList<string> Reasons);
