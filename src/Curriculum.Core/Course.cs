using Curriculum.Core.Annotations;
using Curriculum.Core.Content;

namespace Curriculum.Core;

/// <summary>The article and its reviewed annotations, loaded and checked together: everything downstream starts here.</summary>
public sealed record Course(Article Article, CourseAnnotations Annotations)
{
    public const string SeedFile = "never-saw-such-hell.txt";
    public const string StructureFile = "structure.yaml";
    public const string AnnotationsFile = "annotations.yaml";

    /// <summary>The full attribution: the course reader prints it, and the LMS package describes itself with it.</summary>
    public const string Attribution =
        "Source: “In phone calls home, Russian soldiers in Ukraine say they ‘never saw such hell’,” The Associated Press, February 2023, as republished by the Los Angeles Times. Excerpts verbatim (speaker labels expanded or added); the calls were edited for length and clarity.";

    /// <summary>
    /// The attribution in every page's footer: the AP, the story, its date and the copy we quote, in two lines rather
    /// than three (blind reviewers found a three-line footer on every page of a 31-page packet heavy). What it leaves
    /// out is said where the reader meets the calls: the note About these calls says they were edited.
    /// </summary>
    public const string PageAttribution =
        "Source: The Associated Press, “In phone calls home, Russian soldiers in Ukraine say they ‘never saw such hell’,” February 2023, as republished by the Los Angeles Times. Quotes verbatim; speaker labels expanded or added.";

    private static readonly Lazy<Course> Shipped = new(() => Load(ReadEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The course shipped inside the assembly, parsed once per process.</summary>
    public static Course Embedded => Shipped.Value;

    /// <summary>True for <see cref="Embedded"/> itself: the shipped prompt bank was checked against exactly this course.</summary>
    internal bool IsEmbedded => Shipped.IsValueCreated && ReferenceEquals(this, Shipped.Value);

    /// <summary>Loads the seed, structure and annotations from a folder (e.g. a checkout's <c>seeds/</c>).</summary>
    public static Course FromDirectory(string directory) =>
        Load(name => File.ReadAllBytes(Path.Combine(directory, name)), directory);

    public UnitAnnotation AnnotationFor(LessonUnit unit) => Annotations.For(unit);

    private static Course Load(Func<string, byte[]> read, string? directory = null)
    {
        string PathOf(string name) => directory is null ? $"seeds/{name}" : Path.Combine(directory, name);
        var structure = SeedStructure.Parse(PathOf(StructureFile), Text(read(StructureFile)));
        var article = ArticleParser.Parse(PathOf(SeedFile), read(SeedFile), structure);
        var annotations = AnnotationsLoader.Parse(PathOf(AnnotationsFile), Text(read(AnnotationsFile)), article);
        return new Course(article, annotations);
    }

    private static string Text(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    private static byte[] ReadEmbedded(string name)
    {
        using var stream = typeof(Course).Assembly.GetManifestResourceStream($"seeds/{name}")
            ?? throw new InvalidOperationException($"the kit was built without seeds/{name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Embedded resources under a folder, e.g. the shipped prompt bank under <c>lesson-templates/</c>.</summary>
    public static IEnumerable<(string Name, string Text)> EmbeddedFiles(string folder)
    {
        var assembly = typeof(Course).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (name, reader.ReadToEnd());
        }
    }
}
