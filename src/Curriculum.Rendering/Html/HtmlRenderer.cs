using System.Globalization;
using System.Text;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Html;

/// <summary>
/// Draws a <see cref="HandoutDocument"/> as one self-contained page: semantic HTML, an embedded stylesheet, no
/// script and nothing fetched from anywhere, printable on Letter or A4. Same document, same bytes.
/// </summary>
/// <remarks>
/// The output is also well-formed XML (void elements closed, only XML's entities), so tests and tools without an
/// HTML parser can read it back.
/// </remarks>
public sealed class HtmlRenderer : IDocumentRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public OutputFormat Format => OutputFormat.Html;

    public RenderedFile Render(HandoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new RenderedFile(Utf8.GetBytes(new HtmlPage(document).Write()), PageCount: null);
    }
}

/// <summary>One rendering: the page being written and the ids already given out.</summary>
internal sealed class HtmlPage(HandoutDocument document)
{
    private readonly StringBuilder _html = new(16 * 1024);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sectionIds = new(StringComparer.Ordinal);
    // The heading that titles each section, by reference: it carries the id the section is labelled by.
    private readonly Dictionary<Heading, string> _titleOf = new(ReferenceEqualityComparer.Instance);
    private int _lastHeading;
    private int _callouts;
    private int _fields;
    private int _contents;

    public string Write()
    {
        var info = document.Info;
        var setup = document.Setup;
        var ids = new string[document.Sections.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var section = document.Sections[i];
            ids[i] = Unique(HtmlText.Slug(section.Id) is { Length: > 0 } slug ? slug : "section");
            // Contents entries point at the first section with that id.
            _sectionIds.TryAdd(section.Id, ids[i]);
        }

        _html.Append("<!doctype html>\n<html lang=\"").Append(Attr(info.Language.Length > 0 ? info.Language : "en")).Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        _html.Append("<title>").Append(Text(info.Title)).Append("</title>\n");
        Meta("description", info.Subject);
        Meta("keywords", info.Keywords);
        Meta("author", info.Author);
        _html.Append("<style>\n");
        HtmlStyles.Append(_html, setup, [.. document.Sections.Select(s => s.RunningTitle)]);
        _html.Append("</style>\n</head>\n<body class=\"").Append(EditionClass(setup.Edition)).Append("\">\n");

        if (setup.HeaderLeft.Length > 0)
        {
            _html.Append("<header>\n<p>").Append(Text(setup.HeaderLeft)).Append("</p>\n</header>\n");
        }

        _html.Append("<main>\n");
        for (var i = 0; i < document.Sections.Count; i++)
        {
            Section(document.Sections[i], i + 1, ids[i]);
        }

        _html.Append("</main>\n");
        if (setup.Footer.Length > 0)
        {
            _html.Append("<footer>\n<p>").Append(Text(setup.Footer)).Append("</p>\n</footer>\n");
        }

        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private void Section(Section section, int number, string id)
    {
        var first = FirstHeading(section.Blocks);
        _html.Append("<section id=\"").Append(id).Append("\" class=\"section-").Append(number.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (first is not null)
        {
            _titleOf[first] = Unique(id + "-title");
            _html.Append(" aria-labelledby=\"").Append(_titleOf[first]).Append("\">\n");
        }
        else
        {
            _html.Append(" aria-label=\"").Append(Attr(section.RunningTitle)).Append("\">\n");
        }

        Blocks(section.Blocks);
        _html.Append("</section>\n");
    }

    private static Heading? FirstHeading(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading heading:
                    return heading;
                case KeepTogether group when FirstHeading(group.Blocks) is { } inner:
                    return inner;
            }
        }

        return null;
    }

    private void Blocks(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Block(block);
        }
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case Heading heading:
                Heading(heading);
                break;
            case Paragraph paragraph:
                _html.Append("<p class=\"").Append(RoleClass(paragraph.Role)).Append("\">");
                Runs(paragraph.Runs);
                _html.Append("</p>\n");
                break;
            case Quotation quotation:
                Quotation(quotation);
                break;
            case ListBlock list:
                List(list);
                break;
            case Table table:
                Table(table);
                break;
            case WritingSpace space:
                WritingSpace(space);
                break;
            case FormFields fields:
                FormFields(fields);
                break;
            case Callout callout:
                Callout(callout);
                break;
            case KeepTogether group:
                _html.Append("<div class=\"keep\">\n");
                Blocks(group.Blocks);
                _html.Append("</div>\n");
                break;
            case Contents contents:
                Contents(contents);
                break;
            default:
                throw new NotSupportedException($"The HTML renderer has no rendering for a {block.GetType().Name} block.");
        }
    }

    private void Heading(Heading heading)
    {
        // A page never skips a heading level (h1 then h3), so a reader's outline stays whole.
        var level = Math.Min(heading.Level, _lastHeading + 1);
        _lastHeading = level;
        var tag = "h" + level.ToString(CultureInfo.InvariantCulture);
        _html.Append('<').Append(tag);
        if (_titleOf.Remove(heading, out var id))
        {
            _html.Append(" id=\"").Append(id).Append('"');
        }

        _html.Append('>').Append(Text(heading.Text)).Append("</").Append(tag).Append(">\n");
    }

    private void Runs(IReadOnlyList<Run> runs)
    {
        foreach (var run in runs)
        {
            switch (run.Style)
            {
                case RunStyle.Emphasis:
                    _html.Append("<em>").Append(Text(run.Text)).Append("</em>");
                    break;
                case RunStyle.Strong:
                    _html.Append("<strong>").Append(Text(run.Text)).Append("</strong>");
                    break;
                default:
                    _html.Append(Text(run.Text));
                    break;
            }
        }
    }

    private void Quotation(Quotation quotation)
    {
        var voice = quotation.Voice switch
        {
            Voice.Interview => "interview",
            Voice.Narration => "narration",
            _ => "call",
        };
        var line = quotation.Line.ToString(CultureInfo.InvariantCulture);
        _html.Append("<figure class=\"quotation ").Append(voice).Append("\" data-voice=\"").Append(voice)
            .Append("\" data-line=\"").Append(line).Append("\">\n<figcaption>");
        // Who said it and how, in words: the border that sets each voice apart is never the only cue.
        var speaker = quotation.Voice == Voice.Narration ? null : quotation.Speaker;
        if (speaker is not null)
        {
            // An interview's label already says how the words reached the article ("The AP, quoting Ivan’s mother in a later interview").
            _html.Append("<span class=\"who\">").Append(Text(speaker)).Append(quotation.Voice == Voice.Interview && Documents.Quotation.NamesItsVoice(speaker) ? "</span>" : "</span>, ");
        }

        _html.Append("<span class=\"voice\">").Append(quotation.Voice switch
        {
            Voice.Interview => speaker is null ? "In a later interview with the AP" : Documents.Quotation.NamesItsVoice(speaker) ? "" : "in a later interview with the AP",
            Voice.Narration => "The AP’s narration",
            _ => speaker is null ? "On an intercepted call" : "on an intercepted call",
        });
        _html.Append("</span> <span class=\"line\">(line ").Append(line).Append(")</span></figcaption>\n<blockquote><p>")
            .Append(Text(quotation.Words)).Append("</p></blockquote>\n</figure>\n");
    }

    private void List(ListBlock list)
    {
        var tag = list.Numbered ? "ol" : "ul";
        _html.Append('<').Append(tag).Append(">\n");
        foreach (var item in list.Items)
        {
            _html.Append(item.KeepTogether ? "<li class=\"keep\">" : "<li>");
            Runs(item.Text);
            if (item.More.Count > 0)
            {
                _html.Append('\n');
                Blocks(item.More);
            }

            _html.Append("</li>\n");
        }

        _html.Append("</").Append(tag).Append(">\n");
    }

    private void Table(Table table)
    {
        _html.Append("<table>\n");
        if (!string.IsNullOrEmpty(table.Caption))
        {
            _html.Append("<caption>").Append(Text(table.Caption)).Append("</caption>\n");
        }

        var total = table.Columns.Sum(c => Math.Max(c.Width, 0));
        _html.Append("<colgroup>");
        foreach (var column in table.Columns)
        {
            var share = total > 0 ? Math.Max(column.Width, 0) / total * 100 : 100.0 / table.Columns.Count;
            _html.Append("<col style=\"width: ").Append(share.ToString("0.##", CultureInfo.InvariantCulture)).Append("%\" />");
        }

        _html.Append("</colgroup>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            _html.Append("<th scope=\"col\">").Append(Text(column.Header)).Append("</th>");
        }

        _html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            _html.Append("<tr>");
            // A short row is filled with empty cells, so every row has a cell under every header.
            for (var c = 0; c < Math.Max(row.Count, table.Columns.Count); c++)
            {
                var cell = c < row.Count ? row[c] : TableCell.Empty;
                if (cell.Runs.Count == 0)
                {
                    _html.Append("<td class=\"write-in\"></td>");
                    continue;
                }

                _html.Append("<td>");
                Runs(cell.Runs);
                _html.Append("</td>");
            }

            _html.Append("</tr>\n");
        }

        _html.Append("</tbody>\n</table>\n");
    }

    private void WritingSpace(WritingSpace space)
    {
        if (space.Lines <= 0)
        {
            return;
        }

        var lines = space.Lines.ToString(CultureInfo.InvariantCulture);
        // The rules are drawn for the pen; a screen reader hears one sentence saying the space is there.
        _html.Append("<div class=\"writing-space\">\n<p class=\"sr-only\">Space to write (")
            .Append(lines).Append(space.Lines == 1 ? " line" : " lines").Append(").</p>\n<div aria-hidden=\"true\">");
        for (var i = 0; i < space.Lines; i++)
        {
            _html.Append("<div class=\"rule\"></div>");
        }

        _html.Append("</div>\n</div>\n");
    }

    private void FormFields(FormFields fields)
    {
        var group = ++_fields;
        _html.Append("<div class=\"form-fields\">\n");
        foreach (var label in fields.Labels)
        {
            var name = HtmlText.Slug(label) is { Length: > 0 } slug ? slug : "field";
            var id = Unique($"field-{group.ToString(CultureInfo.InvariantCulture)}-{name}");
            _html.Append("<p class=\"field\"><label for=\"").Append(id).Append("\">").Append(Text(label)).Append("</label> <input type=\"text\" id=\"")
                .Append(id).Append("\" name=\"").Append(name).Append("\" /></p>\n");
        }

        _html.Append("</div>\n");
    }

    private void Callout(Callout callout)
    {
        var id = Unique("callout-" + (++_callouts).ToString(CultureInfo.InvariantCulture));
        var kind = callout.Kind == CalloutKind.Advisory ? "advisory" : "note";
        _html.Append("<aside class=\"callout ").Append(kind).Append("\" role=\"note\" aria-labelledby=\"").Append(id).Append("\">\n")
            .Append("<p class=\"callout-title\" id=\"").Append(id).Append("\">").Append(Text(callout.Title)).Append("</p>\n");
        Blocks(callout.Body);
        _html.Append("</aside>\n");
    }

    private void Contents(Contents contents)
    {
        // Two contents blocks on one page would be two landmarks of the same name.
        var name = ++_contents == 1 ? "Contents" : $"Contents {_contents.ToString(CultureInfo.InvariantCulture)}";
        _html.Append("<nav class=\"contents\" aria-label=\"").Append(name).Append("\">\n<ol>\n");
        foreach (var entry in contents.Entries)
        {
            var label = $"<span class=\"label\">{Text(entry.Label)}</span> <span class=\"title\">{Text(entry.Title)}</span>";
            _html.Append("<li>").Append(_sectionIds.TryGetValue(entry.SectionId, out var id) ? $"<a href=\"#{id}\">{label}</a>" : label).Append("</li>\n");
        }

        _html.Append("</ol>\n</nav>\n");
    }

    private void Meta(string name, string content)
    {
        if (content.Length > 0)
        {
            _html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(Attr(content)).Append("\" />\n");
        }
    }

    private string Unique(string id)
    {
        var candidate = id;
        for (var n = 2; !_ids.Add(candidate); n++)
        {
            candidate = $"{id}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return candidate;
    }

    private static string RoleClass(ParagraphRole role) => role switch
    {
        ParagraphRole.Kicker => "kicker",
        ParagraphRole.Note => "note",
        ParagraphRole.Starter => "starter",
        _ => "body",
    };

    private static string EditionClass(Edition edition) => edition switch
    {
        Edition.EasyRead => "easy-read",
        Edition.LargePrint => "large-print",
        _ => "standard",
    };

    private static string Text(string text) => HtmlText.Escape(text);

    private static string Attr(string text) => HtmlText.Escape(text);
}
