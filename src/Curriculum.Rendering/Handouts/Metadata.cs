using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>PDF metadata shared by the documents.</summary>
internal static class Metadata
{
    public static DocumentMetadata For(IReadOnlyList<UnitLesson> lessons, string kind) => new()
    {
        Title = $"{kind}: {string.Join("; ", lessons.Select(l => l.DisplayTitle))}",
        Subject = $"Lesson unit{(lessons.Count == 1 ? "" : "s")} {string.Join(", ", lessons.Select(l => l.Unit.Id))} from the AP investigation “In phone calls home, Russian soldiers in Ukraine say they ‘never saw such hell’”",
        Author = "Curriculum (excerpts: The Associated Press)",
        Keywords = string.Join(", ", new[] { "propaganda", "moral dissonance" }.Concat(lessons.Select(l => l.Unit.Id)).Concat(lessons.SelectMany(l => l.Notes.Themes)).Distinct()),
        Language = "en-US",
    };

    public static DocumentMetadata For(string title, string subject) => new()
    {
        Title = title,
        Subject = subject,
        Author = "Curriculum (excerpts: The Associated Press)",
        Keywords = "propaganda, moral dissonance, Russia, Ukraine, AP, intercepted calls",
        Language = "en-US",
    };
}
