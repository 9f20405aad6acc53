using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Discussions;

/// <summary>The generator over the shipped prompt bank, checked once; a request's inline templates are laid over it.</summary>
public sealed class Workshop(Course course, ILogger<Workshop>? logger = null)
{
    public Course Course => course;

    /// <summary>
    /// The set, or the problem that stopped it: a bad field (400), an unknown unit (404), bad templates (422).
    /// <paramref name="budget"/> is the request's: every template check and fill draws on it, and its cancellation
    /// (the client hanging up) stops the work.
    /// </summary>
    public (DiscussionSet? Set, ProblemHttpResult? Refusal) TryGenerate(DiscussionBody body, RenderBudget? budget = null)
    {
        var problems = body.Problems();
        if (problems.Count > 0)
        {
            return (null, DiscussionProblems.Invalid(problems));
        }

        try
        {
            var inline = body.TemplateSources();
            if (inline.Count > 0)
            {
                logger?.LogDebug("Checking {Count} inline template file(s) under the request's budget", inline.Count);
            }

            var bank = inline.Count == 0 ? PromptBank.Shipped(course) : PromptBank.Shipped(course).With(course, [inline], budget);
            return (new DiscussionGenerator(course, bank) { Budget = budget }.Generate(body.ToRequest()), null);
        }
        catch (OperationCanceledException) when (budget?.Cancellation.IsCancellationRequested == true)
        {
            logger?.LogInformation("The client closed the request; its template work stopped after {Milliseconds:0} ms and {Steps} steps", budget.Elapsed.TotalMilliseconds, budget.Steps);
            throw;
        }
        catch (TemplateBudgetException e)
        {
            return (null, DiscussionProblems.From(e));
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
