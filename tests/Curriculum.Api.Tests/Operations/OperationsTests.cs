using System.Net;
using System.Net.Http.Json;
using Curriculum.Api.Operations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Curriculum.Api.Tests.Operations;

public sealed class OperationsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_once_the_kit_is_loaded()
    {
        var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadFromJsonAsync<Curriculum.Api.Health.Readiness>())!.Status.ShouldBe("ready");
    }

    [Fact]
    public async Task Metrics_are_served_for_prometheus_with_request_counts_and_the_kits_own_instruments()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/api/units")).EnsureSuccessStatusCode();
        // A real render of a Word file, three times: a miss, a miss that keeps it (asked a second time), then a hit.
        for (var i = 0; i < 3; i++)
        {
            (await client.PostText("/api/handouts", """{ "units": ["leonid-4"], "seed": 77, "format": "docx" }""")).EnsureSuccessStatusCode();
        }

        factory.Services.GetRequiredService<CurriculumMetrics>().Shed("rate-limit");

        // The exporter caches a scrape for a moment; ask until the instruments recorded above appear.
        string text = "";
        for (var attempt = 0; attempt < 50 && !text.Contains("curriculum_render_duration", StringComparison.Ordinal); attempt++)
        {
            var response = await client.GetAsync("/metrics");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
            text = await response.Content.ReadAsStringAsync();
            await Task.Delay(100);
        }

        text.ShouldContain("http_server_request_duration_seconds");
        var lines = text.Split('\n');
        lines.ShouldContain(l => l.StartsWith("curriculum_render_duration_seconds_bucket{", StringComparison.Ordinal)
            && l.Contains("format=\"docx\"", StringComparison.Ordinal) && l.Contains("kind=\"student\"", StringComparison.Ordinal)
            && l.Contains("le=\"+Inf\"", StringComparison.Ordinal) && l.EndsWith(" 2", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("curriculum_cache_hits_total", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("curriculum_cache_misses_total", StringComparison.Ordinal) && !l.EndsWith(" 0", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("curriculum_requests_shed_total{", StringComparison.Ordinal) && l.Contains("reason=\"rate-limit\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/units")]
    [InlineData("/api/units/leonid-1")]
    [InlineData("/api/themes")]
    [InlineData("/health")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/")]
    public async Task Head_is_answered_wherever_get_is_with_the_same_headers_and_no_body(string path)
    {
        var client = factory.CreateClient();

        var get = await client.GetAsync(path);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType?.MediaType.ShouldBe(get.Content.Headers.ContentType?.MediaType);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        head.Content.Headers.ContentLength.ShouldBe((await get.Content.ReadAsByteArrayAsync()).LongLength);
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/discussions");
        request.Headers.Add("Origin", "https://lms.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await factory.CreateClient().SendAsync(request);

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Cors_allows_only_the_configured_origins()
    {
        using var configured = factory.With(("Operations:CorsOrigins:0", "https://lms.example.org"));
        var client = configured.CreateClient();

        var allowed = await client.SendAsync(Preflight("https://lms.example.org"));
        var refused = await client.SendAsync(Preflight("https://elsewhere.example.com"));

        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["https://lms.example.org"]);
        refused.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Each_request_is_logged_once_in_a_scope_that_carries_its_request_id()
    {
        var capture = new CapturingLogger();
        using var logged = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));

        (await logged.CreateClient().GetAsync("/api/units/leonid-1")).EnsureSuccessStatusCode();

        var line = capture.Lines.Where(l => l.Message.Contains("/api/units/leonid-1", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.Message.ShouldContain("StatusCode: 200");
        line.Scopes.ShouldContain(s => s.Key == "RequestId" && !string.IsNullOrEmpty(s.Value as string));
    }

    [Fact]
    public async Task Health_still_reports_the_course()
    {
        var health = await factory.CreateClient().GetFromJsonAsync<Curriculum.Api.Health.HealthStatus>("/health");
        health!.Units.ShouldBe(15);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/discussions");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private sealed record LogLine(string Message, IReadOnlyList<KeyValuePair<string, object?>> Scopes);

    /// <summary>Keeps what the request logger writes, with the scopes it was written in.</summary>
    private sealed class CapturingLogger : ILoggerProvider, ISupportExternalScope, ILogger
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();
        private readonly List<LogLine> lines = [];

        public IReadOnlyList<LogLine> Lines
        {
            get
            {
                lock (lines)
                {
                    return [.. lines.Where(l => l.Message.Contains("StatusCode", StringComparison.Ordinal))];
                }
            }
        }

        public ILogger CreateLogger(string categoryName) => categoryName.StartsWith("Microsoft.AspNetCore.HttpLogging", StringComparison.Ordinal) ? this : NullLogger.Instance;

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new List<KeyValuePair<string, object?>>();
            scopes.ForEachScope((scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    list.AddRange(pairs);
                }
            }, values);
            lock (lines)
            {
                lines.Add(new LogLine(formatter(state, exception), values));
            }
        }

        public void Dispose()
        {
        }
    }
}
