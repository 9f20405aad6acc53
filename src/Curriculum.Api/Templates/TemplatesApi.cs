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

    public static async Task<Results<Ok<TemplateValidation>, ProblemHttpResult>> ValidateTemplate(HttpContext http, Course course, TemplateLane lane)
    {
        var (json, problem) = await RequestJson.ReadAsync(http);
        if (json is null)
        {
            return problem!;
        }

        var file = TemplateFile.Read(json, json.Root, RequestJson.Body);
        if (file is not null && !json.HasErrorUnder("text") && file.Problem() is { } why)
        {
            json.Add("text", $"'text': {why}");
        }

        if (file is null || json.HasErrors)
        {
            return json.Problem();
        }

        // The trial fills of this one file share one budget, stopped when the client hangs up; such requests take turns.
        var (turn, refused) = await lane.EnterAsync(http);
        if (refused is not null)
        {
            return refused;
        }

        using var _ = turn;
        var budget = RenderBudget.Start(http.RequestAborted);
        TemplateCheck check;
        try
        {
            check = TemplateLoader.Check(course, [file.ToSource("template.yaml")], budget);
        }
        catch (TemplateBudgetException e)
        {
            return DiscussionProblems.From(e);
        }

        return check.IsClean
            ? TypedResults.Ok(new TemplateValidation(true, [.. check.Prompts.Select(p => p.Id)]))
            : DiscussionProblems.From(new TemplateErrorsException(check.Errors));
    }
}
