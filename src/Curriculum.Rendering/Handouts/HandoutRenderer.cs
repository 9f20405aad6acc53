using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;

namespace Curriculum.Rendering.Handouts;

/// <summary>The documents a teacher prints.</summary>
public enum HandoutKind
{
    Student,
    Teacher,
    Packet,
    Reader,
}

/// <summary>A rendered PDF and what to call it.</summary>
public sealed record RenderedDocument(string FileName, byte[] Bytes, int PageCount);

/// <summary>How to print: the paper, and whether the most graphic lines are left out (always for grades 6–8).</summary>
public sealed record HandoutOptions(PaperSize Paper, bool LeaveOutGraphic = false, IReadOnlyList<string>? TemplateSources = null, bool EasyReadFont = false)
{
    public static HandoutOptions Letter { get; } = new(PaperSize.Letter);
}

/// <summary>One document of the whole kit, ready to render; <see cref="Units"/> is how many units it holds (a rough size).</summary>
public sealed record KitDocument(string Label, int Units, Func<RenderedDocument> Render);

/// <summary>Turns a discussion set into the documents: the last step of seed → model → discussion set → document → PDF bytes.</summary>
public sealed class HandoutRenderer(Course course, IDocumentWriter writer)
{
    public HandoutRenderer(Course course)
        : this(course, new PdfDocumentWriter())
    {
    }

    public static PaperSize Paper(string name) => name.ToLowerInvariant() switch
    {
        "letter" => PaperSize.Letter,
        "a4" => PaperSize.A4,
        _ => throw new ArgumentException($"unknown paper '{name}'; expected letter or a4", nameof(name)),
    };

    public RenderedDocument Render(DiscussionSet set, HandoutKind kind, HandoutOptions options)
    {
        var lessons = Lessons(set, options);
        var definition = kind switch
        {
            HandoutKind.Student => StudentHandout.Compose(lessons, options),
            HandoutKind.Teacher => TeacherGuide.Compose(lessons, options),
            HandoutKind.Packet => WorkshopPacket.Compose(lessons, options),
            HandoutKind.Reader => CourseReader.Compose(course, options, LeaveOut(options)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return Write(definition, FileName(kind, set.Units.Select(u => u.Id).ToList()));
    }

    /// <summary>
    /// The whole kit as <c>course</c> writes it: a student handout and a teacher guide for every unit, the course
    /// reader, and a workshop packet for the numbered units. Every set is generated here, before anything is rendered,
    /// so a request the generator refuses fails before a file is touched. The documents are independent of each other.
    /// </summary>
    public IReadOnlyList<KitDocument> Kit(Func<IReadOnlyList<string>, DiscussionSet> setFor, HandoutOptions options)
    {
        var units = course.Article.Units;
        var sets = units.ToDictionary(u => u.Id, u => setFor([u.Id]));
        var packet = setFor([.. units.Where(u => u.Number is not null).Select(u => u.Id)]);
        return
        [
            .. units.SelectMany(u => new KitDocument[]
            {
                new($"student handout {u.Id}", 1, () => Render(sets[u.Id], HandoutKind.Student, options)),
                new($"teacher guide {u.Id}", 1, () => Render(sets[u.Id], HandoutKind.Teacher, options)),
            }),
            new("course reader", units.Count, () => RenderReader(options)),
            new("workshop packet", packet.Units.Count, () => Render(packet, HandoutKind.Packet, options)),
        ];
    }

    public RenderedDocument RenderReader(HandoutOptions options) =>
        Write(CourseReader.Compose(course, options, LeaveOut(options)), FileName(HandoutKind.Reader, []));

    private RenderedDocument Write(DocumentDefinition definition, string fileName)
    {
        using var buffer = new MemoryStream();
        var pages = writer.Write(definition, buffer);
        return new RenderedDocument(fileName, buffer.ToArray(), pages);
    }

    /// <summary>A file name that says what the document is: <c>student-leonid-1.pdf</c>, <c>teacher-guide-ivan-2.pdf</c>.</summary>
    public static string FileName(HandoutKind kind, IReadOnlyList<string> units)
    {
        var stem = kind switch
        {
            HandoutKind.Student => "student-handout",
            HandoutKind.Teacher => "teacher-guide",
            HandoutKind.Packet => "workshop-packet",
            _ => "course-reader",
        };
        if (kind == HandoutKind.Reader || units.Count == 0)
        {
            return stem + ".pdf";
        }

        var which = units.Count <= 3 ? string.Join("-", units) : $"{units[0]}-and-{units.Count - 1}-more";
        return $"{stem}-{which}.pdf";
    }

    private Func<Core.Content.Block, bool> LeaveOut(HandoutOptions options) =>
        block => options.LeaveOutGraphic && course.Annotations.For(block).Has("graphic");

    /// <summary>One lesson per unit of the set, in the set's order, with its reading and its prompts numbered from 1.</summary>
    public IReadOnlyList<UnitLesson> Lessons(DiscussionSet set, HandoutOptions options)
    {
        var leaveOut = LeaveOut(options with { LeaveOutGraphic = Taxonomy.LeavesOutGraphic(set.Audience, options.LeaveOutGraphic) });
        var excerpts = set.Excerpts.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. set.Units.Select(u =>
        {
            var unit = course.Article.FindUnit(u.Id)!;
            var prompts = set.Prompts
                .Where(p => excerpts.TryGetValue(p.Excerpt, out var e) && e.Unit == unit.Id)
                .Select((p, i) => ToHandout(p, i + 1, excerpts[p.Excerpt]))
                .ToList();
            var notes = set.Notes.Where(n => n.Contains(unit.Id, StringComparison.Ordinal) || !set.Units.Any(o => o.Id != unit.Id && n.Contains(o.Id, StringComparison.Ordinal))).ToList();
            return new UnitLesson(
                unit,
                course.AnnotationFor(unit),
                set.Audience,
                [.. unit.ArticleBlocks.Select(b => ReadingLine.From(b, leaveOut(b)))],
                prompts,
                notes);
        })];
    }

    private static HandoutPrompt ToHandout(Prompt prompt, int number, Excerpt excerpt) => new(
        number,
        prompt.Id,
        prompt.Text,
        Components.Label(Taxonomy.Themes, prompt.Theme),
        Components.Label(Taxonomy.Frameworks, prompt.Framework),
        Components.Label(Taxonomy.Levels, prompt.Level),
        Components.Label(Taxonomy.QuestionTypes, prompt.Question),
        $"line {excerpt.Line} ({excerpt.Speaker})",
        excerpt.Text,
        prompt.LookFors,
        prompt.Starters,
        prompt.Why,
        prompt.Level switch
        {
            "remember" or "understand" => 3,
            "apply" or "analyze" => 5,
            _ => 6,
        });
}
