using Curriculum.Core;
using Curriculum.Core.Annotations;
using Curriculum.Core.Content;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>The pieces the four documents share, as fluent extensions on a container.</summary>
internal static class Components
{
    /// <summary>The edition's choices that apply to the whole document: an easy-reading face for the reading text.</summary>
    public static void Edition(this DocumentDescriptor doc, HandoutOptions options)
    {
        if (options.EasyReadFont)
        {
            doc.SubstituteFont(Fonts.Serif, Fonts.EasyRead);
        }
    }

    /// <summary>Paper, margins, a running header, and a footer with the AP attribution and "Page n of m" on every page.</summary>
    public static void Frame(this PageDescriptor page, PaperSize paper, string documentName, string running)
    {
        page.Size(paper);
        page.Margin(new Thickness(HandoutStyle.Margin, 40, HandoutStyle.Margin, 34));
        page.Header().PaddingBottom(12).Column(col =>
        {
            col.Item().Row(row =>
            {
                row.RelativeItem().Text(documentName.ToUpperInvariant(), HandoutStyle.LabelBold);
                row.RelativeItem(2).Text(running, HandoutStyle.Label, TextAlignment.Right);
            });
            col.Item().PaddingTop(3).Rule(0.5, HandoutStyle.Rule);
        });
        page.Footer().PaddingTop(8).Column(col =>
        {
            col.Item().Rule(0.5, HandoutStyle.Rule);
            col.Item().PaddingTop(4).Row(row =>
            {
                row.RelativeItem().Text(Course.Attribution, HandoutStyle.Footer);
                row.ConstantItem(70).Text(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", HandoutStyle.Footer with { Bold = true }, TextAlignment.Right);
            });
        });
    }

    public static void SectionHeading(this IContainer container, string text) =>
        container.KeepWithNext().PaddingTop(HandoutStyle.SectionGap).PaddingBottom(5).Text(text, HandoutStyle.Heading);

    public static void NameClassDate(this IContainer container) => container.PaddingTop(6).Row(row =>
    {
        row.Spacing(18);
        foreach (var (label, weight) in new[] { ("Name", 3.0), ("Class", 1.6), ("Date", 1.6) })
        {
            row.RelativeItem(weight).Column(field =>
            {
                field.Item().Text(label, HandoutStyle.Label);
                field.Item().PaddingTop(14).Rule(0.6, HandoutStyle.Muted);
            });
        }
    });

    /// <summary>The unit's content advisory: its level and why, in a box that never splits.</summary>
    public static void AdvisoryBox(this IContainer container, Advisory advisory, bool forTeacher)
    {
        var level = Taxonomy.Find(Taxonomy.AdvisoryLevels, advisory.Level)!;
        container.KeepTogether().PaddingTop(10).Border(0.8, HandoutStyle.Caution).Background(HandoutStyle.CautionTint).Padding(9).Column(col =>
        {
            col.Spacing(3);
            col.Item().Text($"Content advisory: {level.Label.ToLowerInvariant()}", HandoutStyle.CautionTitle);
            var reasons = advisory.Reasons.Count > 0 ? string.Join(" ", advisory.Reasons) : level.Description;
            col.Item().Text(reasons, HandoutStyle.CautionText);
            col.Item().Text(forTeacher
                ? "Announce this ahead of the lesson; offer the opt-out task; let students step out."
                : "You may step out at any time, and you may ask your teacher for the alternative task.", HandoutStyle.CautionText with { Italic = true });
        });
    }

    /// <summary>The reading: each line verbatim, the speaker named as a teacher would, the seed line number in the margin.</summary>
    public static void Reading(this IContainer container, IReadOnlyList<ReadingLine> lines) => container.Column(col =>
    {
        col.Spacing(6);
        foreach (var line in lines)
        {
            col.Item().Row(row =>
            {
                row.ConstantItem(30).PaddingTop(2).Text($"{line.Line}", HandoutStyle.LineNumber);
                row.RelativeItem().Text(text =>
                {
                    text.DefaultStyle(HandoutStyle.Reading);
                    if (line.LeftOut)
                    {
                        text.Span("[A line describing violence is left out of this edition.]", HandoutStyle.Small with { Italic = true });
                        return;
                    }

                    if (line.Speaker is not null)
                    {
                        text.Span(line.Speaker + ": ", HandoutStyle.Speaker);
                    }

                    // The AP's later interviews are set apart from the intercepts, so no one mistakes one for the other.
                    text.Span(line.Words, line.Kind == BlockKind.Interview ? HandoutStyle.Reading with { Italic = true } : HandoutStyle.Reading);
                });
            });
        }
    });

    public static void Vocabulary(this IContainer container, IReadOnlyList<VocabularyEntry> entries) => container.Column(col =>
    {
        col.Spacing(4);
        foreach (var entry in entries)
        {
            col.Item().Text(text =>
            {
                text.Span(entry.Term, HandoutStyle.Subheading);
                text.Span(" — " + entry.Definition, HandoutStyle.Body);
            });
        }
    });

    public static void ContextNotes(this IContainer container, IReadOnlyList<ContextNote> notes) => container.Column(col =>
    {
        col.Spacing(4);
        foreach (var note in notes)
        {
            col.Item().Text(text =>
            {
                text.Span(note.Title + ". ", HandoutStyle.Subheading);
                text.Span(note.Note, HandoutStyle.Body);
            });
        }
    });

    public static void Bullets(this IContainer container, IEnumerable<string> items, TextStyle? style = null) => container.Column(col =>
    {
        col.Spacing(3);
        foreach (var item in items)
        {
            col.Item().Row(row =>
            {
                row.ConstantItem(12).Text("•", style ?? HandoutStyle.Body);
                row.RelativeItem().Text(item, style ?? HandoutStyle.Body);
            });
        }
    });

    /// <summary>A tinted box with a title: for the norms, the opt-out task and other notes that must not split.</summary>
    public static void NoteBox(this IContainer container, string title, Action<IContainer> body) =>
        container.KeepTogether().PaddingTop(8).Background(HandoutStyle.Tint).Padding(9).Column(col =>
        {
            col.Spacing(4);
            col.Item().Text(title, HandoutStyle.Subheading);
            body(col.Item());
        });

    public static string Label(IReadOnlyList<Term> terms, string id) => Taxonomy.Find(terms, id)?.Label ?? id;
}
