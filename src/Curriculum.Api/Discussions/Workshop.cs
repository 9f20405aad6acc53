using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Discussions;

/// <summary>The generator over the shipped prompt bank, checked once; a request's inline templates are laid over it.</summary>
public sealed class Workshop(Course course)
{
    public Course Course => course;

    /// <summary>The set, or the problem that stopped it: a bad field (400), an unknown unit (404), bad templates (422).</summary>
    public (DiscussionSet? Set, ProblemHttpResult? Refusal) TryGenerate(DiscussionBody body)
    {
        var problems = body.Problems();
        if (problems.Count > 0)
        {
            return (null, DiscussionProblems.Invalid(problems));
        }

        try
        {
            var inline = body.TemplateSources();
            var bank = inline.Count == 0 ? PromptBank.Shipped(course) : PromptBank.Shipped(course).With(course, [inline]);
            return (new DiscussionGenerator(course, bank).Generate(body.ToRequest()), null);
        }
        catch (DiscussionRequestException e)
        {
            return (null, DiscussionProblems.From(e));
        }
        catch (TemplateErrorsException e)
        {
            return (null, DiscussionProblems.From(e));
        }
        catch (TemplateRenderException e)
        {
            return (null, DiscussionProblems.From(e));
        }
    }
}
