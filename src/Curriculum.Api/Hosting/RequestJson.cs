using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Curriculum.Api.Hosting;

/// <summary>
/// A JSON request body read by the kit itself instead of by a serializer, so that every complaint is in the request's
/// own terms: the field's path (<c>options.levels[2]</c>), the kind of value it needs, the kind it got, and where in
/// the body it is. Every invalid field is collected, and one 400 lists them all.
/// </summary>
public sealed class RequestJson
{
    /// <summary>Deeper than this is refused while parsing: no request of this API nests more than four levels.</summary>
    public const int MaxDepth = 64;

    private readonly byte[] _bytes;
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private Dictionary<string, long>? _offsets;

    private RequestJson(byte[] bytes, JsonElement root)
    {
        _bytes = bytes;
        Root = root;
    }

    public JsonElement Root { get; }

    public bool HasErrors => _errors.Count > 0;

    public bool HasError(string path) => _errors.ContainsKey(path);

    /// <summary>An error at <paramref name="path"/>, inside it, or at a value that contains it (<c>templates[0]</c> for <c>templates[0].text</c>).</summary>
    public bool HasErrorAround(string path) =>
        HasErrorUnder(path) || _errors.Keys.Any(k => path.StartsWith(k + "[", StringComparison.Ordinal) || path.StartsWith(k + ".", StringComparison.Ordinal));

    /// <summary>An error at <paramref name="path"/> or inside it (<c>units</c> covers <c>units[2]</c>).</summary>
    public bool HasErrorUnder(string path) =>
        _errors.Keys.Any(k => k == path || k.StartsWith(path + "[", StringComparison.Ordinal) || k.StartsWith(path + ".", StringComparison.Ordinal));

    /// <summary>The body as JSON, or the problem: 415 (not JSON), 400 (empty, or not well-formed, with line and column).</summary>
    public static async Task<(RequestJson? Json, ProblemHttpResult? Problem)> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type", detail: ProblemExceptionHandler.NotJson(http)));
        }

        // RequestBodyGuard has read the body into memory, within its limit.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        var bytes = buffer.ToArray();
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing request body",
                detail: "The request body is empty: send a JSON object (its shape is in /openapi/v1.json)."));
        }

        // JSON is UTF-8 (RFC 8259); the parser checks strings only when they are read, so check all of it first.
        if (FirstInvalidUtf8(bytes) is { } bad)
        {
            var (line, column) = LineAndColumn(bytes, bad);
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed JSON",
                detail: $"The body is not valid JSON at line {line}, column {column}: the bytes there are not UTF-8 text (0x{bytes[bad]:X2})."));
        }

        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = MaxDepth });
            return (new RequestJson(bytes, document.RootElement.Clone()), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line && e.BytePositionInLine is { } column ? $" at line {line + 1}, column {column + 1}" : "";
            return (null, TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed JSON",
                detail: $"The body is not valid JSON{where}: {Reason(e.Message)}"));
        }
    }

    private static int? FirstInvalidUtf8(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        var span = bytes.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    private static (long Line, long Column) LineAndColumn(byte[] bytes, long offset)
    {
        long line = 1, start = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                start = i + 1;
            }
        }

        return (line, offset - start + 1);
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }

        var media = contentType.Split(';')[0].Trim();
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The reader's own words, without its zero-based position (ours is given one-based) and with depth said plainly.</summary>
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut >= 0 ? message[..cut] : message).Trim();
        if (reason.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return $"it is nested more than {MaxDepth} levels deep; no request of this API nests more than four.";
        }

        return reason.Length == 0 ? "it cannot be read as JSON." : reason;
    }

    /// <summary>Records what is wrong with the value at <paramref name="path"/>, with its line and column in the body.</summary>
    public void Error(string path, string problem, string aside = "")
    {
        var where = Locate(path) is { } at ? $" at line {at.Line}, column {at.Column}" : "";
        var message = path == Body ? $"{problem}{aside}." : $"'{path}' {problem}{where}{aside}.";
        if (!_errors.TryGetValue(path, out var list))
        {
            _errors[path] = list = [];
        }

        list.Add(message);
    }

    /// <summary>An error whose message is already whole (from the request's own checks, e.g. an unknown theme).</summary>
    public void Add(string path, string message)
    {
        if (!_errors.TryGetValue(path, out var list))
        {
            _errors[path] = list = [];
        }

        list.Add(message);
    }

    /// <summary>The key under which a problem with the body as a whole is listed.</summary>
    public const string Body = "body";

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    // ---- Typed reading: each returns null (and records why) when the value is not of the kind needed. ----

    /// <summary>The fields of an object, by their declared names (matched ignoring case); unknown and repeated fields are errors.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Object(JsonElement value, string path, string what, IReadOnlyList<string> fields)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            if (path == Body)
            {
                Add(Body, $"The request body must be a JSON object with fields {string.Join(", ", fields)} (see /openapi/v1.json), not {KindOf(value)}.");
            }
            else
            {
                Error(path, $"must be {what} with fields {string.Join(", ", fields)}", $" (it is {KindOf(value)})");
            }

            return null;
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var name = fields.FirstOrDefault(f => string.Equals(f, property.Name, StringComparison.OrdinalIgnoreCase));
            var at = Join(path, name ?? Short(property.Name));
            if (name is null)
            {
                Error(at, path == Body
                    ? $"is not a field of this request (the fields are {string.Join(", ", fields)}; see /openapi/v1.json)"
                    : $"is not a field of {what} (its fields are {string.Join(", ", fields)})");
            }
            else if (!result.TryAdd(name, property.Value))
            {
                Error(at, "is given more than once: give each field once");
            }
        }

        return result;
    }

    public string? String(IReadOnlyDictionary<string, JsonElement> fields, string name, string path) =>
        Field(fields, name) is { } v ? String(v, Join(path, name)) : null;

    public string? String(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Error(path, "must be a string", $" (it is {KindOf(value)})");
        return null;
    }

    public int? Whole(IReadOnlyDictionary<string, JsonElement> fields, string name, string path)
    {
        if (Field(fields, name) is not { } value)
        {
            return null;
        }

        var at = Join(path, name);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n))
        {
            return n;
        }

        var why = value.ValueKind != JsonValueKind.Number ? $" (it is {KindOf(value)})"
            : value.TryGetDecimal(out var d) && d != decimal.Truncate(d) ? " (it has a fraction)"
            : $" (it is out of range: a whole number from {int.MinValue.ToString("N0", CultureInfo.InvariantCulture)} to {int.MaxValue.ToString("N0", CultureInfo.InvariantCulture)})";
        Error(at, "must be a whole number", why);
        return null;
    }

    public bool? Boolean(IReadOnlyDictionary<string, JsonElement> fields, string name, string path)
    {
        if (Field(fields, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(Join(path, name), "must be true or false", $" (it is {KindOf(value)})");
        return null;
    }

    /// <summary>An array of strings; every item that is not a string is named by its index.</summary>
    public IReadOnlyList<string>? Strings(IReadOnlyDictionary<string, JsonElement> fields, string name, string path)
    {
        if (Field(fields, name) is not { } value)
        {
            return null;
        }

        var at = Join(path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(at, "must be an array of strings", $" (it is {KindOf(value)})");
            return null;
        }

        var result = new List<string>();
        var i = 0;
        var ok = true;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                result.Add(item.GetString()!);
            }
            else
            {
                Error($"{at}[{i}]", "must be a string", $" (it is {KindOf(item)})");
                ok = false;
            }

            i++;
        }

        return ok ? result : null;
    }

    /// <summary>A field's value; a missing field and an explicit null both mean "not given".</summary>
    public static JsonElement? Field(IReadOnlyDictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string Join(string path, string name) => path == Body ? name : $"{path}.{name}";

    /// <summary>How a value's kind is said to a person: never a .NET type.</summary>
    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "a value of another kind",
    };

    /// <summary>400 listing every invalid field, each with its path and why.</summary>
    public ProblemHttpResult Problem() => Discussions.DiscussionProblems.Invalid(Errors);

    private static string Short(string name) => name.Length <= 40 ? name : name[..37] + "...";

    private (long Line, long Column)? Locate(string path)
    {
        _offsets ??= Offsets();
        return _offsets.TryGetValue(path, out var offset) ? LineAndColumn(_bytes, offset) : null;
    }

    /// <summary>Where each value starts, by its path (property names as the client wrote them, matched ignoring case).</summary>
    private Dictionary<string, long> Offsets()
    {
        var offsets = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        var reader = new Utf8JsonReader(_bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        var stack = new Stack<(bool Array, int Index, string Path)>();
        string? property = null;
        string Here()
        {
            if (stack.Count == 0)
            {
                return Body;
            }

            var (array, index, path) = stack.Peek();
            return array ? $"{(path == Body ? "" : path)}[{index}]" : Join(path, property ?? "");
        }

        void Advance()
        {
            if (stack.Count > 0 && stack.Peek().Array)
            {
                var top = stack.Pop();
                stack.Push(top with { Index = top.Index + 1 });
            }
        }

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = Short(reader.GetString() ?? "");
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var here = Here();
                    offsets.TryAdd(here, reader.TokenStartIndex);
                    stack.Push((reader.TokenType == JsonTokenType.StartArray, 0, here));
                    property = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    stack.Pop();
                    Advance();
                    break;
                default:
                    offsets.TryAdd(Here(), reader.TokenStartIndex);
                    Advance();
                    break;
            }
        }

        return offsets;
    }
}
