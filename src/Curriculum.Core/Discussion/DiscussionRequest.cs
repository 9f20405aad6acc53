namespace Curriculum.Core.Discussion;

/// <summary>What a teacher asks for: units, themes (none = any), an audience, how many prompts, and a seed.</summary>
public sealed record DiscussionRequest(
    IReadOnlyList<string> Units,
    IReadOnlyList<string> Themes,
    string Audience,
    int Count,
    int Seed,
    DiscussionOptions? Options = null);

/// <summary>
/// Finer choices. <see cref="LeaveOutGraphic"/> drops lines tagged graphic and prompts that discuss graphic material;
/// it is always on for grades 6–8. <see cref="Levels"/> keeps only prompts at these Bloom levels (empty = all);
/// <see cref="MinLevels"/> asks for at least this many distinct Bloom levels when the bank allows.
/// </summary>
public sealed record DiscussionOptions(bool LeaveOutGraphic = false, int MinLevels = 0, IReadOnlyList<string>? Levels = null)
{
    public static DiscussionOptions Default { get; } = new();
}

/// <summary>A request field with a value the kit does not know, and the values it does, nearest first.</summary>
public sealed record RequestError(string Field, string Value, IReadOnlyList<string> Valid, string Message);

/// <summary>A request that cannot be served as asked: the CLI exits 2, the API answers 400 (404 for an unknown unit).</summary>
public sealed class DiscussionRequestException(RequestError error) : Exception(error.Message)
{
    public RequestError Error { get; } = error;

    public bool IsUnknownUnit => Error.Field == "units";
}
