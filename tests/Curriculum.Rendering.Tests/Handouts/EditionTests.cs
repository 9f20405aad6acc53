using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using UglyToad.PdfPig;

namespace Curriculum.Rendering.Tests.Handouts;

/// <summary>Editions that keep their promise, checked in the PDF itself (issue 11, point 5).</summary>
public sealed class EditionTests
{
    [Theory]
    [InlineData("ivan-2", "student")]
    [InlineData("leonid-4", "teacher")]
    public void Large_print_sets_nothing_a_reader_reads_under_18_points(string unit, string kind)
    {
        var pdf = Kit.Render(unit, DocumentKinds.Find(kind)!, options: new HandoutOptions(Paper.Letter, Edition.LargePrint));
        using var document = PdfDocument.Open(pdf.Bytes);
        var checkedLetters = 0;
        foreach (var page in document.GetPages())
        {
            foreach (var word in page.GetWords())
            {
                var y = word.BoundingBox.Bottom;
                // Page furniture: the running header and footer bands, and the seed's line numbers in the left margin.
                var furniture = y > page.Height - 70 || y < 86 || (word.BoundingBox.Left < 54 + 50 && word.Text.All(char.IsDigit));
                if (furniture || word.Letters.All(l => char.IsWhiteSpace(l.Value[0])))
                {
                    continue;
                }

                foreach (var letter in word.Letters)
                {
                    letter.PointSize.ShouldBeGreaterThanOrEqualTo(17.9, $"{pdf.FileName} page {page.Number}: “{word.Text}” at {letter.PointSize:0.#} pt");
                    checkedLetters++;
                }
            }
        }

        checkedLetters.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Easy_read_sets_no_italics()
    {
        var pdf = Kit.Render("ivan-3", DocumentKinds.Student, options: new HandoutOptions(Paper.Letter, Edition.EasyRead));
        using var document = PdfDocument.Open(pdf.Bytes);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName ?? "").Distinct().ToList();
        fonts.ShouldNotBeEmpty();
        fonts.ShouldAllBe(f => !f.Contains("Italic", StringComparison.OrdinalIgnoreCase));

        // The standard edition does set the interview and the starters in italics: the test can tell the difference.
        using var standard = PdfDocument.Open(Kit.Render("ivan-3", DocumentKinds.Student).Bytes);
        standard.GetPages().SelectMany(p => p.Letters).ShouldContain(l => (l.FontName ?? "").Contains("Italic", StringComparison.OrdinalIgnoreCase));
    }
}
