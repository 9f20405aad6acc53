namespace Curriculum.Core.Content;

/// <summary>A position in a source file, for messages a person can act on.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column = 1)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}

/// <summary>Bad input in a seed, an annotations file or a template: says what is wrong and where.</summary>
public class ContentException(SourcePosition position, string problem)
    : Exception($"{position}: {problem}")
{
    public SourcePosition Position { get; } = position;

    public string Problem { get; } = problem;
}
