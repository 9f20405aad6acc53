using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Hosting;

/// <summary>
/// Turns every exception into RFC 9457 problem details with a precise message and never a stack trace:
/// what the client got wrong as 4xx (logged at debug level, without a stack trace), anything else as a bare 500
/// (logged, not shown).
/// </summary>
internal sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var result = ClientFault(http, exception);
        if (result is not null)
        {
            logger.LogDebug("Client fault on {Method} {Path}: {Kind}", http.Request.Method, http.Request.Path, exception.GetType().Name);
        }

        await (result ?? Unexpected(exception)).ExecuteAsync(http);
        return true;
    }

    /// <summary>
    /// The one place that decides which failures are the client's: a request Kestrel could not read (bad chunked
    /// framing, a chunk size of 2 GiB or more, a body that ends early: Kestrel throws BadHttpRequestException or a bare
    /// IOException), a binding failure, or a client that hung up. Null: the failure is ours.
    /// </summary>
    public static IResult? ClientFault(HttpContext http, Exception exception) => exception switch
    {
        OperationCanceledException or IOException when http.RequestAborted.IsCancellationRequested =>
            TypedResults.Problem(statusCode: 499, title: "Client closed request"),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Request body too large",
            detail: "The request body is larger than the server accepts."),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: NotJson(http)),
        BadHttpRequestException or IOException => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Unreadable request",
            detail: "The request body could not be read: its framing is malformed (a bad or oversized chunk size, or a body that ends before its length). Send the JSON body whole, with a correct Content-Length or chunked encoding."),
        _ => null,
    };

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

    private ProblemHttpResult Unexpected(Exception exception)
    {
        logger.LogError(exception, "Unhandled exception");
        return TypedResults.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "Internal server error",
            detail: "Something went wrong on our side; it has been logged.");
    }
}
