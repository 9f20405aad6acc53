using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Discussions;

/// <summary>How the generator's refusals read over HTTP: 400 naming the field, 404 for an unknown unit, 422 for templates.</summary>
public static class DiscussionProblems
{
    private static readonly string[] OptionFields = ["levels", "minLevels", "leaveOutGraphic"];

    /// <summary>400 with the fields and why, as a validation problem (<c>errors</c>: field → messages).</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) => TypedResults.Problem(
        new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid field",
            Detail = string.Join(" ", errors.Values.SelectMany(v => v)),
        });

    public static ProblemHttpResult From(DiscussionRequestException e)
    {
        var error = e.Error;
        var valid = error.Valid.Count > 0 ? $" Valid unit ids, nearest first: {string.Join(", ", error.Valid)}." : "";
        if (e.IsUnknownUnit && error.Value.Length > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown unit",
                detail: $"There is no unit '{error.Value}'.{valid}",
                extensions: new Dictionary<string, object?> { ["field"] = "units", ["value"] = error.Value, ["valid"] = error.Valid });
        }

        var field = OptionFields.Contains(error.Field) ? $"options.{error.Field}" : error.Field;
        return Invalid(new Dictionary<string, string[]> { [field] = [$"'{field}': {error.Message}."] });
    }

    /// <summary>422 with every error's file, line and column, so the page can show each at its line.</summary>
    public static ProblemHttpResult From(TemplateErrorsException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Template errors",
        detail: e.Errors.Count == 1 ? e.Errors[0].ToString() : $"{e.Errors.Count} errors in the templates; the first: {e.Errors[0]}",
        extensions: new Dictionary<string, object?> { ["errors"] = e.Errors });

    /// <summary>422: the request's templates used up its whole budget of template work.</summary>
    public static ProblemHttpResult From(TemplateBudgetException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Templates need too much work",
        detail: char.ToUpperInvariant(e.Message[0]) + e.Message[1..],
        extensions: new Dictionary<string, object?> { ["errors"] = Array.Empty<TemplateError>() });

    public static ProblemHttpResult From(TemplateRenderException e) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "Template failed while being filled",
        detail: e.Message,
        extensions: new Dictionary<string, object?> { ["errors"] = Array.Empty<TemplateError>() });
}
