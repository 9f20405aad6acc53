using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpLogging;
using OpenTelemetry.Metrics;

namespace Curriculum.Api.Operations;

/// <summary>
/// What a district's operations team needs: metrics for Prometheus, logs that carry the request id, CORS only where
/// configured, and HEAD wherever GET is answered. Configuration section <c>Operations</c>.
/// </summary>
public sealed class OperationsOptions
{
    public const string Section = "Operations";

    /// <summary>Origins allowed to call the API from a browser (e.g. an LMS's address). Empty: CORS is off.</summary>
    public string[] CorsOrigins { get; init; } = [];

    /// <summary>Serve Prometheus metrics at <c>/metrics</c>.</summary>
    public bool Metrics { get; init; } = true;

    /// <summary>Write logs as one JSON object a line (with the request id), for a log collector.</summary>
    public bool JsonLogs { get; init; }

    /// <summary>Log one line per request: method, path, status and duration (never bodies or query strings).</summary>
    public bool RequestLogs { get; init; } = true;
}

public static class OperationsSetup
{
    public const string CorsPolicy = "configured-origins";

    public static WebApplicationBuilder AddCurriculumOperations(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(OperationsOptions.Section).Get<OperationsOptions>() ?? new OperationsOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<CurriculumMetrics>();

        // Every log line written while a request is handled carries its request id (and trace id) as a scope.
        if (options.JsonLogs)
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = true;
                json.UseUtcTimestamp = true;
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(console => console.IncludeScopes = true);
        }

        if (options.RequestLogs)
        {
            builder.Services.AddHttpLogging(logging =>
            {
                logging.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
                logging.CombineLogs = true;
            });
            builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.Information);
        }

        if (options.Metrics)
        {
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(CurriculumMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting")
                .AddPrometheusExporter());
        }

        if (options.CorsOrigins.Length > 0)
        {
            builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, new CorsPolicyBuilder()
                .WithOrigins(options.CorsOrigins)
                .WithMethods("GET", "HEAD", "POST")
                .WithHeaders("Content-Type")
                .WithExposedHeaders("Content-Disposition", "Retry-After")
                .Build()));
        }

        return builder;
    }

    /// <summary>
    /// HEAD first, then routing (so a HEAD is matched to the GET endpoint: routing would otherwise run before any
    /// middleware), then CORS where configured, which must sit between routing and the endpoints.
    /// </summary>
    public static WebApplication UseCurriculumOperations(this WebApplication app)
    {
        if (app.Services.GetRequiredService<OperationsOptions>().RequestLogs)
        {
            app.UseHttpLogging();
        }

        app.UseMiddleware<HeadAsGet>();
        app.UseRouting();
        if (app.Services.GetRequiredService<OperationsOptions>().CorsOrigins.Length > 0)
        {
            app.UseCors(CorsPolicy);
        }

        return app;
    }

    public static WebApplication MapCurriculumMetrics(this WebApplication app)
    {
        if (app.Services.GetRequiredService<OperationsOptions>().Metrics)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }
}

/// <summary>
/// Answers HEAD wherever GET is answered: the request is routed as a GET and its body is dropped, so headers (type,
/// length, caching) are exactly those of the GET.
/// </summary>
internal sealed class HeadAsGet(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        var counted = new CountingNullStream();
        context.Response.Body = counted;
        try
        {
            await next(context);
            if (!context.Response.HasStarted && context.Response.ContentLength is null)
            {
                context.Response.ContentLength = counted.Length;
            }
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }

    /// <summary>Swallows the body a GET would send, counting its bytes for Content-Length.</summary>
    private sealed class CountingNullStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            length += count;
            return Task.CompletedTask;
        }
    }
}
