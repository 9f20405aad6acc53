using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Curriculum.Core.Prompts;

/// <summary>
/// Maps a character offset inside a YAML scalar's value back to the file's line and column. YAML strips indentation
/// and folds lines (<c>&gt;-</c>), so the value and the file do not line up one to one: walk both together, matching
/// the value's characters to the file's and letting line breaks in the file stand for folded spaces.
/// </summary>
internal static class ScalarPositions
{
    public static (int Line, int Column) Locate(string[] lines, YamlScalarNode node, int offset)
    {
        var value = node.Value ?? "";
        var source = Source(lines, node);
        if (source.Count == 0)
        {
            return (Math.Max(1, (int)node.Start.Line), Math.Max(1, (int)node.Start.Column));
        }

        var j = 0;
        for (var i = 0; i < value.Length && j < source.Count; i++)
        {
            while (j < source.Count && source[j].Char != value[i] && !(source[j].Char == '\n' && char.IsWhiteSpace(value[i])))
            {
                j++;
            }

            if (j >= source.Count)
            {
                break;
            }

            if (i == offset)
            {
                return (source[j].Line, source[j].Column);
            }

            j++;
        }

        var last = source[Math.Min(j, source.Count - 1)];
        return (last.Line, last.Column);
    }

    private readonly record struct SourceChar(char Char, int Line, int Column);

    private static List<SourceChar> Source(string[] lines, YamlScalarNode node)
    {
        var result = new List<SourceChar>();
        var startLine = (int)node.Start.Line;
        var endLine = Math.Min(lines.Length, (int)node.End.Line);
        if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            var content = Enumerable.Range(startLine + 1, Math.Max(0, endLine - startLine)).Where(l => l <= lines.Length).ToList();
            var indent = content.Select(l => lines[l - 1]).Where(t => t.Trim().Length > 0).Select(t => t.Length - t.TrimStart(' ').Length).DefaultIfEmpty(0).First();
            foreach (var l in content)
            {
                var text = lines[l - 1];
                for (var c = Math.Min(indent, text.Length); c < text.Length; c++)
                {
                    result.Add(new SourceChar(text[c], l, c + 1));
                }

                result.Add(new SourceChar('\n', l, text.Length + 1));
            }

            return result;
        }

        var quoted = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        for (var l = startLine; l <= endLine && l >= 1; l++)
        {
            var text = lines[l - 1];
            var from = l == startLine ? Math.Min(text.Length, (int)node.Start.Column - 1 + quoted) : text.Length - text.TrimStart().Length;
            var to = l == endLine ? Math.Min(text.Length, (int)node.End.Column - 1) : text.Length;
            for (var c = from; c < to; c++)
            {
                result.Add(new SourceChar(text[c], l, c + 1));
            }

            result.Add(new SourceChar('\n', l, to + 1));
        }

        return result;
    }
}
