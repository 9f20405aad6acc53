using Fluid;
using Fluid.Values;

namespace Curriculum.Core.Prompts;

/// <summary>
/// The only values a template sees: plain strings and numbers taken from the chosen excerpt and its unit.
/// No CLR object of the kit reaches a template; it gets these values copied into dictionaries.
/// </summary>
public sealed record PromptModel(
    string UnitId,
    string UnitTitle,
    int? UnitNumber,
    string Soldier,
    string Speaker,
    string Quote,
    int Line,
    PairedExcerpt? Pair = null,
    string? PairingNote = null)
{
    /// <summary>Every placeholder a template may use, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<string> Placeholders =
        ["unit.id", "unit.title", "unit.number", "soldier", "profile", "speaker", "quote", "line", "pair.speaker", "pair.quote", "pair.line", "pairing.note"];

    /// <summary>A stand-in used to try a template out while validating it; as long as real values get.</summary>
    internal static readonly PromptModel Sample = new(
        "leonid-1", "Kill if you don’t want to be killed.", 1, "Leonid", "Leonid’s mother",
        new string('w', 600), 42, new PairedExcerpt("Leonid’s mother", new string('w', 600), 44), new string('n', 300));

    internal void Fill(TemplateContext context, TemplateOptions options)
    {
        context.SetValue("unit", Dictionary(options, ("id", UnitId), ("title", UnitTitle), ("number", UnitNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")));
        context.SetValue("soldier", new StringValue(Soldier));
        context.SetValue("profile", new StringValue(Soldier));
        context.SetValue("speaker", new StringValue(Speaker));
        context.SetValue("quote", new StringValue(Quote));
        context.SetValue("line", NumberValue.Create(Line));
        if (Pair is not null)
        {
            context.SetValue("pair", Dictionary(options, ("speaker", Pair.Speaker), ("quote", Pair.Quote), ("line", Pair.Line)));
            context.SetValue("pairing", Dictionary(options, ("note", PairingNote ?? "")));
        }
    }

    private static FluidValue Dictionary(TemplateOptions options, params (string Key, object Value)[] entries) =>
        FluidValue.Create(entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), options);
}

/// <summary>The second excerpt of a pairing, as a template sees it.</summary>
public sealed record PairedExcerpt(string Speaker, string Quote, int Line);
