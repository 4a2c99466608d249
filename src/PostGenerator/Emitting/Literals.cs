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
    public static string String(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    public static string NullableString(string? value) => value is null ? "null" : String(value);

    /// <summary>
    /// A UTF-8 literal (<c>"..."u8</c>). UTF-8 cannot hold a lone surrogate, so those become U+FFFD first, exactly as
    /// <see cref="Encoding.UTF8"/> would encode them.
    /// </summary>
    public static string Utf8(string value) => String(ReplaceLoneSurrogates(value)) + "u8";

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Round-trippable double, with the special values spelled out.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "double.NegativeInfinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text + "d";
    }

    /// <summary>A <c>DateTimeOffset</c> rebuilt from its ticks and offset: exact, and independent of culture.</summary>
    public static string DateTimeOffset(long localTicks, int offsetMinutes) =>
        $"new global::System.DateTimeOffset({Long(localTicks)}, global::System.TimeSpan.FromMinutes({Int(offsetMinutes)}))";

    /// <summary>
    /// Text for a <c>///</c> comment: XML-escaped, every kind of line break and control character replaced by a space,
    /// so the comment can never end before its line does.
    /// </summary>
    public static string DocText(string value)
    {
        var builder = new StringBuilder(value.Length);
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

        return builder.ToString();
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
