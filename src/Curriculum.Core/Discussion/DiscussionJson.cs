using System.Text.Encodings.Web;
using System.Text.Json;

namespace Curriculum.Core.Discussion;

/// <summary>The one JSON shape of a discussion set, shared by the CLI's <c>--json</c> and the HTTP API.</summary>
public static class DiscussionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Keep the article's curly quotes and dashes readable: the text is data, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(DiscussionSet set) => JsonSerializer.Serialize(set, Options);
}
