using System.Collections.Frozen;
using Curriculum.Core.Discussion;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Handouts;

/// <summary>A rendered document and what to call it; <see cref="PageCount"/> where the format has pages.</summary>
public sealed record RenderedDocument(string FileName, byte[] Bytes, int? PageCount, string MediaType);

/// <summary>
/// How to print: the paper, the edition, and the custom template files a packet names. What is left out of the
/// reading is the discussion set's business, decided when it was made.
/// </summary>
public sealed record HandoutOptions(Paper Paper, Edition Edition = Edition.Standard, IReadOnlyList<string>? TemplateSources = null)
{
    public static HandoutOptions Letter { get; } = new(Paper.Letter);
}

/// <summary>One document of the whole kit, ready to render; <see cref="Units"/> is how many units it holds (a rough size).</summary>
public sealed record KitDocument(string Label, int Units, Func<RenderedDocument> Render);

/// <summary>Builds a document of one kind from the lessons of a set; knows no renderer.</summary>
public delegate HandoutDocument Composer(HandoutLessons lessons, HandoutOptions options);

/// <summary>
/// The last steps of seed → model → discussion set → document → bytes: composes the document a kind names from a
/// discussion set (the set carries everything a document prints), and draws it with the renderer of the format
/// asked for.
/// </summary>
public sealed class HandoutRenderer
{
    /// <summary>The composer of each document kind: a new kind is one entry here and one in Core's <see cref="DocumentKinds"/>.</summary>
    public static readonly FrozenDictionary<DocumentKind, Composer> Composers = new Dictionary<DocumentKind, Composer>
    {
        [DocumentKinds.Student] = StudentHandout.Compose,
        [DocumentKinds.Teacher] = TeacherGuide.Compose,
        [DocumentKinds.Packet] = WorkshopPacket.Compose,
        [DocumentKinds.Reader] = CourseReader.Compose,
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<OutputFormat, IDocumentRenderer> renderers;

    /// <summary>A renderer for every format the kit ships (<see cref="DocumentRenderers.Default"/>).</summary>
    public HandoutRenderer()
        : this(DocumentRenderers.Default())
    {
    }

    public HandoutRenderer(IEnumerable<IDocumentRenderer> renderers)
    {
        ArgumentNullException.ThrowIfNull(renderers);
        this.renderers = renderers.ToFrozenDictionary(r => r.Format);
    }

    /// <summary>The formats this renderer can write.</summary>
    public IReadOnlyList<OutputFormat> Formats => [.. renderers.Keys.Order()];

    public HandoutDocument Compose(DiscussionSet set, DocumentKind kind, HandoutOptions options)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var composer = Composers.GetValueOrDefault(kind)
            ?? throw new ArgumentException($"no composer for the document kind '{kind.Id}'", nameof(kind));
        return composer(Lessons(set), options);
    }

    public RenderedDocument Render(DiscussionSet set, DocumentKind kind, HandoutOptions options, OutputFormat format = OutputFormat.Pdf)
    {
        var renderer = renderers.GetValueOrDefault(format)
            ?? throw new ArgumentException($"this kit cannot write {Choices.Id(format)} files; it writes: {string.Join(", ", Formats.Select(Choices.Id))}", nameof(format));
        var file = renderer.Render(Compose(set, kind, options));
        return new RenderedDocument(FileName(kind, set, options, format), file.Bytes, file.PageCount, Choices.MediaType(format));
    }

    /// <summary>
    /// The whole kit as <c>course</c> writes it, in each of <paramref name="formats"/>: a student handout and a teacher
    /// guide for every unit, the course reader and a workshop packet for the numbered units. Every set is generated
    /// here, before anything is rendered, so a request the generator refuses fails before a file is touched. The
    /// documents are independent of each other. <paramref name="units"/> are every unit of the course, in order.
    /// <paramref name="packetSetFor"/>, when given, makes the packet's set of its units (see <see cref="WorkshopPacket.Set"/>:
    /// a ladder of prompts per unit); otherwise the packet is made with <paramref name="setFor"/>.
    /// </summary>
    public IReadOnlyList<KitDocument> Kit(Func<IReadOnlyList<string>, DiscussionSet> setFor, IReadOnlyList<string> units, HandoutOptions options, IReadOnlyList<OutputFormat>? formats = null, Func<IReadOnlyList<string>, DiscussionSet>? packetSetFor = null)
    {
        ArgumentNullException.ThrowIfNull(setFor);
        formats = formats is { Count: > 0 } ? formats : [OutputFormat.Pdf];
        var missing = formats.Where(f => !renderers.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"this kit cannot write {Wording.List(missing.Select(Choices.Id))} files; it writes: {string.Join(", ", Formats.Select(Choices.Id))}", nameof(formats));
        }

        var everyUnit = setFor(units);
        var sets = units.ToDictionary(u => u, u => setFor([u]));
        var packet = (packetSetFor ?? setFor)([.. everyUnit.Materials.Where(m => m.Number is not null).Select(m => m.Unit)]);
        return
        [
            .. formats.SelectMany(format => (KitDocument[])
            [
                .. units.SelectMany(u => new KitDocument[]
                {
                    new($"student handout {u}", 1, () => Render(sets[u], DocumentKinds.Student, options, format)),
                    new($"teacher guide {u}", 1, () => Render(sets[u], DocumentKinds.Teacher, options, format)),
                }),
                new("course reader", units.Count, () => Render(everyUnit, DocumentKinds.Reader, options, format)),
                new("workshop packet", packet.Units.Count, () => Render(packet, DocumentKinds.Packet, options, format)),
            ]),
        ];
    }

    /// <summary>
    /// A file name that says what the document is and tells apart the files a teacher may keep side by side:
    /// <c>student-handout-leonid-1.pdf</c>, <c>teacher-guide-ivan-2-a4.pdf</c>, <c>student-handout-ivan-2-easy-read.pdf</c>,
    /// <c>workshop-packet-11-units.pdf</c>, <c>course-reader.pdf</c>. Letter and the standard edition are the defaults and
    /// are not named.
    /// </summary>
    /// <summary>The audience the kit is written for first; its files carry no audience in their names.</summary>
    public const string CoreAudience = "9-10";

    public static string FileName(DocumentKind kind, DiscussionSet set, HandoutOptions options, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(options);
        var parts = new List<string> { kind.FileStem };
        var units = set.Units.Select(u => u.Id).ToList();
        if (kind != DocumentKinds.Reader && units.Count > 0)
        {
            // Up to three units read well in a name; beyond that, say how many there are.
            parts.Add(units.Count <= 3 ? string.Join("-", units) : Wording.Quantity("unit", units.Count).Replace(' ', '-'));
        }

        // Another audience's files sit beside the core audience's without overwriting them (grades 6–8 leave out the
        // most graphic lines); the packet is always for adults, so it never says so.
        if (kind != DocumentKinds.Packet && !string.Equals(set.Audience, CoreAudience, StringComparison.Ordinal))
        {
            parts.Add(char.IsDigit(set.Audience[0]) ? "grades-" + set.Audience : set.Audience);
        }

        if (options.Paper != Paper.Letter)
        {
            parts.Add(Choices.Id(options.Paper));
        }

        if (options.Edition != Edition.Standard)
        {
            parts.Add(options.Edition == Edition.EasyRead ? "easy-read" : "large-print");
        }

        return string.Join("-", parts) + Choices.Extension(format);
    }

    /// <summary>One lesson per unit of the set, in the set's order, with its prompts numbered from 1.</summary>
    public static HandoutLessons Lessons(DiscussionSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (set.Source is null || set.Materials.Count != set.Units.Count)
        {
            throw new ArgumentException("the discussion set carries no reading for its units; make it with the discussion generator", nameof(set));
        }

        var excerpts = set.Excerpts.ToDictionary(e => e.Id, StringComparer.Ordinal);
        return new HandoutLessons(
            [.. set.Materials.Select(material => new UnitLesson(
                material,
                [.. set.Prompts
                    .Where(p => excerpts.TryGetValue(p.Excerpt, out var e) && e.Unit == material.Unit)
                    .Select((p, i) => ToHandout(p, i + 1, excerpts[p.Excerpt]) with
                    {
                        PairReference = p.Pair is not null && excerpts.TryGetValue(p.Pair, out var pair) ? Reference(pair) : null,
                    })]))],
            set.Audience,
            set.Source);
    }

    /// <summary>"line 313 (Maxim’s wife)": where an excerpt stands and whose words it is.</summary>
    private static string Reference(Excerpt excerpt) => $"line {excerpt.Line} ({excerpt.Speaker})";

    /// <summary>
    /// The framework in a teacher's words. A recall question tagged close reading is the comprehension check before it,
    /// what the text says (lesson-templates/FRAMEWORKS.md), and the guide says so rather than promise a reading of tone
    /// it does not ask for (blind review 14: recall is not one of SHEG's moves).
    /// </summary>
    private static string FrameworkLabel(Prompt prompt) =>
        prompt.Framework == "history:close-reading" && prompt.Level == "remember"
            ? "Comprehension check: what the text says, the step before close reading"
            : Parts.Label(Taxonomy.Frameworks, prompt.Framework);

    private static HandoutPrompt ToHandout(Prompt prompt, int number, Excerpt excerpt) => new(
        number,
        prompt.Id,
        prompt.Text,
        Parts.Label(Taxonomy.Themes, prompt.Theme),
        FrameworkLabel(prompt),
        Parts.Label(Taxonomy.Levels, prompt.Level),
        Parts.Label(Taxonomy.QuestionTypes, prompt.Question),
        Reference(excerpt),
        // Words the AP reports inside its narration are the speaker's: the quoted words, not the AP's sentence around them.
        excerpt.Quote ?? excerpt.Text,
        prompt.LookFors,
        prompt.Starters,
        prompt.Why,
        // The higher the Bloom level, the more room to write.
        prompt.Level switch
        {
            "remember" or "understand" => 3,
            "apply" or "analyze" => 5,
            _ => 6,
        })
    {
        FrameworkId = prompt.Framework,
        Topic = prompt.Topic is { } topic ? Taxonomy.Find(Taxonomy.Topics, topic)?.Label : null,
    };
}
