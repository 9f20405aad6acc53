using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Hosting;

/// <summary>
/// Refuses a body over the limit with 413 before anything parses it: by its Content-Length when it has one,
/// and by reading at most one byte past the limit when it is chunked.
/// </summary>
internal sealed class RequestBodyGuard(RequestDelegate next, ApiLimits limits)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.ContentLength == 0)
        {
            await next(http);
            return;
        }

        if (request.ContentLength > limits.MaxBodyBytes)
        {
            await TooLarge().ExecuteAsync(http);
            return;
        }

        var body = new MemoryStream((int)(request.ContentLength ?? 4096));
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (body.Length + read > limits.MaxBodyBytes)
                {
                    await TooLarge().ExecuteAsync(http);
                    return;
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (Exception e) when (ProblemExceptionHandler.ClientFault(http, e) is { } fault)
        {
            // Every body is read here, first: a body Kestrel cannot read is answered here, as the client's fault.
            if (!http.RequestAborted.IsCancellationRequested)
            {
                await fault.ExecuteAsync(http);
            }

            return;
        }

        body.Position = 0;
        request.Body = body;
        await next(http);
    }

    private ProblemHttpResult TooLarge() => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The request body is larger than the limit of {limits.MaxBodyText}.");
}
