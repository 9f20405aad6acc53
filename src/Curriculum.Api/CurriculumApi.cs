using Curriculum.Api.Health;
using Curriculum.Api.Hosting;
using Curriculum.Api.Templates;
using Curriculum.Api.Vocabulary;
using Curriculum.Api.Discussions;
using Curriculum.Api.Exports;
using Curriculum.Api.Handouts;
using Curriculum.Api.Operations;
using Curriculum.Api.Units;
using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Rendering.Handouts;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Curriculum.Api;

/// <summary>The web app's composition, shared by its own Program and the CLI's <c>serve</c>.</summary>
public static class CurriculumApi
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="args">Command-line arguments (e.g. <c>--urls</c>).</param>
    /// <param name="configure">More composition by the host, e.g. the CLI's logging filters.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(CurriculumApi).Assembly.GetName().Name,
        });
        builder.AddCurriculumApi();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseCurriculumApi();
        return app;
    }

    public static WebApplicationBuilder AddCurriculumApi(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        // Read when first needed, so every configuration source (tests' included) has had its say.
        services.AddOptions<ApiLimits>().BindConfiguration(ApiLimits.Section).Validate(l => l.Problem() is null, "Limits: every value must be positive.").ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ApiLimits>>().Value);
        services.AddSingleton(_ => Course.Embedded);
        services.AddSingleton<Workshop>();
        services.AddSingleton(_ => new HandoutRenderer());
        services.AddSingleton<HandoutCache>();
        services.AddSingleton<RenderQueue>();
        services.AddSingleton<TemplateLane>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemExceptionHandler.Explain);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Bodies are read by RequestJson, which names fields in the request's own terms; any other binding failure
        // throws, so the exception handler answers it as the client's fault without naming .NET types.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(options =>
        {
            // The same JSON the CLI prints with --json.
            options.SerializerOptions.WriteIndented = ContentJson.Options.WriteIndented;
            options.SerializerOptions.Encoder = ContentJson.Options.Encoder;
            // Numbers are numbers: the OpenAPI document then says "integer", not "integer or string".
            options.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddCurriculumRateLimits();
        services.AddCurriculumOpenApi();
        services.AddCurriculumHealth();
        builder.AddCurriculumOperations();
        return builder;
    }

    public static WebApplication UseCurriculumApi(this WebApplication app)
    {
        app.UseCurriculumOperations();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        // Handout requests are admitted to the render queue (or refused) before their body is read.
        app.UseMiddleware<RenderAdmission>();
        app.UseMiddleware<RequestBodyGuard>();

        var page = new EmbeddedFileProvider(typeof(CurriculumApi).Assembly, "page");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = page });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = page,
            // Everything the page needs comes from this process: no CDN, no inline script.
            OnPrepareResponse = file => file.Context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
        });

        app.MapOpenApi();
        // A reference page for integrators, with nothing a school did not ask for: no AI chat, no vendor toolbar, no
        // telemetry, no fonts from a CDN.
        app.MapScalarApiReference(scalar => scalar.WithTitle("Curriculum API").DisableAgent().DisableMcp().DisableTelemetry().HideDeveloperTools().DisableDefaultFonts());
        app.MapHealthApi();
        app.MapCurriculumMetrics();
        app.MapUnitsApi();
        app.MapChoicesApi();
        app.MapDiscussionsApi();
        app.MapHandoutsApi();
        app.MapExportsApi();
        app.MapTemplatesApi();
        return app;
    }
}
