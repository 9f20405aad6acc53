using Curriculum.Core.Content;

namespace Curriculum.Core.Prompts;

/// <summary>
/// One prompt of the bank as a facilitator wrote it: what it teaches (theme, framework, level, question type),
/// who it is for, what excerpt it needs, and its Liquid text with look-fors and sentence starters.
/// </summary>
public sealed record PromptTemplate(
    string Id,
    string Theme,
    string Framework,
    string Level,
    string Question,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Units,
    PromptNeeds Needs,
    string Text,
    IReadOnlyList<string> LookFors,
    IReadOnlyList<string> Starters,
    SourcePosition Position)
{
    /// <summary>The parsed Liquid of <see cref="Text"/>, <see cref="LookFors"/> and <see cref="Starters"/>, checked and ready to fill.</summary>
    internal CompiledPrompt Compiled { get; init; } = CompiledPrompt.Empty;
}

/// <summary>What the excerpt a prompt points at must be. Every part is optional; together they must all hold.</summary>
public sealed record PromptNeeds(
    string? Block,
    string? Speaker,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string> Tags,
    string? Pairing,
    bool Graphic)
{
    public static readonly PromptNeeds Any = new(null, null, [], [], null, false);

    /// <summary>The roles <c>needs.speaker</c> accepts: the four speakers of the calls, the AP's narration, and the later interviews.</summary>
    public static readonly IReadOnlyList<string> Roles = ["soldier", "mother", "wife", "girlfriend", "narrator", "interviewee"];
}

internal sealed record CompiledPrompt(
    Fluid.IFluidTemplate Text,
    IReadOnlyList<Fluid.IFluidTemplate> LookFors,
    IReadOnlyList<Fluid.IFluidTemplate> Starters)
{
    public static readonly CompiledPrompt Empty = new(new Fluid.Parser.FluidTemplate(), [], []);
}
