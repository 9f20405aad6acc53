using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Curriculum.Api.Tests.Hosting;

/// <summary>
/// A bounded, seeded fuzz of every POST endpoint and <c>GET /api/units/{id}</c>: structure-aware mutations of valid
/// bodies (wrong kinds, unknown and duplicate fields, deep nesting, invalid UTF-8, truncation, hostile templates)
/// through the in-memory server, and raw HTTP framing mutations (chunk sizes, truncated bodies, conflicting lengths)
/// over a real socket. No answer may be a 5xx, name a .NET type or carry a stack trace. Same seed, same requests.
/// </summary>
public sealed partial class FuzzTests(ApiFactory factory, RawServer server, ITestOutputHelper output) : IClassFixture<ApiFactory>, IClassFixture<RawServer>
{
    private const int Seed = 20261202;
    private const int JsonCases = 4200;
    private const int RawCases = 1000;

    private static readonly string[] Posts = ["/api/discussions", "/api/handouts", "/api/templates/validate"];

    // A .NET type or namespace (System.Int32, Curriculum.Api.Discussions.DiscussionBody), or stack trace text.
    [GeneratedRegex(@"\b(System|Microsoft|Curriculum|YamlDotNet|Fluid|PdfSharp)\.[A-Z][A-Za-z0-9]+|   at |Exception\b|\bInt32\b|\bString\[\]")]
    private static partial Regex Leak();

    [Fact]
    public async Task Five_thousand_hostile_requests_get_no_5xx_and_leak_nothing()
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        var json = Enumerable.Range(0, JsonCases).Select(i => JsonCase(random, i)).ToList();
        var raw = Enumerable.Range(0, RawCases).Select(i => RawCase(random, i)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var slow = new System.Collections.Concurrent.ConcurrentQueue<string>();

        var client = factory.CreateClient();
        await Parallel.ForEachAsync(json, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, token) =>
        {
            using var request = new HttpRequestMessage(c.Method, c.Path);
            if (c.Body is not null)
            {
                request.Content = new ByteArrayContent(c.Body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(c.ContentType);
            }

            using var response = await client.SendAsync(request, token);
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = type.Contains("json", StringComparison.Ordinal) || type.StartsWith("text/", StringComparison.Ordinal) ? await response.Content.ReadAsStringAsync(token) : "";
            Judge(failures, $"json #{c.Index} {c.Method} {c.Path} ({c.Mutation})", (int)response.StatusCode, text);
        });

        var jsonSeconds = clock.Elapsed.TotalSeconds;
        await Parallel.ForEachAsync(raw, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await server.SendAsync(c.Bytes, TimeSpan.FromSeconds(5), hangUp: c.HangUp);
            if (Stopwatch.GetElapsedTime(started).TotalSeconds > 1)
            {
                slow.Enqueue($"raw #{c.Index} ({c.Mutation}) {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s, status {answer.Status}");
            }

            var text = answer.Text;
            var body = text.Contains("application/pdf", StringComparison.Ordinal) ? text.Split("\r\n\r\n")[0] : text;
            // Kestrel itself answers an HTTP version that does not exist (HTTP/9.9) with 505 before the app sees it;
            // that is the protocol's own answer to the client, the one 5xx allowed, and only for that request line.
            var status = answer.Status == 505 && c.Mutation == "request line: unknown HTTP version" ? 400 : answer.Status;
            Judge(failures, $"raw #{c.Index} ({c.Mutation})", status, body);
        });

        foreach (var line in slow.Take(30))
        {
            output.WriteLine(line);
        }

        output.WriteLine($"{JsonCases + RawCases} requests (seed {Seed}) in {clock.Elapsed.TotalSeconds:0.0} s ({JsonCases} in memory in {jsonSeconds:0.0} s, {RawCases} raw)");
        failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
        server.Logs.Entries.Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).Select(e => e.Message).ShouldBeEmpty();
    }

    private static void Judge(System.Collections.Concurrent.ConcurrentQueue<string> failures, string what, int status, string text)
    {
        if (status >= 500)
        {
            failures.Enqueue($"{what}: {status} {Cut(text)}");
        }
        else if (Leak().Match(text) is { Success: true } leak)
        {
            failures.Enqueue($"{what}: leaks '{leak.Value}': {Cut(text)}");
        }
    }

    private static string Cut(string s) => s.Length <= 600 ? s : s[..600] + "…";

    private sealed record JsonCaseData(int Index, HttpMethod Method, string Path, byte[]? Body, string ContentType, string Mutation);

    private sealed record RawCaseData(int Index, byte[] Bytes, bool HangUp, string Mutation);

    // ---- Structure-aware JSON mutations ----

    private static JsonObject Valid(string path, Random random) => path switch
    {
        "/api/templates/validate" => new JsonObject { ["file"] = "mine.yaml", ["text"] = Pick(random, Templates) },
        _ => new JsonObject
        {
            ["units"] = new JsonArray(Pick(random, ["leonid-1", "ivan-2", "maxim-3", "introduction"])),
            ["themes"] = new JsonArray("propaganda"),
            ["audience"] = Pick(random, ["9-10", "6-8", "adult"]),
            ["count"] = 1,
            ["seed"] = random.Next(3),
            ["options"] = new JsonObject { ["leaveOutGraphic"] = true, ["minLevels"] = 1, ["levels"] = new JsonArray("analyse") },
        },
    };

    private static readonly string[] Templates =
    [
        "prompts:\n  - id: f\n    theme: propaganda\n    framework: ipa:card-stacking\n    level: analyse\n    question: viewpoints\n    audiences: [9-10]\n    text: 'What does {{ speaker }} mean?'\n",
        "prompts:\n  - id: f\n    text: '{{ 1 | divided_by: 0 }}'\n",
        "prompts:\n  - id: f\n    text: '{{ 1 | modulo: 0 }}{{ quote | split: \"\" | join: quote }}'\n",
        "a: &a [x, x]\nb: [*a, *a]\nprompts: *a\n",
        "root:*:19000:0:99999:7:::\n",
        "prompts: [\n",
        "\t- tab\n",
        "prompts:\n  - ? [a, b]\n    : c\n",
        "prompts:\n  - id: f\n    id: g\n",
        "prompts:\n  - {{ }}\n",
        "%YAML 9.9\n---\nprompts: []\n",
        "!!binary Zm9v\n",
        "prompts:\n  - id: f\n    text: '{% for i in (1..999) %}{% for j in (1..999) %}{{ i | times: j | divided_by: 0 }}{% endfor %}{% endfor %}'\n",
    ];

    private static readonly JsonNode?[] OddValues =
    [
        null, 0, -1, 1.5, 1e300, long.MaxValue, "", "x", new string('z', 5000), "\u0000", "\ud83d", true, false,
        new JsonArray(), new JsonArray(1, "a", null), new JsonObject(), new JsonObject { ["a"] = new JsonObject() },
        "../../etc/passwd", "{{ 1 | divided_by: 0 }}", "leonid-1\u202e", "99999999999999999999999",
    ];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static JsonNode? Odd(Random random) => Pick(random, OddValues)?.DeepClone();

    private static JsonCaseData JsonCase(Random random, int index)
    {
        if (random.Next(8) == 0)
        {
            // GET /api/units/{id} with hostile ids.
            var id = Pick(random, ["leonid-1", "leonid-7", "", "%2500", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", "%FF%FE", Uri.EscapeDataString(new string('x', 3000)), "ivan-1%3Fx%3D1", "%7B%7B1%7D%7D", "1%20OR%201%3D1"]);
            return new JsonCaseData(index, HttpMethod.Get, $"/api/units/{id}", null, "", "unit id");
        }

        var path = Pick(random, Posts);
        var body = Valid(path, random);
        var names = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            names.Add(Mutate(random, body, path));
        }

        var text = body.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(text);
        switch (random.Next(12))
        {
            case 0:
                // Duplicate a key: a JSON object may repeat one, and the API must say which.
                text = text.Length > 2 ? text[..^1] + ",\"units\":[\"ivan-1\"],\"units\":7}" : text;
                bytes = Encoding.UTF8.GetBytes(text);
                names.Add("duplicate key");
                break;
            case 1:
                bytes = bytes[..random.Next(bytes.Length)];
                names.Add("truncated");
                break;
            case 2:
                var at = random.Next(bytes.Length);
                bytes = [.. bytes[..at], (byte)Pick(random, new[] { 0xff, 0xc3, 0xed, 0x80, 0x00 }), .. bytes[at..]];
                names.Add("invalid UTF-8");
                break;
            case 3:
                var depth = 10_000;
                bytes = Encoding.UTF8.GetBytes(random.Next(2) == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth));
                names.Add("10,000-deep nesting");
                break;
            case 4:
                bytes = Encoding.UTF8.GetBytes(Pick(random, ["[]", "null", "42", "\"units\"", "true", "{}", "[{\"units\":[\"leonid-1\"]}]", " ", "\uFEFF{\"units\":[\"leonid-1\"]}"]));
                names.Add("other JSON");
                break;
        }

        var contentType = random.Next(20) == 0 ? Pick(random, ["text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1", "application/merge-patch+json"]) : "application/json";
        return new JsonCaseData(index, HttpMethod.Post, path, bytes, contentType, string.Join(", ", names));
    }

    private static string Mutate(Random random, JsonObject body, string path)
    {
        var fields = body.Select(p => p.Key).ToList();
        switch (random.Next(7))
        {
            case 0 when fields.Count > 0:
                var removed = Pick(random, fields);
                body.Remove(removed);
                return $"remove {removed}";
            case 1:
                var name = Pick(random, ["colour", "Units", "UNITS", "kind", "paper", "easyRead", "templates", "$type", "__proto__", ""]);
                body[name] = Odd(random);
                return $"set {name}";
            case 2 when fields.Count > 0:
                var field = Pick(random, fields);
                body[field] = Odd(random);
                return $"odd {field}";
            case 3 when body["options"] is JsonObject options:
                options[Pick(random, ["levels", "minLevels", "leaveOutGraphic", "extra"])] = Odd(random);
                return "odd option";
            case 4 when path != "/api/templates/validate":
                body["templates"] = new JsonArray(Enumerable.Range(0, random.Next(1, 3))
                    .Select(_ => (JsonNode?)(random.Next(5) == 0 ? Odd(random) : new JsonObject { ["file"] = Pick(random, ["a.yaml", "../x.yaml", "", "\u0000"]), ["text"] = Pick(random, Templates) }))
                    .ToArray());
                return "templates";
            case 5 when path == "/api/handouts" || random.Next(2) == 0:
                body["kind"] = Pick(random, ["student", "teacher", "packet", "reader", "poster", "STUDENT"]);
                body["paper"] = Pick(random, ["letter", "a4", "A4", "legal"]);
                return "kind and paper";
            default:
                body["text"] = Pick(random, Templates);
                return "text";
        }
    }

    // ---- Raw framing mutations, over a real socket ----

    private static RawCaseData RawCase(Random random, int index)
    {
        var path = Pick(random, [.. Posts, "/api/units/leonid-1"]);
        var method = path.StartsWith("/api/units", StringComparison.Ordinal) ? Pick(random, ["GET", "POST", "GET"]) : "POST";
        var body = Encoding.UTF8.GetBytes(path == "/api/templates/validate" ? "{\"text\":\"prompts: []\"}" : "{\"units\":[\"leonid-1\"],\"count\":1}");
        if (random.Next(4) == 0)
        {
            var at = random.Next(body.Length);
            body = [.. body[..at], 0xff, 0xfe, .. body[at..]];
        }

        var headers = new StringBuilder($"{method} {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n");
        byte[] payload;
        var hangUp = false;
        string mutation;
        switch (random.Next(9))
        {
            case 0:
                headers.Append($"Content-Length: {body.Length}\r\n");
                payload = body;
                mutation = "whole";
                break;
            case 1:
                headers.Append($"Content-Length: {body.Length + random.Next(1, 1_000_000)}\r\n");
                payload = body;
                hangUp = true;
                mutation = "truncated body";
                break;
            case 2:
                headers.Append($"Content-Length: {Pick(random, ["-1", "abc", "99999999999999999999", "1, 2", " 5"])}\r\n");
                payload = body;
                mutation = "bad content-length";
                break;
            case 3:
                headers.Append("Transfer-Encoding: chunked\r\n");
                var size = Pick(random, ["80000000", "FFFFFFFF", "ffffffffffffffff", "100000000", "7fffffff", "-1", "zz", "", " 10", "10;ext=1", "0x10"]);
                payload = [.. Encoding.ASCII.GetBytes($"{size}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8.ToArray()];
                hangUp = size is "7fffffff";
                mutation = $"chunk size {size}";
                break;
            case 4:
                headers.Append("Transfer-Encoding: chunked\r\n");
                payload = [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. Encoding.ASCII.GetBytes(Pick(random, ["\r\n0\r\n\r\n", "0\r\n\r\n", "\r\n", "\r\nX\r\n\r\n", "\r\n0\r\nTrailer: x\r\n\r\n"]))];
                hangUp = true;
                mutation = "chunk terminator";
                break;
            case 5:
                headers.Append($"Content-Length: {body.Length}\r\nTransfer-Encoding: chunked\r\n");
                payload = [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n0\r\n\r\n"u8.ToArray()];
                mutation = "length and chunked";
                break;
            case 6:
                headers.Append($"Content-Length: {body.Length}\r\n{Pick(random, ["X-\u00ff: 1", "Bad Header", "Content-Type: text/plain", ": empty", "X: \u0001"])}\r\n");
                payload = body;
                mutation = "odd header";
                break;
            case 7:
                headers.Append("Transfer-Encoding: chunked\r\n");
                // Many tiny chunks, some past the body limit.
                var chunks = new StringBuilder();
                for (var i = random.Next(1, 400); i > 0; i--)
                {
                    chunks.Append("400\r\n").Append(new string(' ', 1024)).Append("\r\n");
                }

                payload = [.. Encoding.ASCII.GetBytes($"{body.Length:x}\r\n"), .. body, .. "\r\n"u8.ToArray(), .. Encoding.ASCII.GetBytes(chunks.ToString()), .. "0\r\n\r\n"u8.ToArray()];
                mutation = "many chunks";
                break;
            default:
                payload = body;
                headers.Clear().Append(Pick(random, ["POST /api/discussions HTTP/1.0\r\n", "POST /api/handouts HTTP/9.9\r\nHost: x\r\n", "POST  /api/discussions HTTP/1.1\r\n", "\r\n\r\n", "POST /api/discussions?x=%ZZ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"]));
                // These carry no "Connection: close": end the sending side so the server closes after answering.
                hangUp = true;
                mutation = headers.ToString().Contains("HTTP/9.9", StringComparison.Ordinal) ? "request line: unknown HTTP version" : "request line";
                break;
        }

        return new RawCaseData(index, [.. Encoding.UTF8.GetBytes(headers.Append("\r\n").ToString()), .. payload], hangUp, mutation);
    }
}
