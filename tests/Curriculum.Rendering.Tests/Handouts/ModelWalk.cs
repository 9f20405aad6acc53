using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>Every block of a document in reading order, nested blocks included (list items, callouts, groups).</summary>
internal static class ModelWalk
{
    public static IEnumerable<Block> Blocks(HandoutDocument document) => document.Sections.SelectMany(s => Blocks(s.Blocks));

    public static IEnumerable<Block> Blocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            var inner = block switch
            {
                ListBlock list => list.Items.SelectMany(i => i.More),
                Callout callout => callout.Body,
                KeepTogether group => group.Blocks,
                _ => [],
            };
            foreach (var nested in Blocks(inner))
            {
                yield return nested;
            }
        }
    }

    /// <summary>All words a reader sees: headings, paragraphs, quotations, list items, cells, callout titles.</summary>
    public static string Text(HandoutDocument document) => string.Join('\n', Blocks(document).SelectMany(b => b switch
    {
        Heading h => [h.Text],
        Paragraph p => [p.PlainText],
        Quotation q => [(q.Speaker is null ? "" : q.Speaker + ": ") + q.Words],
        ListBlock l => l.Items.Select(i => i.PlainText),
        Table t => t.Columns.Select(c => c.Header).Concat(t.Rows.SelectMany(r => r.Select(c => c.PlainText))),
        Callout c => [c.Title],
        Contents c => c.Entries.Select(e => e.Label + " " + e.Title),
        _ => Array.Empty<string>(),
    }));
}
