namespace Curriculum.Core.Prompts;

/// <summary>One thing wrong with a prompt template file, where a facilitator can find it.</summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}

/// <summary>Template files that failed validation: nothing from them is used.</summary>
public sealed class TemplateErrorsException(IReadOnlyList<TemplateError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<TemplateError> Errors { get; } = errors;
}

/// <summary>A template that passed validation but failed while being filled (too many steps, too much output, too slow).</summary>
public sealed class TemplateRenderException(string message) : Exception(message);
