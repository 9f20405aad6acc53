using Curriculum.Core.Annotations;
using Curriculum.Core.Content;

namespace Curriculum.Rendering.Handouts;

/// <summary>Everything one unit's handouts print, already chosen: the reading, the prompts and the notes.</summary>
public sealed record UnitLesson(
    LessonUnit Unit,
    UnitAnnotation Notes,
    string Audience,
    IReadOnlyList<ReadingLine> Reading,
    IReadOnlyList<HandoutPrompt> Prompts,
    IReadOnlyList<string> GeneratorNotes)
{
    /// <summary>"Leonid · ONE: Kill if you don’t want to be killed." or "Meet Ivan".</summary>
    public string DisplayTitle => Unit.Profile is null || Unit.Heading is null
        ? Unit.Title
        : $"{Unit.Profile.Name} · {Unit.Heading}";

    public bool LeftOutLines => Reading.Any(r => r.LeftOut);
}

/// <summary>One line of the reading as printed: the speaker named as a teacher would, the words verbatim.</summary>
public sealed record ReadingLine(string BlockId, int Line, BlockKind Kind, string? Speaker, string Words, bool LeftOut)
{
    /// <summary>Prints a block: a call's label becomes the speaker's name, and its spoken words stay verbatim.</summary>
    public static ReadingLine From(Block block, bool leftOut)
    {
        var speaker = block.Kind switch
        {
            BlockKind.Call => block.Direction is null || block.Spoken!.Contains($"({block.Direction})", StringComparison.Ordinal)
                ? block.Speaker!.Name
                : $"{block.Speaker!.Name} ({block.Direction})",
            BlockKind.Interview => $"{block.Speaker!.Name}, to the AP later",
            _ => null,
        };
        var words = block.Kind == BlockKind.Call ? block.Spoken! : block.Text;
        return new ReadingLine(block.Id, block.Line, block.Kind, speaker, words, leftOut);
    }
}

/// <summary>A prompt as the handouts print it; labels are already the teacher's words.</summary>
public sealed record HandoutPrompt(
    int Number,
    string Id,
    string Text,
    string Theme,
    string Framework,
    string Level,
    string QuestionType,
    string? ExcerptReference,
    string? ExcerptQuote,
    IReadOnlyList<string> LookFors,
    IReadOnlyList<string> Starters,
    string Why,
    int WritingLines);
