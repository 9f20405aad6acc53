using Curriculum.Core.Teaching;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// The style ids the body refers to. Built-in Word styles keep Word's own ids and names ("heading 1", "List Bullet",
/// "Quote") so Word, LibreOffice, Google Docs and pandoc recognise them; the kit's own roles get styles of their own.
/// </summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Kicker = "Kicker";
    public const string Note = "Note";
    public const string Starter = "Starter";
    public const string Quote = "Quote";
    public const string QuoteInterview = "QuoteInterview";
    public const string ListBullet = "ListBullet";
    public const string ListNumber = "ListNumber";
    public const string ListContinue = "ListContinue";
    public const string WritingLine = "WritingLine";
    public const string FormField = "FormField";
    public const string CalloutTitle = "CalloutTitle";
    public const string CalloutText = "CalloutText";
    public const string Caption = "Caption";
    public const string TableText = "TableText";
    public const string ContentsEntry = "TOC1";
    public const string Header = "Header";
    public const string Footer = "Footer";

    public const string Speaker = "Speaker";
    public const string LineNumber = "LineNumber";
    public const string Emphasis = "Emphasis";
    public const string Strong = "Strong";

    public const string HandoutTable = "HandoutTable";
    public const string AdvisoryBox = "AdvisoryBox";
    public const string NoteBox = "NoteBox";

    /// <summary>"List Continue", "List Continue 2", "List Continue 3": body text under a list item, at the item's indent.</summary>
    public static string ListContinueAt(int depth) => depth <= 1 ? ListContinue : ListContinue + Math.Min(depth, WordStyles.MaxDepth);

    public static string Heading(int level) => level switch
    {
        1 => Heading1,
        2 => Heading2,
        _ => Heading3,
    };
}

/// <summary>
/// Faces, sizes (in half-points, Word's unit) and spacing of one edition. Line spacing is in 240ths of a line; the
/// writing-line height and <see cref="IndentStep"/> (a list level's hanging indent, and how far blocks under an item
/// sit in) are in twips, and grow with the type so a large-print bullet does not touch its text.
/// </summary>
internal sealed record Typography(
    string BodyFont,
    string HeadingFont,
    int Body,
    int Small,
    int Title,
    int Heading1,
    int Heading2,
    int Heading3,
    int Furniture,
    int LineSpacing,
    int WritingLineHeight,
    int IndentStep,
    bool Italics,
    int ReadingSize,
    int ReadingLineSpacing)
{
    // Body and reading in Charis SIL, headings and furniture in Lato: the faces the PDF ships.
    // Word's "multiple" spacing is a multiple of the face's own line height, and Charis SIL's is 1.64 em: 205/240 of
    // it is the PDF's 1.4 em. (276, Word's usual 1.15, set Charis at 1.88 em and ran a guide a third longer.)
    // The reading (the Quote style) is 11.5 pt at 1.45 em, as in the PDF: 212/240 of Charis's own line height.
    public static readonly Typography Standard = new("Charis SIL", "Lato", Body: 22, Small: 19, Title: 44, Heading1: 36, Heading2: 28, Heading3: 24, Furniture: 16, LineSpacing: 205, WritingLineHeight: 440, IndentStep: 360, Italics: true, ReadingSize: 23, ReadingLineSpacing: 212);

    // British Dyslexia Association style: one sans face, 1.5 line spacing, emphasis in bold rather than italics.
    public static readonly Typography EasyRead = new("Andika", "Andika", Body: 24, Small: 22, Title: 44, Heading1: 36, Heading2: 30, Heading3: 26, Furniture: 18, LineSpacing: 360, WritingLineHeight: 520, IndentStep: 400, Italics: false, ReadingSize: 24, ReadingLineSpacing: 360);

    // Every text a student reads is at least 18 pt; only the running header and footer are smaller.
    public static readonly Typography LargePrint = new("Charis SIL", "Lato", Body: 36, Small: 36, Title: 60, Heading1: 52, Heading2: 44, Heading3: 40, Furniture: 28, LineSpacing: 205, WritingLineHeight: 680, IndentStep: 600, Italics: true, ReadingSize: 36, ReadingLineSpacing: 212);

    public static Typography For(Edition edition) => edition switch
    {
        Edition.EasyRead => EasyRead,
        Edition.LargePrint => LargePrint,
        _ => Standard,
    };
}

/// <summary>
/// The styles part a teacher edits: every paragraph, character and table style the body uses, one set per edition and
/// paper (tab stops depend on the text width). Built once per combination and kept as bytes.
/// </summary>
internal static class WordStyles
{
    public const int MaxDepth = 3;

    // The kit's colors, as the PDF uses them.
    private const string Ink = "1F2328";
    private const string Muted = "5A6270";
    private const string Accent = "23466E";
    private const string Rule = "B8BEC8";
    private const string Tint = "F1F4F8";
    private const string Caution = "8A3B12";
    private const string CautionTint = "FBF1EA";

    /// <summary>The quotation's line number sits in a hanging indent, like the margin numbers of the PDF.</summary>
    public const int QuoteHang = 567;

    public static Styles Build(Edition edition, PageGeometry page, string language)
    {
        var type = Typography.For(edition);
        var styles = new Styles(Defaults(type, language));

        styles.Append(
            ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, uiPriority: 0, isDefault: true,
                paragraph: new StyleParagraphProperties
                {
                    SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = type.LineSpacing.ToString(), LineRule = LineSpacingRuleValues.Auto },
                }),
            CharacterStyle("DefaultParagraphFont", "Default Paragraph Font", uiPriority: 1, isDefault: true, semiHidden: true, run: null),
            new Style(
                new StyleName { Val = "Normal Table" },
                new UIPriority { Val = 99 },
                new SemiHidden(),
                new UnhideWhenUsed(),
                new StyleTableProperties(
                    new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, Default = true, StyleId = "TableNormal" },

            ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, uiPriority: 10,
                paragraph: new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = new SpacingBetweenLines { After = "240", Line = "240", LineRule = LineSpacingRuleValues.Auto },
                },
                run: Font(type.HeadingFont, type.Title, Accent, bold: true)),
            Heading(1, type.Heading1, type, before: 0, after: 160),
            Heading(2, type.Heading2, type, before: 280, after: 100),
            Heading(3, type.Heading3, type, before: 200, after: 80),

            ParagraphStyle(StyleIds.Kicker, "Kicker", StyleIds.Normal, uiPriority: 11, next: StyleIds.Heading1,
                paragraph: new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    SpacingBetweenLines = new SpacingBetweenLines { After = "60" },
                },
                run: Font(type.HeadingFont, Math.Max(type.Small, type.Furniture), Muted, bold: false)),
            ParagraphStyle(StyleIds.Note, "Note", StyleIds.Normal, uiPriority: 12,
                run: Font(null, type.Small, Muted, bold: false)),
            ParagraphStyle(StyleIds.Starter, "Starter", StyleIds.Normal, uiPriority: 13,
                paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "60" } },
                run: Italic(Font(null, type.Body, Muted, bold: false), type)),

            ParagraphStyle(StyleIds.Quote, "Quote", StyleIds.Normal, uiPriority: 29,
                paragraph: new StyleParagraphProperties
                {
                    KeepLines = new KeepLines(),
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = QuoteHang }),
                    // The reading is set as the PDF sets it (11.5 pt at 1.45 em in the standard edition), so the two
                    // paginate alike: at body size and spacing a unit's reading ran shorter than the PDF's.
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "120", Line = type.ReadingLineSpacing.ToString(), LineRule = LineSpacingRuleValues.Auto },
                    Indentation = new Indentation { Left = QuoteHang.ToString(), Hanging = QuoteHang.ToString() },
                },
                run: Font(null, type.ReadingSize, Ink, bold: false)),
            // A later interview is set apart from the calls by a rule at its left, not by italics: the line is the AP's
            // sentence quoting her, and italics made the AP's words look like hers. Its label names its voice.
            ParagraphStyle(StyleIds.QuoteInterview, "Quote Interview", StyleIds.Quote, uiPriority: 30,
                paragraph: new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12, Space = 8, Color = Muted }),
                }),

            ListStyle(StyleIds.ListBullet, "List Bullet", WordNumbering.BulletsId),
            ListStyle(StyleIds.ListNumber, "List Number", numId: null),
            ListContinue(1, type), ListContinue(2, type), ListContinue(3, type),

            // Consecutive writing lines are one bordered group to Word: the "between" border rules the lines inside it.
            ParagraphStyle(StyleIds.WritingLine, "Writing Line", StyleIds.Normal, uiPriority: 14,
                paragraph: new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Rule },
                        new BetweenBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Rule }),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = type.WritingLineHeight.ToString(), LineRule = LineSpacingRuleValues.Exact },
                }),
            ParagraphStyle(StyleIds.FormField, "Form Field", StyleIds.Normal, uiPriority: 15,
                paragraph: new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Rule }),
                    Tabs = new Tabs(
                        new TabStop { Val = TabStopValues.Left, Position = page.TextWidth * 11 / 20 },
                        new TabStop { Val = TabStopValues.Left, Position = page.TextWidth * 4 / 5 }),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "240", Line = type.WritingLineHeight.ToString(), LineRule = LineSpacingRuleValues.Exact },
                },
                run: Font(type.HeadingFont, Math.Max(type.Small, type.Furniture), Muted, bold: false)),

            // No keep-with-next: the callout's one row cannot split anyway, and LibreOffice reads a first paragraph's
            // keep-with-next as the whole table's, chaining consecutive callouts into one block that leaves a page empty.
            ParagraphStyle(StyleIds.CalloutTitle, "Callout Title", StyleIds.Normal, uiPriority: 16, next: StyleIds.CalloutText,
                paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "60" } },
                run: Font(type.HeadingFont, type.Body, Caution, bold: true)),
            ParagraphStyle(StyleIds.CalloutText, "Callout Text", StyleIds.Normal, uiPriority: 17,
                paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "60" } }),
            // Table cells set close, in the sans face, as the PDF sets them: in body spacing a table runs a third longer.
            ParagraphStyle(StyleIds.TableText, "Table Text", StyleIds.Normal, uiPriority: 34,
                paragraph: new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { After = "40", Line = "252", LineRule = LineSpacingRuleValues.Auto } },
                run: Font(type.HeadingFont, Math.Max(type.Small, 20), Ink, bold: false)),
            ParagraphStyle(StyleIds.Caption, "caption", StyleIds.Normal, uiPriority: 35, semiHidden: false,
                paragraph: new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "60" } },
                run: Font(type.HeadingFont, Math.Max(type.Small, type.Furniture), Muted, bold: true)),
            ParagraphStyle(StyleIds.ContentsEntry, "toc 1", StyleIds.Normal, uiPriority: 39,
                paragraph: new StyleParagraphProperties
                {
                    Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = 5 * type.IndentStep }),
                    SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "80" },
                    Indentation = new Indentation { Left = (5 * type.IndentStep).ToString(), Hanging = (5 * type.IndentStep).ToString() },
                }),
            Furniture(StyleIds.Header, "header", type, page, new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Rule }),
            Furniture(StyleIds.Footer, "footer", type, page, new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Rule }),

            CharacterStyle(StyleIds.Speaker, "Speaker", uiPriority: 20, run: Font(type.HeadingFont, null, Accent, bold: true)),
            CharacterStyle(StyleIds.LineNumber, "Line Number", uiPriority: 21, run: Font(type.HeadingFont, type.Furniture, Muted, bold: false)),
            CharacterStyle(StyleIds.Emphasis, "Emphasis", uiPriority: 20,
                run: type.Italics ? new StyleRunProperties { Italic = new Italic() } : new StyleRunProperties { Bold = new Bold() }),
            CharacterStyle(StyleIds.Strong, "Strong", uiPriority: 22, run: new StyleRunProperties { Bold = new Bold() }),

            TableStyle(StyleIds.HandoutTable, "Handout Table", Rule, headerShade: Tint, type),
            BoxStyle(StyleIds.AdvisoryBox, "Advisory Box", Caution, CautionTint, borderSize: 12),
            BoxStyle(StyleIds.NoteBox, "Note Box", Muted, Tint, borderSize: 4));
        return styles;
    }

    private static DocDefaults Defaults(Typography type, string language) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = new RunFonts { Ascii = type.BodyFont, HighAnsi = type.BodyFont, ComplexScript = type.BodyFont, EastAsia = type.BodyFont },
            Color = new Color { Val = Ink },
            FontSize = new FontSize { Val = type.Body.ToString() },
            FontSizeComplexScript = new FontSizeComplexScript { Val = type.Body.ToString() },
            Languages = new Languages { Val = language, EastAsia = language, Bidi = language },
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "120", Line = type.LineSpacing.ToString(), LineRule = LineSpacingRuleValues.Auto },
        }));

    private static Style Heading(int level, int size, Typography type, int before, int after) =>
        ParagraphStyle(StyleIds.Heading(level), $"heading {level}", StyleIds.Normal, uiPriority: 9, next: StyleIds.Normal,
            paragraph: new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SpacingBetweenLines = new SpacingBetweenLines { Before = before.ToString(), After = after.ToString(), Line = "240", LineRule = LineSpacingRuleValues.Auto },
                OutlineLevel = new OutlineLevel { Val = level - 1 },
            },
            run: Font(type.HeadingFont, size, level == 1 ? Accent : Ink, bold: true));

    private static Style ListStyle(string id, string name, int? numId) =>
        ParagraphStyle(id, name, StyleIds.Normal, uiPriority: 36,
            paragraph: new StyleParagraphProperties
            {
                NumberingProperties = numId is { } n ? new NumberingProperties { NumberingId = new NumberingId { Val = n } } : null,
                // The indent comes from the numbering level, so a nested item sits one step further in.
                SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "80" },
            });

    private static Style ListContinue(int depth, Typography type) =>
        ParagraphStyle(StyleIds.ListContinueAt(depth), depth == 1 ? "List Continue" : $"List Continue {depth}", StyleIds.Normal, uiPriority: 37,
            paragraph: new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { After = "80" },
                Indentation = new Indentation { Left = (depth * type.IndentStep).ToString() },
            });

    private static Style Furniture(string id, string name, Typography type, PageGeometry page, BorderType rule) =>
        ParagraphStyle(id, name, StyleIds.Normal, uiPriority: 99,
            paragraph: new StyleParagraphProperties
            {
                ParagraphBorders = new ParagraphBorders(rule),
                Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = page.TextWidth }),
                SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            },
            run: Font(type.HeadingFont, type.Furniture, Muted, bold: false));

    private static Style TableStyle(string id, string name, string border, string headerShade, Typography type) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 40 },
        new PrimaryStyle(),
        new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "40", After = "40" } },
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = border },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = border },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = border },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = border },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = border },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = border }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })),
        new TableStyleProperties(
            new StyleRunProperties(
                new RunFonts { Ascii = type.HeadingFont, HighAnsi = type.HeadingFont, ComplexScript = type.HeadingFont, EastAsia = type.HeadingFont },
                new Bold()),
            new TableStyleConditionalFormattingTableCellProperties(
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = headerShade }))
        { Type = TableStyleOverrideValues.FirstRow })
    { Type = StyleValues.Table, StyleId = id, CustomStyle = true };

    /// <summary>A callout is a one-cell table: a box around any blocks, which Word, LibreOffice and Google Docs all draw the same.</summary>
    private static Style BoxStyle(string id, string name, string border, string shade, int borderSize) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "TableNormal" },
        new UIPriority { Val = 41 },
        new StyleParagraphProperties { SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "60" } },
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = (UInt32Value)(uint)borderSize, Color = border },
                new LeftBorder { Val = BorderValues.Single, Size = (UInt32Value)(uint)borderSize, Color = border },
                new BottomBorder { Val = BorderValues.Single, Size = (UInt32Value)(uint)borderSize, Color = border },
                new RightBorder { Val = BorderValues.Single, Size = (UInt32Value)(uint)borderSize, Color = border }),
            new TableCellMarginDefault(
                new TopMargin { Width = "120", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 180, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "80", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 180, Type = TableWidthValues.Dxa })),
        new StyleTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade }))
    { Type = StyleValues.Table, StyleId = id, CustomStyle = true };

    private static Style ParagraphStyle(
        string id,
        string name,
        string? basedOn,
        int uiPriority,
        string? next = null,
        bool isDefault = false,
        bool semiHidden = false,
        StyleParagraphProperties? paragraph = null,
        StyleRunProperties? run = null)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
            CustomStyle = IsBuiltIn(name) ? null : true,
            StyleName = new StyleName { Val = name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            NextParagraphStyle = next is null ? null : new NextParagraphStyle { Val = next },
            UIPriority = new UIPriority { Val = uiPriority },
            SemiHidden = semiHidden ? new SemiHidden() : null,
            PrimaryStyle = semiHidden ? null : new PrimaryStyle(),
            StyleParagraphProperties = paragraph,
            StyleRunProperties = run,
        };
        return style;
    }

    private static Style CharacterStyle(string id, string name, int uiPriority, StyleRunProperties? run, bool isDefault = false, bool semiHidden = false) => new()
    {
        Type = StyleValues.Character,
        StyleId = id,
        Default = isDefault ? true : null,
        CustomStyle = IsBuiltIn(name) ? null : true,
        StyleName = new StyleName { Val = name },
        UIPriority = new UIPriority { Val = uiPriority },
        SemiHidden = semiHidden ? new SemiHidden() : null,
        PrimaryStyle = semiHidden ? null : new PrimaryStyle(),
        StyleRunProperties = run,
    };

    private static bool IsBuiltIn(string name) => name is "Normal" or "Title" or "Quote" or "List Bullet" or "List Number"
        or "List Continue" or "List Continue 2" or "List Continue 3" or "caption" or "toc 1" or "header" or "footer"
        or "Emphasis" or "Strong" or "Default Paragraph Font" || name.StartsWith("heading ", StringComparison.Ordinal);

    private static StyleRunProperties Font(string? face, int? size, string? color, bool bold) => new()
    {
        RunFonts = face is null ? null : new RunFonts { Ascii = face, HighAnsi = face, ComplexScript = face, EastAsia = face },
        Bold = bold ? new Bold() : null,
        BoldComplexScript = bold ? new BoldComplexScript() : null,
        Color = color is null ? null : new Color { Val = color },
        FontSize = size is { } s ? new FontSize { Val = s.ToString() } : null,
        FontSizeComplexScript = size is { } c ? new FontSizeComplexScript { Val = c.ToString() } : null,
    };

    private static StyleRunProperties Italic(StyleRunProperties run, Typography type)
    {
        if (type.Italics)
        {
            run.Italic = new Italic();
        }

        return run;
    }
}
