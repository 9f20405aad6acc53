using System.Text;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Documents;

namespace Curriculum.Rendering.Html;

/// <summary>
/// The page's one stylesheet, embedded so the file stands alone: the kit's faces named with fallbacks, print rules
/// (paper, margins, running header and footer with "Page n of m", a new page per section) and the edition's type.
/// Every colour is at least 7:1 against its background, above WCAG AA's 4.5:1.
/// </summary>
internal static class HtmlStyles
{
    private const string Serif = "\"Charis SIL\", Charter, \"Bitstream Charter\", Georgia, serif";
    private const string Sans = "Lato, \"Helvetica Neue\", Arial, sans-serif";
    private const string EasyReadFace = "Andika, Lato, Verdana, sans-serif";

    public static void Append(StringBuilder css, PageSetup setup, IReadOnlyList<string> runningTitles)
    {
        var easyRead = setup.Edition == Edition.EasyRead;
        var large = setup.Edition == Edition.LargePrint;
        var body = easyRead ? EasyReadFace : Serif;
        var sans = easyRead ? EasyReadFace : Sans;
        // Large print: nothing on the page under 18 pt, the running header and footer included. At that size the
        // attribution would fill a third of every page's margin, so it is printed once, at the end, instead.
        var (text, small, h1, h2, h3) = large ? (18, 18, 30, 24, 20) : (12, 9.5, 22, 16, 13);
        var margin = large ? "0.9in" : "0.75in";

        css.Append("@page {\n")
            .Append("  size: ").Append(setup.Paper == Paper.A4 ? "A4" : "letter").Append(";\n")
            .Append("  margin: ").Append(margin).Append(' ').Append(margin).Append(";\n")
            .Append("  @top-left { content: ").Append(HtmlText.CssString(setup.HeaderLeft)).Append("; font: ").Append(Pt(small)).Append(' ').Append(sans).Append("; color: #404040; }\n")
            .Append("  @bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: ").Append(Pt(small)).Append(' ').Append(sans).Append("; color: #404040; white-space: nowrap; }\n");
        if (!large)
        {
            css.Append("  @bottom-left { content: ").Append(HtmlText.CssString(setup.Footer)).Append("; font: ").Append(Pt(small)).Append(' ').Append(sans).Append("; color: #404040; }\n");
        }

        css.Append("}\n");

        // A named page per section carries its running title, as the PDF's header does.
        for (var i = 0; i < runningTitles.Count; i++)
        {
            css.Append("@page section-").Append(i + 1).Append(" { @top-right { content: ").Append(HtmlText.CssString(runningTitles[i]))
                .Append("; font: ").Append(Pt(small)).Append(' ').Append(sans).Append("; color: #404040; } }\n")
                .Append(".section-").Append(i + 1).Append(" { page: section-").Append(i + 1).Append("; }\n");
        }

        css.Append($$"""
            :root { color: #1a1a1a; background: #ffffff; color-scheme: light; }
            body { margin: 0; font-family: {{body}}; font-size: {{Pt(text)}}; line-height: {{(easyRead ? "1.5" : large ? "1.45" : "1.4")}}; text-align: left; }
            body > header, body > footer, main { max-width: 44rem; margin: 0 auto; padding: 0 1.25rem; }
            body > header { font-family: {{sans}}; font-size: {{Pt(small)}}; color: #404040; border-bottom: 1px solid #767676; padding-top: 0.75rem; padding-bottom: 0.5rem; }
            body > footer { font-family: {{sans}}; font-size: {{Pt(small)}}; color: #404040; border-top: 1px solid #767676; margin-top: 2rem; padding-top: 0.5rem; padding-bottom: 1.5rem; }
            body > header p, body > footer p { margin: 0; }
            h1, h2, h3, .kicker, .callout-title, figcaption, caption, th, label, .contents { font-family: {{sans}}; }
            h1 { font-size: {{Pt(h1)}}; line-height: 1.2; margin: 1.25rem 0 0.75rem; }
            h2 { font-size: {{Pt(h2)}}; line-height: 1.25; margin: 1.5rem 0 0.5rem; break-after: avoid; }
            h3 { font-size: {{Pt(h3)}}; line-height: 1.3; margin: 1.25rem 0 0.4rem; break-after: avoid; }
            p { margin: 0 0 0.6rem; }
            .kicker { font-size: {{Pt(large ? text : 10.5)}}; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #404040; margin: 1.25rem 0 0; }
            .kicker + h1 { margin-top: 0.2rem; }
            .note { font-size: {{Pt(large ? text : 10.5)}}; color: #404040; }
            .starter { font-style: {{(easyRead ? "normal" : "italic")}}; margin-bottom: 0.2rem; }
            strong { font-weight: 700; }
            em { font-style: {{(easyRead ? "normal; font-weight: 700" : "italic")}}; }
            main > section { padding-bottom: 1rem; }
            main > section + section { break-before: page; border-top: 1px solid #767676; margin-top: 2rem; }
            figure.quotation { margin: 0.9rem 0; padding: 0.5rem 0.9rem; break-inside: avoid; }
            figure.quotation figcaption { font-size: {{Pt(large ? text : 10.5)}}; color: #404040; margin-bottom: 0.25rem; }
            figure.quotation .who { font-weight: 700; color: #1a1a1a; }
            figure.quotation .line { white-space: nowrap; }
            figure.quotation blockquote { margin: 0; }
            figure.quotation blockquote p { margin: 0; white-space: pre-line; }
            /* Three voices never confused: an intercepted call ruled, a later interview boxed with a dashed edge, the AP's narration plain. */
            figure.call { border-left: 5px solid #1a1a1a; }
            figure.interview { border: 2px dashed #1a1a1a; background: #f5f5f5; }
            figure.narration { border-left: 1px solid #767676; padding-left: 0.9rem; }
            figure.narration blockquote p { font-family: {{sans}}; }
            ul, ol { margin: 0 0 0.8rem; padding-left: 1.6rem; }
            li { margin: 0 0 0.35rem; }
            li > :first-child { margin-top: 0.25rem; }
            .keep, li.keep, table, tr, aside.callout, .form-fields { break-inside: avoid; }
            table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1rem; }
            caption { text-align: left; font-weight: 700; padding-bottom: 0.3rem; }
            th, td { border: 1px solid #1a1a1a; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
            thead { display: table-header-group; }
            th { background: #ececec; }
            td.write-in { height: {{(large ? "4.5rem" : "3rem")}}; }
            .writing-space { margin: 0.4rem 0 1rem; }
            .writing-space .rule { height: {{(large ? "2.6rem" : "1.9rem")}}; border-bottom: 1px solid #595959; }
            .form-fields { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0.5rem 0 1rem; }
            .form-fields .field { display: flex; align-items: baseline; gap: 0.5rem; flex: 1 1 12rem; margin: 0; }
            .form-fields label { font-weight: 700; }
            .form-fields input { flex: 1; min-width: 6rem; font: inherit; color: inherit; background: transparent; border: 0; border-bottom: 1px solid #1a1a1a; padding: 0.1rem 0.2rem; }
            aside.callout { margin: 1rem 0; padding: 0.6rem 0.9rem; border: 1px solid #1a1a1a; }
            aside.advisory { border: 3px solid #8a1c1c; }
            .callout-title { font-weight: 700; margin-bottom: 0.4rem; }
            aside.advisory .callout-title { color: #8a1c1c; }
            nav.contents ol { list-style: none; padding-left: 0; }
            nav.contents a { color: #1a4a8a; text-decoration: none; }
            nav.contents a .title { text-decoration: underline; }
            nav.contents .label { font-weight: 700; display: inline-block; min-width: 7rem; }
            .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
            @media print {
              /* On paper the running header and footer are in the page margins, on every page. */
              body > header{{(large ? "" : ", body > footer")}} { display: none; }
              body > header, body > footer, main { max-width: none; padding: 0; }
              main > section + section { border-top: 0; margin-top: 0; }
              nav.contents a, nav.contents a .title { color: #1a1a1a; text-decoration: none; }
              th, figure.interview { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
            }

            """);

        if (easyRead)
        {
            // British Dyslexia Association style: no italics anywhere, left aligned, a little more space between words.
            css.Append("* { font-style: normal !important; }\nbody { word-spacing: 0.12em; }\n");
        }
    }

    private static string Pt(double points) => points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "pt";
}
