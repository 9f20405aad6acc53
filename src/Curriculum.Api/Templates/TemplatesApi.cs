using Curriculum.Api.Discussions;
using Curriculum.Api.Hosting;
using Curriculum.Core;
using Curriculum.Core.Prompts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Templates;

/// <summary>The shipped prompt bank (to copy from) and a starter file.</summary>
public sealed record TemplateBank(IReadOnlyList<TemplateSource> Files, string Starter);

/// <summary>A clean template file: the ids of the prompts it defines.</summary>
public sealed record TemplateValidation(bool Valid, IReadOnlyList<string> Prompts);

/// <summary>Prompt templates for facilitators: read the shipped ones, check one's own before using it.</summary>
public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var templates = app.MapGroup("/api/templates").WithTags("Templates").WithApiErrors();
        templates.MapGet("/", GetTemplates)
            .WithName("GetTemplates")
            .WithSummary("The shipped prompt template files (YAML), and a commented starter file for a new prompt.");
        templates.MapPost("/validate", ValidateTemplate)
            .WithName("ValidateTemplate")
            .WithSummary("Check one template file: 200 with its prompt ids, or 422 with every error's file, line and column.")
            .Accepts<TemplateFile>("application/json")
            .WithBodyErrors()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static Ok<TemplateBank> GetTemplates() => TypedResults.Ok(new TemplateBank(PromptBank.ShippedSources(), TemplateStarter.Text()));

    public static Results<Ok<TemplateValidation>, ProblemHttpResult> ValidateTemplate(TemplateFile file, Course course)
    {
        if (file.Problem() is { } why)
        {
            return DiscussionProblems.Invalid(new Dictionary<string, string[]> { ["text"] = [$"'text': {why}"] });
        }

        var check = TemplateLoader.Check(course, [file.ToSource("template.yaml")]);
        return check.IsClean
            ? TypedResults.Ok(new TemplateValidation(true, [.. check.Prompts.Select(p => p.Id)]))
            : DiscussionProblems.From(new TemplateErrorsException(check.Errors));
    }
}
