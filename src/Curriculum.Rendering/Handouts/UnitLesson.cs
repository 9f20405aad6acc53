using Curriculum.Core.Discussion;

namespace Curriculum.Rendering.Handouts;

/// <summary>What the documents of one set print, already chosen: each unit's lesson, the audience, and the source.</summary>
public sealed record HandoutLessons(IReadOnlyList<UnitLesson> Units, string Audience, ArticleSource Source)
{
    public bool LeftOutLines => Units.Any(u => u.Material.LeftOutLines);
}

/// <summary>Everything one unit's documents print: its material (reading, annotation, notes) and its prompts, numbered from 1.</summary>
public sealed record UnitLesson(UnitMaterial Material, IReadOnlyList<HandoutPrompt> Prompts)
{
    public string Id => Material.Unit;

    public string DisplayTitle => Material.DisplayTitle;
}

/// <summary>A prompt as the documents print it; labels are already the teacher's words.</summary>
public sealed record HandoutPrompt(
    int Number,
    string Id,
    string Text,
    string Theme,
    string Framework,
    string Level,
    string QuestionType,
    string? ExcerptReference,
    string? ExcerptQuote,
    IReadOnlyList<string> LookFors,
    IReadOnlyList<string> Starters,
    string Why,
    int WritingLines)
{
    /// <summary>The framework's id (<c>ipa:name-calling</c>), for the student's chart of devices and mechanisms; never printed.</summary>
    public string FrameworkId { get; init; } = "";

    /// <summary>The narrower theme beside <c>Theme</c>, in words ("What the soldiers were told vs. what they found"); null for none.</summary>
    public string? Topic { get; init; }

    /// <summary>For a pairing, the second line it points at (<c>line 311 (the AP)</c>); null otherwise.</summary>
    public string? PairReference { get; init; }
}
