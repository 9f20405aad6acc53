using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;

namespace Curriculum.Cli.Commands;

/// <summary>The generator's options, shared by <c>discuss</c>, <c>handout</c> and <c>course</c> so they read and fail alike.</summary>
public sealed class DiscussionInput
{
    private readonly Option<string[]> _themes = new("--theme") { Description = "Themes to draw prompts from (any if left out).", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string> _audience = new("--audience") { Description = "6-8, 9-10, 11-12, adult or workshop.", DefaultValueFactory = _ => "9-10" };
    private readonly Option<int?> _count = new("--count") { Description = "How many prompts (1-50; default 4, a lesson's ladder, or 3 for grades 6-8); fewer come back if fewer fit." };
    private readonly Option<int> _seed = new("--seed") { Description = "Same seed, same set.", DefaultValueFactory = _ => 1 };
    private readonly Option<string[]> _templates = new("--templates") { Description = "A folder of your own prompt templates, laid over the shipped bank (repeatable)." };
    private readonly Option<bool> _leaveOutGraphic = new("--leave-out-graphic") { Description = "Leave out lines tagged graphic (always on for 6-8)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _themes, _audience, _count, _seed, _templates, _leaveOutGraphic })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>
    /// The command's one budget of template work, shared by every check and fill of every template it reads or uses
    /// (at most one second in all, not per piece).
    /// </summary>
    public RenderBudget Budget { get; } = RenderBudget.Start();

    public IReadOnlyList<string> TemplateFolders(ParseResult parsed) => parsed.GetValue(_templates) ?? [];

    public bool LeaveOutGraphic(ParseResult parsed) => Taxonomy.LeavesOutGraphic(parsed.GetValue(_audience), parsed.GetValue(_leaveOutGraphic));

    /// <summary>The shipped bank with the user's folders laid over it; template errors are reported and nothing is used.</summary>
    public PromptBank Bank(ParseResult parsed, Course course, CliConsole console)
    {
        var missing = TemplateFolders(parsed).FirstOrDefault(folder => !Directory.Exists(folder));
        if (missing is not null)
        {
            throw new UsageException($"--templates {missing}: there is no such folder.");
        }

        try
        {
            return PromptBank.Load(course, TemplateFolders(parsed), budget: Budget);
        }
        catch (TemplateErrorsException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error);
            }

            throw new TemplatesRejectedException();
        }
    }

    public DiscussionRequest Request(ParseResult parsed, IReadOnlyList<string> units) => new(
        units,
        parsed.GetValue(_themes) ?? [],
        parsed.GetValue(_audience) ?? "9-10",
        parsed.GetValue(_count) ?? Taxonomy.DefaultPromptCount(parsed.GetValue(_audience)),
        parsed.GetValue(_seed),
        new DiscussionOptions(LeaveOutGraphic: parsed.GetValue(_leaveOutGraphic)));

    /// <summary>Generates, turning a request the kit cannot serve into a usage error that lists the valid values.</summary>
    public static DiscussionSet Generate(DiscussionGenerator generator, DiscussionRequest request)
    {
        try
        {
            return generator.Generate(request);
        }
        catch (DiscussionRequestException e)
        {
            throw new UsageException(char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".");
        }
    }
}

/// <summary>The user's templates have errors (already printed): nothing was generated.</summary>
public sealed class TemplatesRejectedException()
    : Exception("The prompt templates have errors; nothing was generated. Check them with 'curriculum templates validate DIR'.");
