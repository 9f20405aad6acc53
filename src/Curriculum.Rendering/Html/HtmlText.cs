using System.Text;

namespace Curriculum.Rendering.Html;

/// <summary>
/// Escaping for the three places text goes in a page: element content, attribute values, and CSS strings inside
/// the page's one <c>&lt;style&gt;</c>. Only the five XML entities are written, so the page also parses as XML.
/// </summary>
internal static class HtmlText
{
    /// <summary>Text for element content or a double-quoted attribute value.</summary>
    public static void Append(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    html.Append("&amp;");
                    break;
                case '<':
                    html.Append("&lt;");
                    break;
                case '>':
                    html.Append("&gt;");
                    break;
                case '"':
                    html.Append("&quot;");
                    break;
                case '\'':
                    html.Append("&#39;");
                    break;
                default:
                    // Control characters are not allowed in HTML text (nor in XML): show that something was there.
                    html.Append(IsAllowed(c) ? c : '\uFFFD');
                    break;
            }
        }
    }

    public static string Escape(string text)
    {
        var html = new StringBuilder(text.Length + 16);
        Append(html, text);
        return html.ToString();
    }

    /// <summary>
    /// A double-quoted CSS string. <c>&lt;</c> and <c>&amp;</c> are escaped too, so no text can close the style
    /// element (<c>&lt;/style&gt;</c>) or start an entity inside it.
    /// </summary>
    public static string CssString(string text)
    {
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"' or '\\' or '<' or '>' or '&':
                    css.Append('\\').Append(((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
                    break;
                case '\n':
                    css.Append("\\A ");
                    break;
                default:
                    css.Append(IsAllowed(c) && c != '\r' ? c : '\uFFFD');
                    break;
            }
        }

        return css.Append('"').ToString();
    }

    /// <summary>An id from a teacher's id ("leonid-1"): letters, digits, '-' and '_' kept; anything else becomes '-'.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-');
        }

        return slug.ToString().Trim('-');
    }

    private static bool IsAllowed(char c) => c >= ' ' ? c is not ('\uFFFE' or '\uFFFF') : c is '\n' or '\t' or '\r';
}
