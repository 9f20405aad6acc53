namespace Curriculum.Core.Prompts;

/// <summary>
/// The prompts the generator may use: the shipped bank, with any facilitator folders laid over it. A folder adds
/// prompts, or replaces a shipped prompt that has the same id. Each layer is validated whole; any error anywhere and
/// nothing is loaded.
/// </summary>
public sealed class PromptBank
{
    private readonly Dictionary<string, PromptTemplate> _byId;

    private PromptBank(IReadOnlyList<PromptTemplate> prompts)
    {
        Prompts = prompts;
        _byId = prompts.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public static PromptBank Empty { get; } = new([]);

    /// <summary>In the order they were loaded: shipped first, then each folder's new prompts; an override keeps its place.</summary>
    public IReadOnlyList<PromptTemplate> Prompts { get; }

    public PromptTemplate? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The bank shipped inside the assembly (<c>lesson-templates/*.yaml</c>).</summary>
    public static IReadOnlyList<TemplateSource> ShippedSources() =>
        [.. Course.EmbeddedFiles("lesson-templates").Select(f => new TemplateSource(f.Name, f.Text))];

    /// <summary>
    /// The shipped bank, optionally with facilitator folders over it. Throws <see cref="TemplateErrorsException"/> with
    /// every error. A <c>budget</c> is the command's, for the folders' trial fills (the shipped bank is checked once, on its own).
    /// </summary>
    public static PromptBank Load(Course course, IEnumerable<string> folders, bool includeShipped = true, RenderBudget? budget = null)
    {
        var errors = new List<TemplateError>();
        var layers = folders.Select(folder => TemplateLoader.ReadFolder(folder, errors)).ToList();
        return Merge(course, includeShipped ? Shipped(course).Prompts : [], layers, errors, facilitator: true, budget);
    }

    /// <summary>
    /// The shipped bank, read once per course and kept: every request and command starts from it. Against the course
    /// built into the kit it is read without the trial fills (the tests check it in full); against any other course it
    /// is checked in full.
    /// </summary>
    public static PromptBank Shipped(Course course) =>
        ShippedBanks.GetValue(course, c => c.IsEmbedded ? FromShipped(c) : Merge(c, [], [ShippedSources()], [], facilitator: false));

    /// <summary>The bank built into the kit, read against the course built with it (checked in full by the tests, not here).</summary>
    private static PromptBank FromShipped(Course course)
    {
        var read = TemplateLoader.ReadShipped(course, ShippedSources());
        return read.IsClean ? new PromptBank(read.Prompts) : throw new TemplateErrorsException([.. read.Errors]);
    }

    /// <summary>This bank with more layers of files over it: a prompt with an existing id replaces it.</summary>
    public PromptBank With(Course course, IEnumerable<IReadOnlyList<TemplateSource>> layers, RenderBudget? budget = null) => Merge(course, Prompts, layers, [], facilitator: true, budget);

    /// <summary>Layers of files, later over earlier; duplicate ids are errors within a layer and overrides across layers.</summary>
    public static PromptBank FromLayers(Course course, IEnumerable<IReadOnlyList<TemplateSource>> layers) => Merge(course, [], layers, [], facilitator: false);

    /// <summary>The prompts a facilitator brought (a folder or a request), as opposed to the base they were laid over.</summary>
    public IEnumerable<PromptTemplate> FacilitatorPrompts => Prompts.Where(p => p.FromFacilitator);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Course, PromptBank> ShippedBanks = new();

    private static PromptBank Merge(Course course, IEnumerable<PromptTemplate> start, IEnumerable<IReadOnlyList<TemplateSource>> layers, List<TemplateError> errors, bool facilitator, RenderBudget? budget = null)
    {
        var merged = start.ToList();
        foreach (var layer in layers)
        {
            var check = TemplateLoader.Check(course, layer, budget);
            errors.AddRange(check.Errors);
            foreach (var checkedPrompt in check.Prompts)
            {
                var prompt = facilitator ? checkedPrompt with { FromFacilitator = true } : checkedPrompt;
                var at = merged.FindIndex(p => p.Id == prompt.Id);
                if (at >= 0)
                {
                    merged[at] = prompt;
                }
                else
                {
                    merged.Add(prompt);
                }
            }
        }

        return errors.Count > 0 ? throw new TemplateErrorsException(errors) : new PromptBank(merged);
    }
}
