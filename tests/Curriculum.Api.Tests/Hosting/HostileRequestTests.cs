using System.Net;
using System.Text;
using System.Text.Json;
using Curriculum.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Curriculum.Api.Tests.Hosting;

/// <summary>Requests written by an attacker: arithmetic faults in templates, bombs, bad framing, bodies of the wrong shape, floods.</summary>
public sealed class HostileRequestTests(ApiFactory factory, RawServer server) : IClassFixture<ApiFactory>, IClassFixture<RawServer>
{
    private static string Template(string text, string lookFors = "[]") => $"""
        prompts:
          - id: hostile
            theme: propaganda
            framework: ipa:card-stacking
            level: analyse
            question: viewpoints
            audiences: [9-10]
            text: '{text}'
            look_fors: {lookFors}
        """;

    private static string WithTemplate(string url, string template) => url == "/api/templates/validate"
        ? JsonSerializer.Serialize(new { file = "mine.yaml", text = template })
        : JsonSerializer.Serialize(new { units = new[] { "leonid-1" }, templates = new[] { new { file = "mine.yaml", text = template } } });

    [Theory]
    [InlineData("/api/discussions", "{{ 1 | divided_by: 0 }}")]
    [InlineData("/api/handouts", "{{ 1 | divided_by: 0 }}")]
    [InlineData("/api/templates/validate", "{{ 1 | divided_by: 0 }}")]
    [InlineData("/api/discussions", "{{ 1 | modulo: 0 }}")]
    [InlineData("/api/handouts", "{{ 1 | modulo: 0 }}")]
    [InlineData("/api/templates/validate", "{{ 1 | modulo: 0 }}")]
    public async Task Dividing_by_zero_is_a_422_template_error_with_its_position_on_every_endpoint(string url, string text)
    {
        var response = await factory.CreateClient().PostText(url, WithTemplate(url, Template(text)));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var error = (await response.Problem()).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("file").GetString().ShouldBe("mine.yaml");
        error.GetProperty("line").GetInt32().ShouldBe(8);
        error.GetProperty("column").GetInt32().ShouldBe(11);
        error.GetProperty("message").GetString()!.ShouldStartWith("the template divides by zero");
    }

    [Theory]
    [InlineData("/api/discussions")]
    [InlineData("/api/handouts")]
    [InlineData("/api/templates/validate")]
    public async Task Anchors_and_aliases_are_refused_before_the_yaml_is_built(string url)
    {
        var laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat(i == 1 ? "*a" : $"*a{i - 1}", 9))}]\n")) + "prompts:\n  - ? *a9\n    : x\n";

        var response = await factory.CreateClient().PostText(url, WithTemplate(url, laughs));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Problem()).Detail().ShouldBe("mine.yaml:1:4: anchors (&a) are not allowed: write the text out in full where it is needed");
    }

    [Fact]
    public async Task Twenty_heavy_look_fors_share_one_budget_and_fail_as_one_422()
    {
        // Each look-for is a loop of heavy filters costing up to a second; twenty of them once cost 16 s.
        const string Heavy = "{% assign s = \"0123456789\" %}{% for i in (1..10) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..999) %}{% for j in (1..999) %}{% assign t = s | replace_first: \"0\", \"1\" | upcase %}{% endfor %}{% endfor %}ok";
        var lookFors = "\n" + string.Concat(Enumerable.Repeat($"      - '{Heavy}'\n", 20));

        var response = await factory.CreateClient().PostText("/api/discussions", WithTemplate("/api/discussions", Template("What does {{ speaker }} mean?", lookFors)));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var errors = (await response.Problem()).GetProperty("errors").EnumerateArray().ToList();
        errors.ShouldHaveSingleItem().GetProperty("message").GetString()!.ShouldStartWith("the prompt templates need more work to fill than one request or command may have (1 s");
    }

    [Fact]
    public async Task A_client_that_hangs_up_stops_the_template_work_of_its_request()
    {
        var logs = new CapturedLogs();
        using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddLogging(l => l.AddProvider(logs).AddFilter("Curriculum", LogLevel.Debug))));
        // Four times the filter work of a step of the budget test's loop: on an idle machine the step limit (100,000
        // steps) would otherwise end the work in under half a second, before a hang-up could be noticed (a fresh
        // clone's run met that: three 422s in 0.4-0.7 s). With this, the one-second budget ends it, well after the hang-up.
        const string Heavy = "{% assign s = \"0123456789\" %}{% for i in (1..10) %}{% assign s = s | append: s %}{% endfor %}{% for i in (1..999) %}{% for j in (1..999) %}{% assign t = s | replace_first: \"0\", \"1\" | upcase | downcase | upcase | downcase | upcase | downcase | upcase %}{% endfor %}{% endfor %}ok";
        var body = WithTemplate("/api/discussions", Template("What does {{ speaker }} mean?", "\n" + string.Concat(Enumerable.Repeat($"      - '{Heavy}'\n", 20))));
        var client = app.CreateClient();
        // The shipped bank is checked once, on the first request: let that happen first.
        (await client.PostText("/api/discussions", """{ "units": ["leonid-1"] }""")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // On a machine so loaded that this test is starved past the request's one second, the budget ends the work
        // first and the request is answered (422) before the hang-up, or answered while the client hangs up (the server
        // logs the 422, the client sees only its own cancellation: a fresh clone's CI met this once). Either way the
        // budget, not the hang-up, ended the work: then try again, at most five times.
        const string ClientClosed = "The client closed the request; its template work stopped";
        int Count(Func<string, bool> which) => logs.Entries.Count(e => which(e.Message));
        var hungUp = false;
        for (var attempt = 1; attempt <= 5 && !hungUp; attempt++)
        {
            using var hangUp = new CancellationTokenSource();
            var started = Count(m => m.StartsWith("Checking 1 inline template file", StringComparison.Ordinal));
            var closed = Count(m => m.StartsWith(ClientClosed, StringComparison.Ordinal));
            var refused = Count(m => m.Contains("StatusCode: 422", StringComparison.Ordinal));
            var sending = client.PostAsync("/api/discussions", new StringContent(body, Encoding.UTF8, "application/json"), hangUp.Token);
            // Hang up once the server has started on the templates.
            for (var i = 0; i < 600 && Count(m => m.StartsWith("Checking 1 inline template file", StringComparison.Ordinal)) == started; i++)
            {
                await Task.Delay(10);
            }

            await Task.Delay(20);
            await hangUp.CancelAsync();
            try
            {
                using var answered = await sending;
                answered.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, "only the budget may end it before the hang-up");
                continue;
            }
            catch (OperationCanceledException)
            {
            }

            // The server says why its work stopped: the client went, or the budget ran out first (a 422 no one read).
            for (var i = 0; i < 200 && Count(m => m.StartsWith(ClientClosed, StringComparison.Ordinal)) == closed && Count(m => m.Contains("StatusCode: 422", StringComparison.Ordinal)) == refused; i++)
            {
                await Task.Delay(50);
            }

            hungUp = Count(m => m.StartsWith(ClientClosed, StringComparison.Ordinal)) > closed;
        }

        hungUp.ShouldBeTrue(string.Join("\n", logs.Entries.TakeLast(10).Select(e => $"{e.Level} {e.Category}: {e.Message}")));
    }

    [Theory]
    [InlineData("80000000")]
    [InlineData("FFFFFFFF")]
    [InlineData("ffffffffffffffff")]
    [InlineData("100000000")]
    public async Task A_chunk_size_of_2_gib_or_more_is_a_400_problem_and_no_stack_trace_in_the_log(string size)
    {
        var request = Encoding.ASCII.GetBytes(
            "POST /api/discussions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            $"{size}\r\n{{\"units\":[\"leonid-1\"]}}\r\n0\r\n\r\n");

        var answer = await server.SendAsync(request, TimeSpan.FromSeconds(20));

        answer.Status.ShouldBe(400, answer.Text);
        answer.Text.ShouldContain("application/problem+json");
        answer.Text.ShouldContain("The request body could not be read: its framing is malformed");
        server.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Error, string.Join("\n", server.Logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message)));
        server.Logs.Entries.ShouldNotContain(e => e.Exception != null && e.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData("/api/discussions", "units, themes, audience, count, seed, options, templates")]
    [InlineData("/api/handouts", "units, themes, audience, count, seed, options, templates, kind, paper, easyRead, format, largePrint")]
    [InlineData("/api/templates/validate", "file, text")]
    public async Task Valid_json_of_the_wrong_shape_is_never_called_not_json_nor_named_by_a_dotnet_type(string url, string fields)
    {
        var response = await factory.CreateClient().PostText(url, "[]");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        (await response.Problem()).Detail().ShouldBe($"The request body must be a JSON object with fields {fields} (see /openapi/v1.json), not an array.");
        text.ShouldNotContain("not valid JSON");
        text.ShouldNotContain("System.");
        text.ShouldNotContain("Curriculum.");
    }

    [Fact]
    public async Task Every_invalid_field_is_listed_in_one_400_in_the_requests_own_terms()
    {
        const string Body = """
            { "units": ["leonid-1", 7], "themes": ["propoganda"], "count": "five", "seed": 1.5,
              "options": { "minLevels": true, "levels": "analyse", "colour": 1 }, "templates": [42, { "file": "a.yaml" }], "kind": "poster", "audience": "9-10", "audience": "adult" }
            """;

        var response = await factory.CreateClient().PostText("/api/handouts", Body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        var errors = (await response.Problem()).GetProperty("errors");
        var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldBe(["units[1]", "themes", "count", "seed", "options.minLevels", "options.levels", "options.colour", "templates[0]", "templates[1].text", "kind", "audience"], ignoreOrder: true);
        errors.GetProperty("units[1]")[0].GetString().ShouldBe("'units[1]' must be a string at line 1, column 25 (it is a number).");
        errors.GetProperty("count")[0].GetString().ShouldBe("'count' must be a whole number at line 1, column 64 (it is a string).");
        errors.GetProperty("seed")[0].GetString()!.ShouldContain("(it has a fraction)");
        errors.GetProperty("audience")[0].GetString()!.ShouldContain("is given more than once");
        errors.GetProperty("templates[0]")[0].GetString()!.ShouldStartWith("'templates[0]' must be a template file (an object) with fields file, text");
        text.ShouldNotContain("System.");
        text.ShouldNotContain("Curriculum.");
        text.ShouldNotContain("Int32");
    }

    [Fact]
    public async Task A_full_render_queue_refuses_with_429_before_reading_or_parsing_the_body()
    {
        using var narrow = factory.With(("Limits:PdfConcurrency", "1"), ("Limits:PdfQueue", "0"), ("Limits:RejectDelayMilliseconds", "0"));
        var client = narrow.CreateClient();
        var queue = narrow.Services.GetRequiredService<RenderQueue>();
        queue.TryAdmit().ShouldBeTrue("the one place in the queue");
        try
        {
            queue.TryAdmit().ShouldBeFalse("the queue is bounded");

            // Not JSON at all: had the body been read and parsed, the answer would be 400.
            var response = await client.PostText("/api/handouts", "{ this is not json");

            response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            response.Headers.GetValues("Retry-After").Single().ShouldBe("1");
            (await response.Problem()).Detail().ShouldBe("PDF rendering is at capacity: 1 at a time and 0 waiting. Retry after 1 s.");
            queue.Admitted.ShouldBe(1);
        }
        finally
        {
            queue.Leave();
        }

        (await client.PostText("/api/handouts", """{ "units": ["leonid-1"], "count": 1 }""")).StatusCode.ShouldBe(HttpStatusCode.OK);
        queue.Admitted.ShouldBe(0);
    }
}
