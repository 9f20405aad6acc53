using Curriculum.Rendering.Layout;
using static Curriculum.Rendering.Tests.Layout.Layouts;

namespace Curriculum.Rendering.Tests.Layout;

public sealed class FontSubstitutionTests
{
    [Fact]
    public void A_substituted_family_is_measured_and_drawn_in_its_replacement_and_others_are_left_alone()
    {
        var document = Document.Create(doc =>
        {
            doc.SubstituteFont(Fonts.Serif, Fonts.EasyRead);
            doc.Page(page =>
            {
                page.Size(new PaperSize(100, 100));
                page.Margin(0);
                page.Content().Column(col =>
                {
                    col.Item().Text("body", Ten with { Family = Fonts.Serif });
                    col.Item().Text("head", Ten with { Family = Fonts.Sans });
                });
            });
        });
        var sink = new RecordingSink();

        DocumentRenderer.Render(document, new FakeTextMeasurer(), sink);

        sink.Pages[0].Texts.Select(t => (t.Text, t.Font.Family)).ShouldBe([("body", Fonts.EasyRead), ("head", Fonts.Sans)]);
    }
}
