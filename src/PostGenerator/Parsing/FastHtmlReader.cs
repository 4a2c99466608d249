using AngleSharp.Html;

namespace PostGenerator.Parsing;

/// <summary>
/// A tokenizer for the well-formed subset of HTML that posts are made of, feeding <see cref="HtmlScan"/>. It exists
/// for speed alone: AngleSharp's tokenizer cost more than Markdig's rendering itself (measured in docs/performance.md).
/// It gives up (returns null) at the first thing whose reading by the HTML standard it does not reproduce exactly, so
/// that AngleSharp reads that document instead; what it does read, it reads as AngleSharp does, including the
/// positions of links (tests compare the two on many documents).
/// </summary>
/// <remarks>
/// Read: text; character references <c>&amp;name;</c> (AngleSharp's own table), <c>&amp;#N;</c> and <c>&amp;#xN;</c>
/// for ordinary characters; start tags with quoted, unquoted or no values; end tags; comments; script and raw-text
/// elements closed by their end tag. Not read (so handed to AngleSharp): CR and NUL characters, a reference without
/// its <c>;</c>, doctypes, CDATA, processing instructions, bogus comments, RCDATA and PLAINTEXT elements, script
/// escapes (<c>&lt;!--</c> inside a script), odd characters in tag or attribute names, attributes repeated in a tag.
/// </remarks>
internal static class FastHtmlReader
{
    public static HtmlScan? TryScan(string html, bool collectText, bool collectLinks = true)
    {
        if (html.IndexOf('\r') >= 0 || html.IndexOf('\0') >= 0)
        {
            return null;
        }

        var scan = HtmlScan.Start(html.Length / 2, collectLinks);
        var lines = new LineCounter(html);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var end = lt < 0 ? html.Length : lt;
            if (!Text(html, i, end, scan))
            {
                return null;
            }

            if (lt < 0)
            {
                break;
            }

            i = Markup(html, lt, scan, ref lines);
            if (i < 0)
            {
                return null;
            }
        }

        return scan.End(collectText);
    }

    /// <summary>Character data from <paramref name="start"/> to <paramref name="end"/>, references decoded.</summary>
    private static bool Text(string html, int start, int end, HtmlScan scan)
    {
        var i = start;
        while (i < end)
        {
            var amp = html.IndexOf('&', i, end - i);
            if (amp < 0)
            {
                scan.OnText(html, i, end - i);
                return true;
            }

            scan.OnText(html, i, amp - i);
            var next = Reference(html, amp, end, inAttribute: false, out var decoded);
            if (next < 0)
            {
                return false;
            }

            if (decoded is null)
            {
                scan.OnText('&');
            }
            else
            {
                scan.OnText(decoded);
            }

            i = next;
        }

        return true;
    }

    /// <summary>
    /// The reference at <paramref name="amp"/>: returns where reading goes on and sets <paramref name="decoded"/>
    /// (null for a literal '&amp;'), or returns -1 where AngleSharp's reading is not reproduced here.
    /// </summary>
    private static int Reference(string html, int amp, int end, bool inAttribute, out string? decoded)
    {
        decoded = null;
        var i = amp + 1;
        if (i >= end)
        {
            // Followed by the end of the text, or by the closing quote of an attribute: a literal '&'.
            return i;
        }

        var c = html[i];
        if (IsSpace(c) || c == '<' || c == '&')
        {
            return i;
        }

        if (c == '#')
        {
            var hex = i + 1 < end && (html[i + 1] == 'x' || html[i + 1] == 'X');
            var j = hex ? i + 2 : i + 1;
            var value = 0;
            var digits = 0;
            while (j < end && digits < 7 && (hex ? IsHex(html[j]) : html[j] is >= '0' and <= '9'))
            {
                value = (value * (hex ? 16 : 10)) + HexValue(html[j]);
                j++;
                digits++;
            }

            if (digits == 0 || j >= end || html[j] != ';' || !IsOrdinaryCodePoint(value))
            {
                return -1;
            }

            decoded = char.ConvertFromUtf32(value);
            return j + 1;
        }

        var k = i;
        while (k < end && k - i < 32 && IsAsciiLetterOrDigit(html[k]))
        {
            k++;
        }

        if (k == i)
        {
            // '&' before a character that cannot start a name: AngleSharp keeps it literal.
            return -1;
        }

        if (k < end && html[k] == ';')
        {
            decoded = HtmlEntityProvider.Resolver.GetSymbol(html.Substring(i, k - i + 1));
            if (decoded is not null)
            {
                return k + 1;
            }

            // Unknown: in an attribute, any legacy prefix would be followed by a letter or digit and stay literal.
            return inAttribute && k - i < 32 ? i : -1;
        }

        // In an attribute, a name followed by '=' is never decoded (query strings: "?a=1&b=2").
        return inAttribute && k < end && html[k] == '=' ? i : -1;
    }

    /// <summary>Markup at <paramref name="lt"/> ('&lt;'): returns where text goes on, or -1 to give up.</summary>
    private static int Markup(string html, int lt, HtmlScan scan, ref LineCounter lines)
    {
        var i = lt + 1;
        if (i >= html.Length)
        {
            scan.OnText('<');
            return i;
        }

        var c = html[i];
        if (c == '!')
        {
            return Comment(html, lt);
        }

        if (c == '/')
        {
            return EndTag(html, lt, scan);
        }

        if (!IsAsciiLetter(c))
        {
            if (c == '?')
            {
                return -1;
            }

            // Not a tag: the '<' is text, and the next character is read as text again.
            scan.OnText('<');
            return i;
        }

        var nameEnd = Name(html, i);
        if (nameEnd < 0)
        {
            return -1;
        }

        var name = LowerName(html, i, nameEnd);
        string? href = null;
        string? id = null;
        var hrefLine = 0;
        var hrefColumn = 0;
        var hrefPosition = 0;
        var seen = 0;
        i = nameEnd;
        while (true)
        {
            i = SkipSpaces(html, i);
            if (i >= html.Length)
            {
                return -1;
            }

            c = html[i];
            if (c == '>')
            {
                i++;
                break;
            }

            if (c == '/')
            {
                if (i + 1 < html.Length && html[i + 1] == '>')
                {
                    i += 2;
                    break;
                }

                return -1;
            }

            var attributeStart = i;
            var attributeEnd = AttributeName(html, i);
            if (attributeEnd < 0)
            {
                return -1;
            }

            i = SkipSpaces(html, attributeEnd);
            string value = "";
            if (i < html.Length && html[i] == '=')
            {
                i = SkipSpaces(html, i + 1);
                if (i >= html.Length)
                {
                    return -1;
                }

                i = AttributeValue(html, i, out value!);
                if (i < 0)
                {
                    return -1;
                }
            }

            // Only href and id are read; a repeated one is left to AngleSharp, as is any other repeat that matters.
            var kind = AttributeKind(html, attributeStart, attributeEnd);
            if (kind != 0)
            {
                if ((seen & kind) != 0)
                {
                    return -1;
                }

                seen |= kind;
                if (kind == 1)
                {
                    href = value;
                    if (scan.CollectsLinks)
                    {
                        (hrefLine, hrefColumn) = lines.Position(attributeStart);
                        hrefPosition = attributeStart + 1;
                    }
                }
                else
                {
                    id = value;
                }
            }
        }

        var mode = scan.OnStartTag(name, name == "a" ? href : null, hrefLine, hrefColumn, hrefPosition, name.Length == 2 && name[0] == 'h' ? id : null);
        switch (mode)
        {
            case HtmlScan.ContentMode.Data:
                return i;
            case HtmlScan.ContentMode.Script or HtmlScan.ContentMode.Rawtext:
                return RawText(html, i, name, mode == HtmlScan.ContentMode.Script, scan);
            default:
                return -1;
        }
    }

    /// <summary>
    /// The content of a script or raw-text element, up to its end tag (which is then read). Its text is skipped by
    /// the collector; a script holding "&lt;!--" (script escapes) is left to AngleSharp.
    /// </summary>
    private static int RawText(string html, int start, string name, bool script, HtmlScan scan)
    {
        var i = start;
        while (true)
        {
            var close = html.IndexOf("</", i, System.StringComparison.Ordinal);
            if (close < 0)
            {
                return -1;
            }

            var nameEnd = close + 2 + name.Length;
            if (nameEnd < html.Length
                && string.Compare(html, close + 2, name, 0, name.Length, System.StringComparison.OrdinalIgnoreCase) == 0
                && (IsSpace(html[nameEnd]) || html[nameEnd] == '/' || html[nameEnd] == '>'))
            {
                if (script && html.IndexOf("<!--", start, close - start, System.StringComparison.Ordinal) >= 0)
                {
                    return -1;
                }

                // The content is one character token, skipped because the element raised the skip depth.
                scan.OnText(html, start, close - start);
                return EndTag(html, close, scan);
            }

            i = close + 2;
        }
    }

    /// <summary>An end tag at <paramref name="lt"/>: only <c>&lt;/name&gt;</c> with optional spaces.</summary>
    private static int EndTag(string html, int lt, HtmlScan scan)
    {
        var i = lt + 2;
        if (i >= html.Length || !IsAsciiLetter(html[i]))
        {
            return -1;
        }

        var nameEnd = Name(html, i);
        if (nameEnd < 0)
        {
            return -1;
        }

        var end = SkipSpaces(html, nameEnd);
        if (end >= html.Length || html[end] != '>')
        {
            return -1;
        }

        scan.OnEndTag(LowerName(html, i, nameEnd));
        return end + 1;
    }

    /// <summary>A comment <c>&lt;!-- … --&gt;</c> of the ordinary shape; anything else after <c>&lt;!</c> is given up.</summary>
    private static int Comment(string html, int lt)
    {
        var start = lt + 4;
        if (start > html.Length || string.CompareOrdinal(html, lt, "<!--", 0, 4) != 0)
        {
            return -1;
        }

        // "<!-->" and "<!--->" end at once; a dash just inside, "--!" or a nested "<!--" have rules of their own.
        if (start < html.Length && (html[start] == '>' || html[start] == '-'))
        {
            return -1;
        }

        var close = html.IndexOf("-->", start, System.StringComparison.Ordinal);
        if (close < 0)
        {
            return -1;
        }

        var body = close - start;
        if (html.IndexOf("--!", start, body, System.StringComparison.Ordinal) >= 0
            || html.IndexOf("<!-", start, body, System.StringComparison.Ordinal) >= 0
            || (body > 0 && html[close - 1] == '-'))
        {
            return -1;
        }

        return close + 3;
    }

    /// <summary>The end of a tag name of letters, digits and '-' (the name state reads up to a space, '/' or '&gt;').</summary>
    private static int Name(string html, int i)
    {
        while (i < html.Length && (IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
        {
            i++;
        }

        return i < html.Length && (IsSpace(html[i]) || html[i] == '/' || html[i] == '>') ? i : -1;
    }

    /// <summary>The end of an attribute name of letters, digits, '-', '_', ':' and '.'.</summary>
    private static int AttributeName(string html, int i)
    {
        var start = i;
        while (i < html.Length && (IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_' or ':' or '.'))
        {
            i++;
        }

        return i > start && i < html.Length && (IsSpace(html[i]) || html[i] is '/' or '>' or '=') ? i : -1;
    }

    /// <summary>A quoted or unquoted value starting at <paramref name="i"/>; returns the index after it.</summary>
    private static int AttributeValue(string html, int i, out string? value)
    {
        value = null;
        var quote = html[i];
        if (quote is '"' or '\'')
        {
            var close = html.IndexOf(quote, i + 1);
            if (close < 0)
            {
                return -1;
            }

            value = AttributeText(html, i + 1, close);
            if (value is null)
            {
                return -1;
            }

            var after = close + 1;
            return after < html.Length && (IsSpace(html[after]) || html[after] is '/' or '>') ? after : -1;
        }

        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            if (html[i] is '"' or '\'' or '<' or '=' or '`' or '&')
            {
                return -1;
            }

            i++;
        }

        if (i == start || i >= html.Length)
        {
            return -1;
        }

        value = html.Substring(start, i - start);
        return i;
    }

    private static string? AttributeText(string html, int start, int end)
    {
        var amp = html.IndexOf('&', start, end - start);
        if (amp < 0)
        {
            return html.Substring(start, end - start);
        }

        var builder = new System.Text.StringBuilder(end - start);
        var i = start;
        while (amp >= 0)
        {
            builder.Append(html, i, amp - i);
            var next = Reference(html, amp, end, inAttribute: true, out var decoded);
            if (next < 0)
            {
                return null;
            }

            builder.Append(decoded ?? "&");
            i = next;
            amp = i < end ? html.IndexOf('&', i, end - i) : -1;
        }

        return builder.Append(html, i, end - i).ToString();
    }

    /// <summary>1 for <c>href</c>, 2 for <c>id</c> (any case), 0 for the rest.</summary>
    private static int AttributeKind(string html, int start, int end) =>
        end - start == 4 && string.Compare(html, start, "href", 0, 4, System.StringComparison.OrdinalIgnoreCase) == 0 ? 1
        : end - start == 2 && string.Compare(html, start, "id", 0, 2, System.StringComparison.OrdinalIgnoreCase) == 0 ? 2
        : 0;

    /// <summary>Tag names as AngleSharp gives them: ASCII lower case; the common ones without allocating.</summary>
    private static string LowerName(string html, int start, int end)
    {
        var length = end - start;
        var lower = true;
        for (var i = start; i < end; i++)
        {
            lower &= html[i] is not (>= 'A' and <= 'Z');
        }

        if (lower)
        {
            switch (length)
            {
                case 1:
                    switch (html[start])
                    {
                        case 'p': return "p";
                        case 'a': return "a";
                        case 'b': return "b";
                        case 'i': return "i";
                    }

                    break;
                case 2:
                    foreach (var known in TwoLetterNames)
                    {
                        if (html[start] == known[0] && html[start + 1] == known[1])
                        {
                            return known;
                        }
                    }

                    break;
            }

            foreach (var known in LongerNames)
            {
                if (known.Length == length && string.CompareOrdinal(html, start, known, 0, length) == 0)
                {
                    return known;
                }
            }

            return html.Substring(start, length);
        }

        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            var c = html[start + i];
            chars[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return new string(chars);
    }

    private static readonly string[] TwoLetterNames = { "li", "em", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "td", "th", "tr", "br", "hr", "dd", "dt" };

    private static readonly string[] LongerNames = { "div", "code", "strong", "pre", "span", "img", "table", "thead", "tbody", "blockquote", "sup", "input", "del", "script", "style" };

    private static int SkipSpaces(string html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The HTML standard's white space (CR never reaches here).</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || c is >= '0' and <= '9';

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>Code points a numeric reference decodes to as themselves: no controls, surrogates or non-characters.</summary>
    private static bool IsOrdinaryCodePoint(int value) =>
        value is (>= 0x20 and <= 0x7E) or (>= 0xA0 and <= 0xD7FF) or (>= 0xE000 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD)
        || (value is >= 0x10000 and <= 0x10FFFF && (value & 0xFFFE) != 0xFFFE);

    /// <summary>
    /// Line and column of an offset, as AngleSharp counts them, found by walking forward from the last one asked
    /// (offsets are asked in increasing order), so the whole document is walked once.
    /// </summary>
    private struct LineCounter
    {
        private readonly string _html;
        private int _offset;
        private int _line;
        private int _lineStart;

        public LineCounter(string html)
        {
            _html = html;
            _offset = 0;
            _line = 1;
            _lineStart = 0;
        }

        public (int Line, int Column) Position(int offset)
        {
            for (; _offset < offset; _offset++)
            {
                if (_html[_offset] == '\n')
                {
                    _line++;
                    _lineStart = _offset + 1;
                }
            }

            return (_line, offset - _lineStart + 1);
        }
    }
}
