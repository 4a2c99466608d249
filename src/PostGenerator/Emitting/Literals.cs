using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PostGenerator.Emitting;

/// <summary>
/// The only way content enters generated code. Every value goes through Roslyn's own literal formatter, which
/// escapes quotes, backslashes, control characters, line and paragraph separators and lone surrogates, so nothing
/// in a post can end a literal early.
/// </summary>
internal static class Literals
{
    public static string String(string value) => AppendString(new StringBuilder(value.Length + 16), value).ToString();

    /// <summary>
    /// Appends <paramref name="value"/> as a quoted literal, exactly as <c>SymbolDisplay.FormatLiteral(value, quote: true)</c>
    /// writes it, without its intermediate strings (post bodies are megabytes: this was most of the emission cost).
    /// Characters that are printable in every Unicode version a compiler host may use are copied in runs; the escapes
    /// every Roslyn version writes the same way are written here; every other character goes through FormatLiteral
    /// itself, in maximal runs so surrogate pairs stay together. A test compares the result with FormatLiteral.
    /// </summary>
    public static StringBuilder AppendString(StringBuilder builder, string value) => Append(builder, value, utf8: false);

    /// <summary>
    /// <see cref="AppendString"/>, with lone surrogates made U+FFFD first when <paramref name="utf8"/>. Surrogates are
    /// never plain and a pair is never split by a plain run, so replacing them run by run (only in the runs that go
    /// through FormatLiteral) gives what replacing them in the whole string gives, without a second pass over it.
    /// </summary>
    private static StringBuilder Append(StringBuilder builder, string value, bool utf8)
    {
        builder.Append('"');
        var plain = PlainTable;
        var i = 0;
        while (i < value.Length)
        {
            var start = i;
            while (i < value.Length && plain[value[i]])
            {
                i++;
            }

            builder.Append(value, start, i - start);
            if (i == value.Length)
            {
                break;
            }

            switch (value[i])
            {
                case '"':
                    builder.Append("\\\"");
                    i++;
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    i++;
                    continue;
                case '\n':
                    builder.Append("\\n");
                    i++;
                    continue;
                case '\t':
                    builder.Append("\\t");
                    i++;
                    continue;
            }

            start = i;
            while (i < value.Length && !plain[value[i]] && value[i] is not ('"' or '\\' or '\n' or '\t'))
            {
                i++;
            }

            var run = value.Substring(start, i - start);
            var formatted = SymbolDisplay.FormatLiteral(utf8 ? ReplaceLoneSurrogates(run) : run, quote: true);
            builder.Append(formatted, 1, formatted.Length - 2);
        }

        return builder.Append('"');
    }

    /// <summary><see cref="IsPlain"/> for every UTF-16 unit: one load per character in the copy loop (64 KB, built once).</summary>
    private static readonly bool[] PlainTable = BuildPlainTable();

    private static bool[] BuildPlainTable()
    {
        var table = new bool[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = IsPlain((char)c);
        }

        return table;
    }

    /// <summary>
    /// Characters FormatLiteral copies as they are on any host: printable ASCII but the quote and the backslash, and
    /// blocks of letters and punctuation assigned since Unicode 3.0 at the latest (Latin-1, general punctuation, CJK
    /// punctuation and full-width forms, CJK ideographs, Hangul), so an older host's tables agree too.
    /// </summary>
    private static bool IsPlain(char c) =>
        c < 0x7F
            ? c >= 0x20 && c != '"' && c != '\\'
            : c is (>= '\u00A1' and <= '\u00FF') and not '\u00AD'
                or (>= '\u2010' and <= '\u2027')
                or (>= '\u3001' and <= '\u303F')
                or (>= '\u3400' and <= '\u4DB5')
                or (>= '\u4E00' and <= '\u9FA5')
                or (>= '\uAC00' and <= '\uD7A3')
                or (>= '\uFF01' and <= '\uFF5E');

    /// <summary>
    /// A UTF-8 literal (<c>"..."u8</c>). UTF-8 cannot hold a lone surrogate, so those become U+FFFD first, exactly as
    /// <see cref="Encoding.UTF8"/> would encode them.
    /// </summary>
    public static string Utf8(string value) => AppendUtf8(new StringBuilder(value.Length + 16), value).ToString();

    /// <summary>Appends a UTF-8 literal: see <see cref="Utf8"/> and <see cref="AppendString"/>.</summary>
    public static StringBuilder AppendUtf8(StringBuilder builder, string value) => Append(builder, value, utf8: true).Append("u8");

    /// <summary>
    /// Appends <paramref name="value"/> in decimal digits, as the invariant culture writes it, without the string that
    /// netstandard2.0's <c>StringBuilder.Append(long)</c> formats first (and under the current culture).
    /// </summary>
    public static StringBuilder AppendNumber(StringBuilder builder, long value)
    {
        if (value < 0)
        {
            builder.Append('-');
        }

        var magnitude = value < 0 ? 0UL - (ulong)value : (ulong)value;
        var unit = 1UL;
        while (magnitude / unit >= 10)
        {
            unit *= 10;
        }

        for (; unit > 0; unit /= 10)
        {
            builder.Append((char)('0' + (magnitude / unit % 10)));
        }

        return builder;
    }

    /// <summary>The low <paramref name="digits"/> hex digits of <paramref name="value"/>, as <c>ToString("x16")</c> (or <c>"x8"</c> of an int) writes them, without its string.</summary>
    public static StringBuilder AppendHex(StringBuilder builder, long value, int digits)
    {
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            builder.Append("0123456789abcdef"[(int)((value >> shift) & 0xF)]);
        }

        return builder;
    }

    /// <summary>
    /// Text for a <c>///</c> comment: XML-escaped, every kind of line break and control character replaced by a space,
    /// so the comment can never end before its line does.
    /// </summary>
    public static string DocText(string value) => AppendDocText(new StringBuilder(value.Length), value).ToString();

    /// <summary>Appends <paramref name="value"/> as <see cref="DocText"/> makes it.</summary>
    public static StringBuilder AppendDocText(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    var category = CharUnicodeInfo.GetUnicodeCategory(c);
                    // U+FFFE and U+FFFF are not XML characters: CS1570 in a consumer that builds its documentation (found by fuzzing).
                    builder.Append(category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                        or UnicodeCategory.Surrogate or UnicodeCategory.Format || c is '\uFFFE' or '\uFFFF' ? ' ' : c);
                    break;
            }
        }

        return builder;
    }

    public static bool HasLoneSurrogate(string value) => !ReferenceEquals(ReplaceLoneSurrogates(value), value);

    private static string ReplaceLoneSurrogates(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var lone = (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
            if (lone)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }
}
