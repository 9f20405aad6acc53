using Curriculum.Core.Content;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Curriculum.Core.Yaml;

/// <summary>
/// Reads a YAML file into nodes that remember where they stand, so every complaint about a reviewed or
/// user-written file can name its file, line and column.
/// </summary>
public static class YamlReader
{
    /// <summary>Deeper than this is refused before a tree is built: nesting could exhaust the stack while it is.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>
    /// The top mapping of <paramref name="text"/>. The event stream is read first, flat, and the file refused if it
    /// uses anchors or aliases (YamlDotNet expands them while loading: a few hundred bytes of nested aliases cost
    /// minutes) or nests deeper than <paramref name="maxDepth"/>; only then is the tree built.
    /// </summary>
    public static YamlMappingNode LoadMapping(string file, string text, int maxDepth = DefaultMaxDepth)
    {
        CheckEvents(file, text, maxDepth);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException outer)
        {
            // YamlDotNet wraps the scanner's error, which knows where it happened; the wrapper points at the document.
            var e = outer;
            while (e.InnerException is YamlException inner)
            {
                e = inner;
            }

            // A syntax error ("while scanning …, found …") is best shown where the offending character was found.
            var at = e is SyntaxErrorException && e.End.Line > 0 ? e.End : e.Start;
            throw new ContentException(new SourcePosition(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)), $"this is not valid YAML: {Describe(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unclosed lists and mappings; point at the last place it could read.
            var at = LastReadable(text);
            throw new ContentException(new SourcePosition(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)),
                "this is not valid YAML: a list [ ] or mapping { } is not closed, or a line is indented where it cannot be");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ContentException(new SourcePosition(file, 1), "expected a YAML mapping (key: value lines) at the top of the file");
        }

        return root;
    }

    /// <summary>Refuses anchors, aliases and deep nesting on the flat event stream; bad syntax is left for the loader to report.</summary>
    public static void CheckEvents(string file, string text, int maxDepth)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case AnchorAlias alias:
                        throw new ContentException(At(file, current.Start), $"aliases (*{Short(alias.Value.Value)}) are not allowed: write the text out in full where it is needed");
                    case NodeEvent { Anchor.IsEmpty: false } node:
                        throw new ContentException(At(file, current.Start), $"anchors (&{Short(node.Anchor.Value)}) are not allowed: write the text out in full where it is needed");
                }

                switch (current)
                {
                    case MappingStart or SequenceStart:
                        depth++;
                        if (depth > maxDepth)
                        {
                            throw new ContentException(At(file, current.Start), $"the YAML is nested more than {maxDepth} levels deep");
                        }

                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Reported with its position when the file is loaded.
        }
    }

    private static SourcePosition At(string file, Mark at) => new(file, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column));

    /// <summary>An anchor's name is the author's own word, but it is cut short: a message is no place for a long one.</summary>
    private static string Short(string name) => name.Length <= 24 ? name : name[..21] + "...";

    private static Mark LastReadable(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current?.End ?? last;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Stop at the first thing that cannot be read.
        }

        return last;
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with the position, which we already report.
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(close + 3)..] : message;
    }
}

/// <summary>A node and the file it came from, with typed accessors that fail with a position.</summary>
public readonly record struct YamlValue(string File, YamlNode Node)
{
    public SourcePosition Position => new(File, Math.Max(1, (int)Node.Start.Line), Math.Max(1, (int)Node.Start.Column));

    public ContentException Error(string problem) => new(Position, problem);

    public string String(string what)
    {
        if (Node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        throw Error($"{what} must be text, not {Shape(Node)}");
    }

    public bool Bool(string what) => String(what) switch
    {
        "true" => true,
        "false" => false,
        _ => throw Error($"{what} must be true or false"),
    };

    public int Int(string what)
    {
        if (Node is YamlScalarNode { Value: { } value } && int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        throw Error($"{what} must be a whole number");
    }

    public IEnumerable<YamlValue> Items(string what)
    {
        if (Node is YamlSequenceNode seq)
        {
            var file = File;
            return seq.Children.Select(c => new YamlValue(file, c));
        }

        throw Error($"{what} must be a list (lines starting with '- '), not {Shape(Node)}");
    }

    /// <summary>A list of strings; a single string is taken as a list of one.</summary>
    public IReadOnlyList<string> Strings(string what) =>
        Node is YamlScalarNode ? [String(what)] : [.. Items(what).Select(i => i.String(what))];

    public YamlFields Fields(string what, params string[] allowed)
    {
        if (Node is not YamlMappingNode map)
        {
            throw Error($"{what} must be a mapping (key: value lines), not {Shape(Node)}");
        }

        var file = File;
        var fields = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = key is YamlScalarNode { Value: { } k } ? k : "";
            var keyValue = new YamlValue(file, key);
            if (allowed.Length > 0 && !allowed.Contains(name))
            {
                throw keyValue.Error($"unknown field '{name}' in {what}; expected one of: {string.Join(", ", allowed)}");
            }

            fields[name] = new YamlValue(file, value);
        }

        return new YamlFields(this, what, fields);
    }

    /// <summary>The entries of a mapping whose keys are ids (e.g. unit ids), in file order.</summary>
    public IEnumerable<(string Key, YamlValue KeyNode, YamlValue Value)> Entries(string what)
    {
        if (Node is not YamlMappingNode map)
        {
            throw Error($"{what} must be a mapping (key: value lines), not {Shape(Node)}");
        }

        var file = File;
        return map.Children.Select(kv => (
            kv.Key is YamlScalarNode { Value: { } k } ? k : "",
            new YamlValue(file, kv.Key),
            new YamlValue(file, kv.Value)));
    }

    private static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: "" or null } => "empty",
        _ => "a single value",
    };
}

/// <summary>The fields of one mapping; required ones fail at the mapping's position.</summary>
public sealed class YamlFields(YamlValue owner, string what, IReadOnlyDictionary<string, YamlValue> fields)
{
    public YamlValue Owner => owner;

    public bool Has(string name) => fields.ContainsKey(name);

    public YamlValue? Optional(string name) => fields.TryGetValue(name, out var v) ? v : null;

    public YamlValue Required(string name) =>
        fields.TryGetValue(name, out var v) ? v : throw owner.Error($"{what} is missing the field '{name}'");

    public string RequiredString(string name) => Required(name).String($"'{name}' in {what}");

    public string? OptionalString(string name) => Optional(name)?.String($"'{name}' in {what}");

    public IReadOnlyList<string> OptionalStrings(string name) => Optional(name)?.Strings($"'{name}' in {what}") ?? [];

    public bool? OptionalBool(string name) => Optional(name)?.Bool($"'{name}' in {what}");
}
