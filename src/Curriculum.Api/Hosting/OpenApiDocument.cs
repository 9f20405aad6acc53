namespace Curriculum.Api.Hosting;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, and the error responses every body-taking endpoint shares.</summary>
internal static class OpenApiDocument
{
    public static IServiceCollection AddCurriculumOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Curriculum API";
            document.Info.Description =
                "Lesson units, discussion prompts and printable handouts from the AP's investigation “In phone calls home, Russian soldiers in Ukraine say they ‘never saw such hell’”. " +
                "Every error is an RFC 9457 problem details object; requests to /api are rate limited per client (429 with Retry-After).";
            return Task.CompletedTask;
        }));

    /// <summary>Errors any endpoint under <c>/api</c> can give.</summary>
    public static RouteGroupBuilder WithApiErrors(this RouteGroupBuilder group) =>
        group.ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status500InternalServerError);

    /// <summary>Errors an endpoint that reads a JSON body can give.</summary>
    public static RouteHandlerBuilder WithBodyErrors(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
