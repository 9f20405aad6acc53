using System.Globalization;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;
using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Pdf;

/// <summary>
/// Draws a <see cref="HandoutDocument"/> with the layout engine in the house style, and writes it with
/// <see cref="PdfDocumentWriter"/>. Every block is wrapped in the structure role it plays (<see cref="StructureRole"/>);
/// running headers, footers, rules and writing lines are artifacts; sections and their H2s are bookmarks.
/// </summary>
public sealed class PdfRenderer(IDocumentWriter writer) : IDocumentRenderer
{
    public PdfRenderer()
        : this(new PdfDocumentWriter())
    {
    }

    public OutputFormat Format => OutputFormat.Pdf;

    public RenderedFile Render(HandoutDocument document)
    {
        if (writer is PdfDocumentWriter pdf)
        {
            var bytes = pdf.WriteBytes(Layout(document), out var count);
            return new RenderedFile(bytes, count);
        }

        using var buffer = new MemoryStream();
        var pages = writer.Write(Layout(document), buffer);
        return new RenderedFile(buffer.ToArray(), pages);
    }

    /// <summary>The document as layout elements, ready for any <see cref="IDocumentWriter"/> (or a recording sink in tests).</summary>
    public static DocumentDefinition Layout(HandoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var style = PdfHouseStyle.For(document.Setup.Edition);
        return Document.Create(doc =>
        {
            if (document.Setup.Edition == Edition.EasyRead)
            {
                doc.SubstituteFont(Fonts.Serif, Fonts.EasyRead);
            }

            doc.Metadata(new DocumentMetadata
            {
                Title = document.Info.Title,
                Subject = document.Info.Subject,
                Author = document.Info.Author,
                Keywords = document.Info.Keywords,
                Language = document.Info.Language,
            });
            foreach (var section in document.Sections)
            {
                doc.Page(page => new SectionWriter(style, document.Setup, section.Bookmark is not null).Write(page, section));
            }
        });
    }

    /// <summary>Lays out one section; knows the style and whether the section's H2s sit under a section bookmark.</summary>
    private sealed class SectionWriter(PdfHouseStyle style, PageSetup setup, bool hasBookmark)
    {
        public void Write(PageDescriptor page, Section section)
        {
            page.Size(PdfHouseStyle.SizeOf(setup.Paper));
            page.Margin(new Thickness(PdfHouseStyle.Margin, PdfHouseStyle.TopMargin, PdfHouseStyle.Margin, PdfHouseStyle.BottomMargin));
            page.Anchor(section.Id);
            page.Header().Artifact().PaddingBottom(12).Column(col =>
            {
                col.Item().Row(row =>
                {
                    row.RelativeItem().Text((section.HeaderLeft ?? setup.HeaderLeft).ToUpperInvariant(), style.Running with { Bold = true });
                    row.RelativeItem(2).Text(section.RunningTitle, style.Running, TextAlignment.Right);
                });
                col.Item().PaddingTop(3).Rule(0.5, PdfHouseStyle.Rule);
            });
            page.Footer().Artifact().PaddingTop(8).Column(col =>
            {
                col.Item().Rule(0.5, PdfHouseStyle.Rule);
                col.Item().PaddingTop(4).Row(row =>
                {
                    row.RelativeItem().Text(setup.Footer, style.Footer);
                    row.ConstantItem(70 * style.Scale).Text(ctx => $"Page {ctx.PageNumber} of {ctx.PageCount}", style.Footer with { Bold = true }, TextAlignment.Right);
                });
            });

            var content = section.Bookmark is { } bookmark ? page.Content().Bookmark(bookmark, 1) : page.Content();
            content.Column(col => Blocks(col, section.Blocks, top: true));
        }

        /// <summary>
        /// Blocks one under the other. At the top level of a section each block brings its own space above; inside a
        /// list item a paragraph is kept with the room to write it introduces, or with the list it leads into.
        /// </summary>
        private void Blocks(ColumnDescriptor col, IReadOnlyList<Block> blocks, bool top, bool inItem = false)
        {
            Block? previous = null;
            for (var i = 0; i < blocks.Count; i++)
            {
                var item = col.Item();
                if (inItem && KeepsWithNext(blocks, i))
                {
                    item = item.KeepWithNext();
                }

                // A note that introduces a table (a tool's instructions) never stands at a page's foot without it.
                if (!inItem && blocks[i] is Paragraph && i < blocks.Count - 1 && blocks[i + 1] is Table)
                {
                    item = item.KeepWithNext();
                }

                var gap = top ? GapBefore(i >= 2 ? blocks[i - 2] : null, previous, blocks[i]) : GapInside(previous, blocks[i]);
                if (gap > 0)
                {
                    item = item.PaddingTop(gap);
                }

                // A note among the lines of the reading (a line left out) stands where the line's words would.
                if (previous is Quotation && blocks[i] is Paragraph { Role: ParagraphRole.Note })
                {
                    item = item.PaddingLeft(style.LineNumberWidth);
                }

                Block(item, blocks[i], inItem);
                previous = blocks[i];
            }
        }

        /// <summary>A prompt's label and starter stay with its writing lines; "A strong answer notices" stays with its list.</summary>
        private static bool KeepsWithNext(IReadOnlyList<Block> blocks, int i) =>
            blocks[i] is Paragraph && i < blocks.Count - 1
            && (blocks[i + 1] is ListBlock || blocks.Skip(i + 1).Any(b => b is WritingSpace));

        /// <summary>The space above a block at the top of a section: the house's rhythm, as the handouts had it.</summary>
        private double GapBefore(Block? twoBack, Block? previous, Block block) => (previous, block) switch
        {
            (null, _) => 0,
            (_, Heading { Level: 2 }) => style.SectionGap,
            (Paragraph { Role: ParagraphRole.Kicker }, Heading) => 2,
            (_, FormFields) => 6,
            (_, Callout { Kind: CalloutKind.Advisory }) => 10,
            (_, Callout) => 8,
            (_, Table) => 8,
            (Heading { Level: 1 }, _) => 6,
            (Heading { Level: 2 }, ListBlock { Numbered: true }) => 6,
            (Heading, _) => 0,
            (Quotation, Quotation) => 6,
            (Quotation or Paragraph { Role: ParagraphRole.Note }, Paragraph { Role: ParagraphRole.Note }) => 6,
            // A note between two lines of the reading (a line left out) is spaced as a line of the reading.
            (Paragraph { Role: ParagraphRole.Note }, Quotation) when twoBack is Quotation => 6,
            (_, Quotation) => 4,
            (_, ListBlock) => 2,
            (ListBlock, _) => 8,
            _ => 5,
        };

        private static double GapInside(Block? previous, Block block) => (previous, block) switch
        {
            (null, _) => 0,
            (Quotation, Quotation) => 6,
            (_, WritingSpace) => 0,
            (Paragraph, Paragraph) => 2,
            _ => 3,
        };

        private void Block(IContainer container, Block block, bool inItem = false)
        {
            switch (block)
            {
                case Heading heading:
                    HeadingBlock(container, heading);
                    break;
                case Paragraph paragraph:
                    container.Semantic(StructureRole.P).Text(text => Runs(text, paragraph.Runs, ParagraphStyle(paragraph.Role, inItem)));
                    break;
                case Quotation quotation:
                    QuotationBlock(container, quotation);
                    break;
                case ListBlock list:
                    ListOf(container, list);
                    break;
                case Table table:
                    TableBlock(container, table);
                    break;
                case WritingSpace space:
                    container.Artifact().Lines(space.Lines, style.WritingLineSpacing, 0.5, PdfHouseStyle.Rule);
                    break;
                case FormFields fields:
                    FieldsBlock(container, fields);
                    break;
                case Callout callout:
                    CalloutBlock(container, callout);
                    break;
                case KeepTogether group:
                    container.KeepTogether().Column(col => Blocks(col, group.Blocks, top: false));
                    break;
                case Contents contents:
                    ContentsBlock(container, contents);
                    break;
                default:
                    throw new NotSupportedException($"the PDF renderer cannot draw a {block.GetType().Name} yet");
            }
        }

        private void HeadingBlock(IContainer container, Heading heading)
        {
            switch (heading.Level)
            {
                case 1:
                    container.KeepWithNext().Semantic(StructureRole.H1).Text(heading.Text, style.Title);
                    break;
                case 2:
                    container.KeepWithNext().Bookmark(heading.Text, hasBookmark ? 2 : 1).PaddingBottom(5).Semantic(StructureRole.H2).Text(heading.Text, style.Heading);
                    break;
                default:
                    container.KeepWithNext().PaddingBottom(2).Semantic(StructureRole.H3).Text(heading.Text, style.Subheading);
                    break;
            }
        }

        /// <summary>A note under a list item is a label (a prompt's level and framework) and set in the sans; elsewhere it is small running text.</summary>
        private TextStyle ParagraphStyle(ParagraphRole role, bool inItem) => role switch
        {
            ParagraphRole.Kicker => style.Kicker,
            ParagraphRole.Note => inItem ? style.Label : style.Small,
            ParagraphRole.Starter => style.Starter,
            _ => style.Body,
        };

        private void Runs(TextDescriptor text, IReadOnlyList<Run> runs, TextStyle paragraph)
        {
            var italics = style.Italics;
            text.DefaultStyle(paragraph);
            foreach (var run in runs)
            {
                text.Span(run.Text, run.Style switch
                {
                    // A strong run in running text is set in the bold sans, as the house sets terms and titles.
                    RunStyle.Strong => paragraph.Family == Fonts.Serif ? paragraph with { Family = Fonts.Sans, Bold = true } : paragraph with { Bold = true },
                    // Easy-read sets no italics (BDA): emphasis is bold there.
                    RunStyle.Emphasis => italics ? paragraph with { Italic = true } : paragraph with { Bold = true },
                    _ => paragraph,
                });
            }
        }

        /// <summary>The seed's line number in the margin, the speaker in the sans, the words verbatim; an interview in italics so no one takes it for an intercept.</summary>
        private void QuotationBlock(IContainer container, Quotation quotation) =>
            container.Semantic(StructureRole.BlockQuote).Row(row =>
            {
                row.ConstantItem(style.LineNumberWidth).PaddingTop(2 * style.Scale).Text(quotation.Line.ToString(CultureInfo.InvariantCulture), style.LineNumber);
                row.RelativeItem().Text(text =>
                {
                    text.DefaultStyle(style.Reading);
                    // The AP's narration is labeled as the Word file labels it, so no voice goes unnamed.
                    if ((quotation.Speaker ?? (quotation.Voice == Voice.Narration ? "The AP" : null)) is { } speaker)
                    {
                        text.Span(speaker + ": ", style.Speaker);
                    }

                    // Never the whole line in italics: an interview line is the AP's sentence quoting her ("…,” she told the
                    // AP), and italics made the AP's words look like hers (blind review 12). Its label names its voice.
                    text.Span(quotation.Words, style.Reading);
                });
            });

        private void ListOf(IContainer container, ListBlock list) => container.Semantic(StructureRole.L).Column(col =>
        {
            col.Spacing(list.Numbered ? 8 : 3);
            for (var i = 0; i < list.Items.Count; i++)
            {
                var entry = list.Items[i];
                var label = list.Numbered ? $"{i + 1}." : "•";
                var item = col.Item();
                if (entry.KeepTogether)
                {
                    item = item.KeepTogether();
                }

                // The last bullet of a list of four or more never stands alone at the top of a page: the one before it
                // goes with it (blind reviews 19–21 found a single word of a word list stranded on page 2).
                if (!list.Numbered && list.Items.Count >= 4 && i == list.Items.Count - 2)
                {
                    item = item.KeepWithNext();
                }

                var bodyStyle = style.Body;
                item.Semantic(StructureRole.LI).Row(row =>
                {
                    row.ConstantItem(list.Numbered ? style.ListIndent : 12 * style.Scale).Semantic(StructureRole.Lbl).Text(label, list.Numbered ? style.Subheading : bodyStyle);
                    row.RelativeItem().Semantic(StructureRole.LBody).Column(body =>
                    {
                        var first = entry.More.Count > 0 ? body.Item().KeepWithNext() : body.Item();
                        first.Semantic(StructureRole.P).Text(text => Runs(text, entry.Text, bodyStyle));
                        if (entry.More.Count > 0)
                        {
                            body.Item().PaddingTop(2).Column(more => Blocks(more, entry.More, top: false, inItem: true));
                        }
                    });
                });
            }
        });

        // The table element tags itself (Table > TR > TH/TD, the repeated header an artifact): cells are not wrapped here.
        private void TableBlock(IContainer container, Table table) =>
            container.Background(PdfHouseStyle.Tint).Padding(9).Semantic(StructureRole.Table).Table(t =>
            {
                t.Columns([.. table.Columns.Select(c => c.Width)]);
                foreach (var column in table.Columns)
                {
                    t.HeaderCell().PaddingRight(8).Text(column.Header, style.Label);
                }

                foreach (var row in table.Rows)
                {
                    t.NewRow();
                    foreach (var cell in row)
                    {
                        var box = t.Cell().PaddingRight(8).PaddingBottom(3);
                        if (cell.Runs.Count == 0)
                        {
                            // An empty cell is room to write in (an organizer): ruled lines, as under a prompt.
                            box.Artifact().Lines(3, style.WritingLineSpacing, 0.5, PdfHouseStyle.Rule);
                        }
                        else
                        {
                            box.Text(text => Runs(text, cell.Runs, style.Cell));
                        }
                    }
                }
            });

        /// <summary>Name, Class and Date with a line to write on under each; the lines are artifacts.</summary>
        private void FieldsBlock(IContainer container, FormFields fields) => container.Semantic(StructureRole.Form).Row(row =>
        {
            row.Spacing(18);
            foreach (var label in fields.Labels)
            {
                row.RelativeItem(label == "Name" ? 3 : 1.6).Column(field =>
                {
                    field.Item().Text(label, style.Label);
                    field.Item().PaddingTop(14 * style.Scale).Artifact().Rule(0.6, PdfHouseStyle.Muted);
                });
            }
        });

        /// <summary>An advisory in the caution colours with a border; a note on a tint. Neither splits when it fits on a page.</summary>
        private void CalloutBlock(IContainer container, Callout callout)
        {
            var advisory = callout.Kind == CalloutKind.Advisory;
            var box = container.KeepTogether().Semantic(StructureRole.Note);
            box = advisory
                ? box.Border(1.2, PdfHouseStyle.Caution).Background(PdfHouseStyle.CautionTint)
                : box.Background(PdfHouseStyle.Tint);
            box.Padding(9).Column(col =>
            {
                col.Spacing(advisory ? 3 : 4);
                col.Item().Semantic(StructureRole.P).Text(callout.Title, advisory ? style.CautionTitle : style.Subheading);
                foreach (var block in callout.Body)
                {
                    if (advisory && block is Paragraph paragraph)
                    {
                        col.Item().Semantic(StructureRole.P).Text(text => Runs(text, paragraph.Runs, style.CautionText));
                    }
                    else
                    {
                        Block(col.Item(), block);
                    }
                }
            });
        }

        /// <summary>One line per entry: its label, its title, and the page it starts on (known once the document is laid out).</summary>
        private void ContentsBlock(IContainer container, Contents contents) => container.Semantic(StructureRole.L).Column(col =>
        {
            foreach (var entry in contents.Entries)
            {
                var target = entry.SectionId;
                col.Item().PaddingTop(3).Semantic(StructureRole.LI).Row(row =>
                {
                    row.ConstantItem(90 * style.Scale).Semantic(StructureRole.Lbl).Text(entry.Label, style.Label);
                    row.RelativeItem().Semantic(StructureRole.LBody).Row(body =>
                    {
                        body.RelativeItem().Text(entry.Title, style.Body);
                        body.ConstantItem(40 * style.Scale).Text(ctx => ctx.PageOf(target) is int n ? n.ToString(CultureInfo.InvariantCulture) : "", style.Body, TextAlignment.Right);
                    });
                });
            }
        });
    }
}
