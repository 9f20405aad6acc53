using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Hosting;

/// <summary>
/// Turns every exception into RFC 9457 problem details with a precise message and never a stack trace:
/// what the request got wrong as 4xx, anything else as a bare 500 (logged, not shown).
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        IResult result = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: $"The body must be JSON: send it with 'Content-Type: application/json' (got '{http.Request.ContentType ?? "no content type"}')."),
            BadHttpRequestException e when e.Message.Contains("no body was provided", StringComparison.Ordinal) => TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing request body",
                detail: "The request body is empty: send a JSON object (its shape is in /openapi/v1.json)."),
            BadHttpRequestException e => TypedResults.Problem(statusCode: e.StatusCode, title: "Bad request", detail: e.Message),
            OperationCanceledException when http.RequestAborted.IsCancellationRequested => TypedResults.Problem(statusCode: 499, title: "Client closed request"),
            _ => Unexpected(exception),
        };
        await result.ExecuteAsync(http);
        return true;
    }

    /// <summary>A body that is not JSON at all (400 with line and column), or JSON whose field has the wrong shape (400 naming the field).</summary>
    internal static IResult FromJson(JsonException json)
    {
        var reason = json.Message;
        var cut = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut];
        }

        var where = json.LineNumber is { } line && json.BytePositionInLine is { } column
            ? $" at line {line + 1}, column {column + 1}"
            : "";
        var field = Field(json.Path);
        if (field is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed JSON",
                detail: $"The body is not valid JSON{where}: {reason}");
        }

        var why = reason switch
        {
            _ when reason.StartsWith("The JSON property", StringComparison.Ordinal) => "is not a field of this request (the fields are listed in /openapi/v1.json)",
            _ when reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) => $"must be {Expected(reason)}",
            _ => reason,
        };
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [$"'{field}' {why}{where}."] },
            title: "Invalid field",
            detail: $"'{field}' {why}.");
    }

    private static string? Field(string? path) =>
        path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static string Expected(string reason) => reason switch
    {
        _ when reason.Contains("IReadOnlyList`1[System.String]", StringComparison.Ordinal) => "an array of strings",
        _ when reason.Contains("IReadOnlyList", StringComparison.Ordinal) => "an array",
        _ when reason.Contains("Int32", StringComparison.Ordinal) || reason.Contains("Int64", StringComparison.Ordinal) => "a whole number",
        _ when reason.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ when reason.Contains("System.String", StringComparison.Ordinal) => "a string",
        _ => "a value of the documented type",
    };

    private ProblemHttpResult Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled exception");
        return TypedResults.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "Internal server error",
            detail: "Something went wrong on our side; it has been logged.");
    }
}
