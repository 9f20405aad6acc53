using Curriculum.Rendering.Documents;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// Writes the model's blocks as Word paragraphs and tables. Every look comes from a named style; the only direct
/// properties are structure: list numbering, the indent of blocks under a list item, keep-with-next, column widths.
/// </summary>
internal sealed class BodyWriter(PageGeometry page, int indentStep, WordNumbering numbering)
{
    private int bookmarks;

    /// <summary>Where blocks go: the body or a table cell, how deep in lists they sit, and whether inside a callout.</summary>
    private readonly record struct Place(OpenXmlCompositeElement Into, int Depth, bool InCallout);

    private int Indent(Place place) => place.Depth * indentStep;

    /// <summary>The bookmark a section's first paragraph carries, for links from a table of contents.</summary>
    public static string BookmarkName(string sectionId)
    {
        // Word's bookmark names: a letter first, then letters, digits and underscores, at most 40 characters.
        var name = new System.Text.StringBuilder("Section_", 40);
        foreach (var c in sectionId)
        {
            if (name.Length == 40)
            {
                break;
            }

            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return name.ToString();
    }

    public void Section(W.Body body, Section section)
    {
        var first = body.ChildElements.Count;
        Blocks(new Place(body, 0, false), section.Blocks);

        var opening = body.ChildElements.Skip(first).SelectMany(ParagraphsOf).FirstOrDefault();
        if (opening is null)
        {
            opening = new W.Paragraph();
            body.InsertAt(opening, first);
        }

        var id = (bookmarks++).ToString();
        opening.InsertAfter(new W.BookmarkStart { Id = id, Name = BookmarkName(section.Id) }, opening.ParagraphProperties);
        opening.AppendChild(new W.BookmarkEnd { Id = id });
    }

    private void Blocks(Place place, IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            Block(place, block);
        }
    }

    private void Block(Place place, Block block)
    {
        switch (block)
        {
            case Heading heading:
                place.Into.AppendChild(Paragraph(StyleIds.Heading(heading.Level), Text(heading.Text)));
                break;
            case Documents.Paragraph paragraph:
                place.Into.AppendChild(Indented(Paragraph(StyleFor(paragraph.Role, place), [.. Runs(paragraph.Runs)]), place, paragraph.Role != ParagraphRole.Body));
                break;
            case Quotation quotation:
                place.Into.AppendChild(Quote(quotation, place));
                break;
            case ListBlock list:
                List(place, list);
                break;
            case Documents.Table table:
                Table(place, table);
                break;
            case WritingSpace space:
                for (var i = 0; i < space.Lines; i++)
                {
                    place.Into.AppendChild(Indented(Paragraph(StyleIds.WritingLine), place, indent: true));
                }

                break;
            case FormFields fields:
                place.Into.AppendChild(Indented(Paragraph(StyleIds.FormField, [.. FieldLabels(fields)]), place, indent: true));
                break;
            case Callout callout:
                Callout(place, callout);
                break;
            case KeepTogether group:
                KeptTogether(place, () => Blocks(place, group.Blocks));
                break;
            case Contents contents:
                foreach (var entry in contents.Entries)
                {
                    place.Into.AppendChild(Indented(ContentsEntry(entry), place, indent: true));
                }

                break;
            default:
                throw new NotSupportedException($"The Word renderer has no rendering for a {block.GetType().Name} block.");
        }
    }

    private static string StyleFor(ParagraphRole role, Place place) => role switch
    {
        ParagraphRole.Kicker => StyleIds.Kicker,
        ParagraphRole.Note => StyleIds.Note,
        ParagraphRole.Starter => StyleIds.Starter,
        _ when place.Depth > 0 => StyleIds.ListContinueAt(place.Depth),
        _ when place.InCallout => StyleIds.CalloutText,
        _ => StyleIds.Normal,
    };

    /// <summary>
    /// The seed's line number in the hanging indent, the speaker in the Speaker style, then the words, verbatim and in
    /// one run, so a search or a screen reader finds them whole.
    /// </summary>
    private W.Paragraph Quote(Quotation quotation, Place place)
    {
        var paragraph = Paragraph(quotation.Voice == Voice.Interview ? StyleIds.QuoteInterview : StyleIds.Quote);
        var number = StyledRun(StyleIds.LineNumber, quotation.Line.ToString());
        number.AppendChild(new W.TabChar());
        paragraph.AppendChild(number);
        var speaker = quotation.Speaker ?? (quotation.Voice == Voice.Narration ? "The AP" : null);
        if (speaker is not null)
        {
            paragraph.AppendChild(StyledRun(StyleIds.Speaker, speaker));
        }

        // Said how, in words, so the voices differ for a listener and in plain text, not only by their look.
        var how = (quotation.Voice, speaker) switch
        {
            (Voice.Interview, null) => "In a later interview with the AP: ",
            // The kit's own label already says it ("The AP, quoting Leonid’s mother in a later interview").
            (Voice.Interview, _) when Quotation.NamesItsVoice(speaker) => ": ",
            (Voice.Interview, _) => ", in a later interview with the AP: ",
            (_, null) => null,
            _ => ": ",
        };
        if (how is not null)
        {
            paragraph.AppendChild(new W.Run(Text(how)));
        }

        paragraph.Append(new W.Run(Text(quotation.Words)));
        if (place.Depth > 0)
        {
            paragraph.ParagraphProperties!.Indentation = new W.Indentation
            {
                Left = (Indent(place) + WordStyles.QuoteHang).ToString(),
                Hanging = WordStyles.QuoteHang.ToString(),
            };
        }

        return paragraph;
    }

    private void List(Place place, ListBlock list, int level = 0)
    {
        var numId = list.Numbered ? numbering.StartNumberedList() : WordNumbering.BulletsId;
        var style = list.Numbered ? StyleIds.ListNumber : StyleIds.ListBullet;
        foreach (var item in list.Items)
        {
            void Item()
            {
                var paragraph = Paragraph(style, [.. Runs(item.Text)]);
                paragraph.ParagraphProperties!.NumberingProperties = new W.NumberingProperties(
                    new W.NumberingLevelReference { Val = level },
                    new W.NumberingId { Val = numId });
                place.Into.AppendChild(paragraph);

                var under = place with { Depth = Math.Min(place.Depth + 1, WordStyles.MaxDepth) };
                foreach (var more in item.More)
                {
                    if (more is ListBlock nested)
                    {
                        List(under, nested, Math.Min(level + 1, WordStyles.MaxDepth - 1));
                    }
                    else
                    {
                        Block(under, more);
                    }
                }
            }

            if (item.KeepTogether)
            {
                KeptTogether(place, Item);
            }
            else
            {
                Item();
            }
        }
    }

    private void Table(Place place, Documents.Table table)
    {
        var width = page.TextWidth - Indent(place);
        var total = table.Columns.Sum(c => Math.Max(c.Width, 0));
        var widths = table.Columns
            .Select(c => (int)Math.Round(width * (total > 0 ? Math.Max(c.Width, 0) / total : 1.0 / table.Columns.Count)))
            .ToArray();

        if (table.Caption is not null)
        {
            place.Into.AppendChild(Indented(Paragraph(StyleIds.Caption, Text(table.Caption)), place, indent: true));
        }

        var properties = TableProperties(StyleIds.HandoutTable, width, place, table.Caption);
        properties.TableLook = new W.TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true };
        var grid = new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString() }));
        var word = new W.Table(properties, grid);

        // The header row repeats on every page the table runs onto; no row splits across a page break.
        word.AppendChild(Row(table.Columns.Select(c => (IReadOnlyList<Run>)[new Run(c.Header)]).ToList(), widths, header: true));
        foreach (var row in table.Rows)
        {
            word.AppendChild(Row([.. Enumerable.Range(0, widths.Length).Select(i => i < row.Count ? row[i].Runs : [])], widths, header: false));
        }

        place.Into.AppendChild(word);
    }

    private W.TableRow Row(IReadOnlyList<IReadOnlyList<Run>> cells, int[] widths, bool header)
    {
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (header)
        {
            properties.AppendChild(new W.TableHeader());
        }
        else if (cells.Any(c => c.Count == 0))
        {
            // An empty cell is room to write in.
            properties.AppendChild(new W.TableRowHeight { Val = 567, HeightType = W.HeightRuleValues.AtLeast });
        }

        var row = new W.TableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            row.AppendChild(new W.TableCell(
                new W.TableCellProperties(new W.TableCellWidth { Width = widths[i].ToString(), Type = W.TableWidthUnitValues.Dxa }),
                Paragraph(StyleIds.TableText, [.. Runs(cells[i])])));
        }

        return row;
    }

    private void Callout(Place place, Callout callout)
    {
        var width = page.TextWidth - Indent(place);
        var cell = new W.TableCell(new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(), Type = W.TableWidthUnitValues.Dxa }));
        cell.AppendChild(Paragraph(StyleIds.CalloutTitle, Text(callout.Title)));
        Blocks(new Place(cell, 0, InCallout: true), callout.Body);
        if (cell.LastChild is not W.Paragraph)
        {
            cell.AppendChild(Paragraph(StyleIds.CalloutText));
        }

        var properties = TableProperties(callout.Kind == CalloutKind.Advisory ? StyleIds.AdvisoryBox : StyleIds.NoteBox, width, place, callout.Title);
        properties.TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true };

        // One row that cannot split: the callout stays on one page when it fits on one.
        place.Into.AppendChild(new W.Table(
            properties,
            new W.TableGrid(new W.GridColumn { Width = width.ToString() }),
            new W.TableRow(new W.TableRowProperties(new W.CantSplit()), cell)));
    }

    private W.TableProperties TableProperties(string style, int width, Place place, string? caption) => new()
    {
        TableStyle = new W.TableStyle { Val = style },
        TableWidth = new W.TableWidth { Width = width.ToString(), Type = W.TableWidthUnitValues.Dxa },
        TableIndentation = place.Depth > 0 ? new W.TableIndentation { Width = Indent(place), Type = W.TableWidthUnitValues.Dxa } : null,
        TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
        TableCaption = caption is null ? null : new W.TableCaption { Val = caption },
    };

    private static IEnumerable<OpenXmlElement> FieldLabels(FormFields fields)
    {
        for (var i = 0; i < fields.Labels.Count; i++)
        {
            if (i > 0)
            {
                yield return new W.Run(new W.TabChar());
            }

            yield return new W.Run(Text(fields.Labels[i]));
        }
    }

    private static W.Paragraph ContentsEntry(ContentsEntry entry) => Paragraph(
        StyleIds.ContentsEntry,
        new W.Hyperlink(new W.Run(Text(entry.Label)), new W.Run(new W.TabChar()), new W.Run(Text(entry.Title)))
        {
            Anchor = BookmarkName(entry.SectionId),
            History = true,
        });

    /// <summary>Keep-with-next on every paragraph the group wrote but its last, so Word moves the group as one.</summary>
    private static void KeptTogether(Place place, Action write)
    {
        var first = place.Into.ChildElements.Count;
        write();
        var paragraphs = place.Into.ChildElements.Skip(first).SelectMany(ParagraphsOf).ToList();
        for (var i = 0; i < paragraphs.Count - 1; i++)
        {
            paragraphs[i].ParagraphProperties!.KeepNext = new W.KeepNext();
        }
    }

    private static IEnumerable<W.Paragraph> ParagraphsOf(OpenXmlElement element) =>
        element is W.Paragraph paragraph ? [paragraph] : element.Descendants<W.Paragraph>();

    private W.Paragraph Indented(W.Paragraph paragraph, Place place, bool indent)
    {
        if (indent && place.Depth > 0)
        {
            paragraph.ParagraphProperties!.Indentation = new W.Indentation { Left = Indent(place).ToString() };
        }

        return paragraph;
    }

    // An array, not IEnumerable: every OpenXmlElement is itself an IEnumerable of its children.
    private static W.Paragraph Paragraph(string style, params OpenXmlElement[] content)
    {
        var paragraph = new W.Paragraph(new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = style } });
        foreach (var element in content)
        {
            paragraph.AppendChild(element is W.Text text ? new W.Run(text) : element);
        }

        return paragraph;
    }

    private static IEnumerable<OpenXmlElement> Runs(IReadOnlyList<Run> runs) => runs.Select(run => run.Style switch
    {
        RunStyle.Emphasis => StyledRun(StyleIds.Emphasis, run.Text),
        RunStyle.Strong => StyledRun(StyleIds.Strong, run.Text),
        _ => new W.Run(Text(run.Text)),
    });

    private static W.Run StyledRun(string style, string text) =>
        new(new W.RunProperties { RunStyle = new W.RunStyle { Val = style } }, Text(text));

    /// <summary>Text kept exactly, spaces included: Word drops leading and trailing spaces unless told to keep them.</summary>
    private static W.Text Text(string text) => text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        ? new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }
        : new W.Text(text);
}
