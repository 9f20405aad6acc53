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
    /// <summary>A theme beside the framework, such as "told-vs-found" or "conspiracy-narrative" (see <c>Taxonomy.Topics</c>); null for none.</summary>
    public string? Topic { get; init; }

    /// <summary>True for a prompt from a facilitator's own folder (or request), not the shipped bank: chosen first when it fits.</summary>
    public bool FromFacilitator { get; init; }

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

    /// <summary>
    /// How the bound words reached the article (see <see cref="Voices"/>); null lets the speaker decide: a narrator's are
    /// narration, an interviewee's an interview, anyone else's a line of a call.
    /// </summary>
    public string? Voice { get; init; }

    /// <summary>
    /// The roles <c>needs.speaker</c> accepts: the four speakers of the calls, a message sent to the soldiers, the AP's
    /// narration, and the later interviews.
    /// </summary>
    public static readonly IReadOnlyList<string> Roles = ["soldier", "mother", "wife", "girlfriend", "message", "narrator", "interviewee"];

    /// <summary>
    /// The voices a binding can have: a line of a call by X; X's later interview with the AP; the AP's narration about
    /// X; X's words as the AP reports them inside its narration.
    /// </summary>
    public static readonly IReadOnlyList<string> Voices = ["call", "interview", "narration", "reported"];

    /// <summary>The voice this prompt binds, as declared or as its speaker implies; null binds any voice but reported words.</summary>
    public string? EffectiveVoice => Voice ?? Speaker switch
    {
        null => null,
        "narrator" => "narration",
        "interviewee" => "interview",
        "message" => "reported",
        _ => "call",
    };
}

/// <summary>
/// The parsed Liquid of a prompt. A facilitator's is parsed, checked and trial-filled when it is loaded; the shipped
/// bank's is checked by the tests against the text embedded in the build, so it is parsed only when the prompt is first
/// used: a command that fills six prompts does not parse 180.
/// </summary>
internal sealed class CompiledPrompt
{
    private readonly Lazy<(Fluid.IFluidTemplate Text, IReadOnlyList<Fluid.IFluidTemplate> LookFors, IReadOnlyList<Fluid.IFluidTemplate> Starters)> _templates;

    public CompiledPrompt(Fluid.IFluidTemplate text, IReadOnlyList<Fluid.IFluidTemplate> lookFors, IReadOnlyList<Fluid.IFluidTemplate> starters) =>
        _templates = new((text, lookFors, starters));

    private CompiledPrompt(Func<(Fluid.IFluidTemplate, IReadOnlyList<Fluid.IFluidTemplate>, IReadOnlyList<Fluid.IFluidTemplate>)> parse) =>
        _templates = new(parse, LazyThreadSafetyMode.ExecutionAndPublication);

    public static readonly CompiledPrompt Empty = new(new Fluid.Parser.FluidTemplate(), [], []);

    public Fluid.IFluidTemplate Text => _templates.Value.Text;

    public IReadOnlyList<Fluid.IFluidTemplate> LookFors => _templates.Value.LookFors;

    public IReadOnlyList<Fluid.IFluidTemplate> Starters => _templates.Value.Starters;

    /// <summary>Parsed on first use; the text was checked clean before it was built into the kit.</summary>
    public static CompiledPrompt Deferred(string text, IReadOnlyList<string> lookFors, IReadOnlyList<string> starters, bool hasPairing) =>
        new(() => (Parse(text, hasPairing), [.. lookFors.Select(t => Parse(t, hasPairing))], [.. starters.Select(t => Parse(t, hasPairing))]));

    private static Fluid.IFluidTemplate Parse(string text, bool hasPairing)
    {
        var problems = new List<LiquidProblem>();
        return PromptSandbox.Check(text, hasPairing, problems)
            ?? throw new InvalidOperationException($"a shipped prompt template does not parse ({problems.FirstOrDefault()?.Message}); the kit was built from an unchecked bank");
    }
}
