using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
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
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json, RequestType(http)),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => TypedResults.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: NotJson(http)),
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

    public static string NotJson(HttpContext http) =>
        $"The body must be JSON: send it with 'Content-Type: application/json' (got '{http.Request.ContentType ?? "no content type"}').";

    /// <summary>Details for the statuses routing answers without a handler (404, 405, 415), which would otherwise say only their name.</summary>
    public static void Explain(ProblemDetailsContext context)
    {
        var request = context.HttpContext.Request;
        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status404NotFound => $"Nothing is served at {request.Path}; the API is described at /openapi/v1.json.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}; see /openapi/v1.json.",
            StatusCodes.Status415UnsupportedMediaType => NotJson(context.HttpContext),
            _ => null,
        };
    }

    /// <summary>The endpoint's body type, to name what a field should be (the handler has cleared the endpoint by now, so ask its feature).</summary>
    private static Type? RequestType(HttpContext http) =>
        http.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <summary>A body that is not JSON at all (400 with line and column), or JSON whose field has the wrong shape (400 naming the field).</summary>
    internal static IResult FromJson(JsonException json, Type? body)
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
        // A reader error means the text is not JSON; anything else is JSON of the wrong shape at a field.
        var field = json.InnerException is JsonException ? null : Field(json.Path);
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
            _ when reason.StartsWith("The JSON value could not be converted", StringComparison.Ordinal) => $"must be {Describe(TypeAt(body, json.Path!))}",
            _ => reason,
        };
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [$"'{field}' {why}{where}."] },
            title: "Invalid field",
            detail: $"'{field}' {why}.");
    }

    private static string? Field(string? path) =>
        path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The type a JSON path such as <c>$.options.levels[0]</c> leads to in the request type, if it can be followed.</summary>
    private static Type? TypeAt(Type? type, string path)
    {
        foreach (var segment in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            type = type?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            if (segment.Contains('[', StringComparison.Ordinal))
            {
                type = ElementOf(type);
            }
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Type? ElementOf(Type? type) =>
        type is null || type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Describe(Type? type) => type switch
    {
        null => "a value of the documented type",
        _ when type == typeof(string) => "a string",
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(bool) => "true or false",
        _ when ElementOf(type) == typeof(string) => "an array of strings",
        _ when ElementOf(type) is not null => "an array",
        _ => "an object",
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
