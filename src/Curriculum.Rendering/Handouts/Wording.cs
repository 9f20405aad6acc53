using System.Globalization;
using Humanizer;

namespace Curriculum.Rendering.Handouts;

/// <summary>
/// Human wording, the same whatever the machine's culture (the same input gives the same bytes): Humanizer's
/// English inflections, numbers and list joining in the invariant culture ("A, B and C").
/// </summary>
internal static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly ICollectionFormatter Lists = Configurator.CollectionFormatters.ResolveForCulture(Invariant);

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IEnumerable<string> items) => Lists.Humanize(items.ToList(), "and");

    /// <summary>"in a call, in a later interview or in the AP’s narration": alternatives, the last joined by "or".</summary>
    public static string Or(IEnumerable<string> items) => Lists.Humanize(items.ToList(), "or");

    /// <summary>"1 unit", "11 units", "6 prompts".</summary>
    public static string Quantity(string noun, int count) => noun.ToQuantity(count, format: null, formatProvider: Invariant);

    /// <summary>"units" or "unit", as the count asks.</summary>
    public static string Noun(string noun, int count) => noun.ToQuantity(count, ShowQuantityAs.None);

    /// <summary>"prompt 2", "prompts 1, 3 and 6".</summary>
    public static string Numbers(string noun, IReadOnlyList<int> numbers) =>
        $"{Noun(noun, numbers.Count)} {List(numbers.Select(n => n.ToString(Invariant)))}";

    /// <summary>"50 minutes", "1 minute".</summary>
    public static string Minutes(int minutes) => Quantity("minute", minutes);

    /// <summary>A label or sentence as it reads after a lead-in: "Card stacking" → "card stacking"; "AP" stays "AP".</summary>
    public static string InASentence(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
