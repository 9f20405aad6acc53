using Curriculum.Core.Annotations;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>The whole article for class sets: the AP's introduction and every unit in order, with contents and page numbers; furniture left out.</summary>
public static class CourseReader
{
    public const string Name = "Course reader";

    private static readonly Advisory WholeArticle = new("high", ["The article describes killings of civilians and of a 17-year-old, looting, drinking, soldiers ready to harm themselves to be sent home, and the mutilation of a teenager, with (censored) profanity."]);

    public static HandoutDocument Compose(HandoutLessons lessons, HandoutOptions options)
    {
        var units = lessons.Units;
        var contents = new Section("contents", "Contents", null,
        [
            new Paragraph(Name, ParagraphRole.Kicker),
            new Heading(1, lessons.Source.Headline),
            new Paragraph(lessons.Source.Attribution, ParagraphRole.Note),
            Parts.Advisory(WholeArticle, forTeacher: false),
            new Heading(2, "Contents"),
            new Contents([.. units.Select(u => new ContentsEntry(u.Id, TitleOf(u), u.Id))]),
            Parts.SourceBox(),
        ]);
        return new HandoutDocument(
            new DocumentInfo(
                "Course reader: “never saw such hell”",
                $"The AP investigation of intercepted calls of Russian soldiers in Ukraine, in {Wording.Quantity("lesson unit", units.Count)}",
                "propaganda, moral dissonance, Russia, Ukraine, AP, intercepted calls",
                Author: Parts.Author),
            Parts.Setup(options, Name, lessons.Source),
            [contents, .. units.Select(Unit)]);
    }

    /// <summary>A unit: who it follows, its heading, the advisory level and time, the reading, and its words to know.</summary>
    private static Section Unit(UnitLesson lesson)
    {
        var material = lesson.Material;
        var notes = material.Annotation;
        List<Block> blocks =
        [
            new Paragraph(material.Soldier is null ? "The AP’s introduction" : $"{material.Soldier} · unit {material.Unit}", ParagraphRole.Kicker),
            new Heading(1, material.Heading ?? material.Title),
            new Paragraph($"Content advisory: {notes.Advisory.Level} · about {Wording.Minutes(notes.Minutes)}", ParagraphRole.Note),
            .. Parts.Reading(material.Reading),
        ];
        if (notes.Vocabulary.Count > 0)
        {
            blocks.Add(new Heading(2, "Words to know"));
            blocks.Add(Parts.Vocabulary(notes.Vocabulary));
        }

        return new Section(material.Unit, TitleOf(lesson), TitleOf(lesson), blocks);
    }

    private static string TitleOf(UnitLesson lesson) => lesson.DisplayTitle;
}
