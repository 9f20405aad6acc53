using DocumentFormat.OpenXml.Wordprocessing;

namespace Curriculum.Rendering.Docx;

/// <summary>
/// Real Word numbering: one bullet definition and one decimal definition, three levels each. All bulleted lists share
/// one instance; each numbered list gets its own instance that restarts at 1, so a teacher's inserted item renumbers.
/// </summary>
internal sealed class WordNumbering(int indentStep)
{
    public const int BulletsId = 1;
    private const int BulletDefinition = 0;
    private const int DecimalDefinition = 1;

    private static readonly string[] Bullets = ["•", "◦", "▪"];
    private static readonly (NumberFormatValues Format, string Text)[] Numbers =
        [(NumberFormatValues.Decimal, "%1."), (NumberFormatValues.LowerLetter, "%2."), (NumberFormatValues.LowerRoman, "%3.")];

    private int lists = 1;

    /// <summary>A new numbered list, starting at 1: its numbering id.</summary>
    public int StartNumberedList() => ++lists;

    public Numbering Build()
    {
        var numbering = new Numbering(Definition(BulletDefinition, bullets: true), Definition(DecimalDefinition, bullets: false));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletDefinition }) { NumberID = BulletsId });
        for (var id = BulletsId + 1; id <= lists; id++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = DecimalDefinition }) { NumberID = id };
            for (var level = 0; level < WordStyles.MaxDepth; level++)
            {
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = level });
            }

            numbering.Append(instance);
        }

        return numbering;
    }

    private AbstractNum Definition(int id, bool bullets)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < WordStyles.MaxDepth; level++)
        {
            var indent = (level + 1) * indentStep;
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = bullets ? NumberFormatValues.Bullet : Numbers[level].Format },
                new LevelText { Val = bullets ? Bullets[level] : Numbers[level].Text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(), Hanging = indentStep.ToString() }))
            { LevelIndex = level });
        }

        return definition;
    }
}
