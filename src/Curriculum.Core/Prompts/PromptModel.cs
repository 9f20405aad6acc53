using Fluid;
using Fluid.Values;

namespace Curriculum.Core.Prompts;

/// <summary>
/// The only values a template sees: plain strings and numbers taken from the chosen excerpt and its unit.
/// No CLR object of the kit reaches a template; it gets these values copied into dictionaries.
/// Who said the words, to whom and when is part of the binding (<see cref="Bound"/>), never a template's own words.
/// </summary>
public sealed record PromptModel(
    string UnitId,
    string UnitTitle,
    int? UnitNumber,
    string Soldier,
    BoundExcerpt Bound,
    BoundExcerpt? Pair = null,
    string? PairingNote = null,
    string? PairingKind = null)
{
    /// <summary>Every placeholder a template may use, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
    [
        "unit.id", "unit.title", "unit.number", "soldier", "profile", "speaker", "voice", "said", "quote", "line",
        "pair.speaker", "pair.voice", "pair.said", "pair.quote", "pair.line", "pairing.note", "pairing.kind",
    ];

    /// <summary>A stand-in used to try a template out while validating it; as long as real values get.</summary>
    internal static readonly PromptModel Sample = new(
        "leonid-1", "Kill if you don’t want to be killed.", 1, "Leonid",
        new BoundExcerpt("Leonid’s mother", "in a call with her son, Leonid", "In a call with her son, Leonid’s mother says", new string('w', 600), 42),
        new BoundExcerpt("Leonid’s mother", "to the AP in January 2023", "Leonid’s mother told the AP in January 2023", new string('w', 600), 44),
        new string('n', 300), "What the same person said in a call, and to the AP later");

    internal void Fill(TemplateContext context, TemplateOptions options)
    {
        context.SetValue("unit", Dictionary(options, ("id", UnitId), ("title", UnitTitle), ("number", UnitNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")));
        context.SetValue("soldier", new StringValue(Soldier));
        context.SetValue("profile", new StringValue(Soldier));
        context.SetValue("speaker", new StringValue(Bound.Speaker));
        context.SetValue("voice", new StringValue(Bound.Voice));
        context.SetValue("said", new StringValue(Bound.Said));
        context.SetValue("quote", new StringValue(Bound.Quote));
        context.SetValue("line", NumberValue.Create(Bound.Line));
        if (Pair is not null)
        {
            context.SetValue("pair", Dictionary(options, ("speaker", Pair.Speaker), ("voice", Pair.Voice), ("said", Pair.Said), ("quote", Pair.Quote), ("line", Pair.Line)));
            context.SetValue("pairing", Dictionary(options, ("note", PairingNote ?? ""), ("kind", PairingKind ?? "")));
        }
    }

    private static FluidValue Dictionary(TemplateOptions options, params (string Key, object Value)[] entries) =>
        FluidValue.Create(entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), options);
}

/// <summary>
/// One excerpt as a template sees it. <see cref="Speaker"/> names whose words they are ("Leonid’s mother", "the AP");
/// <see cref="Voice"/> says how the words reached the article ("in a call with her son", "to the AP in January 2023",
/// "as reported by the AP", "in the AP’s narration"); <see cref="Said"/> is both as a clause that can open a sentence
/// ("In a call with his mother, Leonid says"); <see cref="Quote"/> is the words in quote marks, verbatim.
/// </summary>
public sealed record BoundExcerpt(string Speaker, string Voice, string Said, string Quote, int Line);
