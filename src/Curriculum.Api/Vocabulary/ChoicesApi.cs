using Curriculum.Api.Hosting;
using Curriculum.Core.Teaching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Vocabulary;

/// <summary>The vocabularies a request may name: themes and audiences, as ids with labels and descriptions.</summary>
public static class ChoicesApi
{
    public static IEndpointRouteBuilder MapChoicesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Choices").WithApiErrors();
        api.MapGet("/themes", GetThemes).WithName("GetThemes").WithSummary("The themes a discussion can take up.");
        api.MapGet("/audiences", GetAudiences).WithName("GetAudiences").WithSummary("The audiences (grade bands, adults, workshop) a discussion can be written for.");
        return app;
    }

    public static Ok<IReadOnlyList<Term>> GetThemes() => TypedResults.Ok(Taxonomy.Themes);

    public static Ok<IReadOnlyList<Term>> GetAudiences() => TypedResults.Ok(Taxonomy.Audiences);
}
