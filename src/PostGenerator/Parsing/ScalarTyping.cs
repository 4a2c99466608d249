using System;
using System.Globalization;
using System.Text.RegularExpressions;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>
/// Types plain YAML scalars the way Jekyll sees them: Ruby's Psych follows YAML 1.1, so <c>True</c>, <c>yes</c> and
/// <c>on</c> are booleans, <c>1_000</c> is an integer and <c>2023-10-28T06:02:22.000Z</c> is a timestamp.
/// YamlDotNet hands every scalar over as a string; this is the one place that decides what it is.
/// </summary>
internal static class ScalarTyping
{
    private static readonly Regex Integer = new(
        @"\A[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|0|[1-9][0-9_]*)\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex Float = new(
        @"\A(?:[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))\z",
        RegexOptions.CultureInvariant);

    /// <param name="dateReading">The node's text already read as a date (the post's <c>date:</c>), so that it is not read twice.</param>
    public static FrontMatterValue Type(YamlNode node, TimeZoneInfo timeZone, JekyllDate.Reading? dateReading = null)
    {
        switch (node.Kind)
        {
            case YamlNodeKind.Sequence:
            {
                var items = new FrontMatterValue[node.Items.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Type(node.Items[i], timeZone);
                }

                return new FrontMatterValue(FrontMatterKind.List, "", Items: new EquatableArray<FrontMatterValue>(items));
            }

            case YamlNodeKind.Mapping:
            {
                var entries = new FrontMatterEntry[node.Pairs.Count];
                for (var i = 0; i < entries.Length; i++)
                {
                    entries[i] = new FrontMatterEntry(KeyText(node.Pairs[i].Key), Type(node.Pairs[i].Value, timeZone));
                }

                return new FrontMatterValue(FrontMatterKind.Map, "", Entries: new EquatableArray<FrontMatterEntry>(entries));
            }

            default:
                return TypeScalar(node, timeZone, dateReading);
        }
    }

    /// <summary>A mapping key as text: scalars as written, collections (legal in YAML, rare) by their kind.</summary>
    public static string KeyText(YamlNode key) => key.Kind == YamlNodeKind.Scalar ? key.Value : key.Kind == YamlNodeKind.Sequence ? "[]" : "{}";

    private static FrontMatterValue TypeScalar(YamlNode node, TimeZoneInfo timeZone, JekyllDate.Reading? dateReading)
    {
        var text = node.Value;
        if (!node.IsPlain)
        {
            return FrontMatterValue.FromString(text);
        }

        if (text.Length == 0 || IsNullWord(text))
        {
            return FrontMatterValue.Null;
        }

        if (IsBool(text, out var boolean))
        {
            return new FrontMatterValue(FrontMatterKind.Bool, text, Bool: boolean);
        }

        if (Integer.IsMatch(text) && TryParseInteger(text, out var integer))
        {
            return new FrontMatterValue(FrontMatterKind.Long, text, Long: integer);
        }

        if (Float.IsMatch(text) && TryParseFloat(text, out var number))
        {
            return new FrontMatterValue(FrontMatterKind.Double, text, Double: number);
        }

        // The post's date comes read, and its parser has matched it against the timestamp-with-time form already.
        var isTimestamp = dateReading is { } known ? known.IsPlainYamlTime || JekyllDate.IsYamlDate(text) : JekyllDate.IsYamlTimestamp(text);
        if (isTimestamp && (dateReading ?? JekyllDate.Read(text)).TryResolve(timeZone, out var date))
        {
            return FrontMatterValue.FromDate(date);
        }

        return FrontMatterValue.FromString(text);
    }

    /// <summary>YAML 1.1's words for null; they mean null only in a plain scalar, quoted they are text.</summary>
    public static bool IsNullWord(string text) => text is "~" or "null" or "Null" or "NULL";

    public static bool IsBool(string text, out bool value)
    {
        // Every scalar comes through here (titles, authors too): a text longer than "false" or not starting with an
        // ASCII letter cannot be a boolean word, so skip the lower-casing, which goes to ICU for non-ASCII text and
        // was a visible cost of a cold run.
        if (text.Length > 5 || text.Length == 0 || text[0] > '\u007F')
        {
            value = false;
            return false;
        }

        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                value = true;
                return true;
            case "false" or "no" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static bool TryParseInteger(string text, out long value)
    {
        var negative = text[0] == '-';
        var digits = text.TrimStart('-', '+').Replace("_", "");
        var radix = 10;
        if (digits.StartsWith("0b", StringComparison.Ordinal))
        {
            radix = 2;
            digits = digits.Substring(2);
        }
        else if (digits.StartsWith("0x", StringComparison.Ordinal))
        {
            radix = 16;
            digits = digits.Substring(2);
        }
        else if (digits.StartsWith("0o", StringComparison.Ordinal))
        {
            radix = 8;
            digits = digits.Substring(2);
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            radix = 8;
        }

        value = 0;
        if (digits.Length == 0)
        {
            return false;
        }

        try
        {
            foreach (var c in digits)
            {
                var digit = c <= '9' ? c - '0' : (char.ToLowerInvariant(c) - 'a') + 10;
                value = checked((value * radix) + digit);
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static bool TryParseFloat(string text, out double value)
    {
        var lower = text.ToLowerInvariant();
        if (lower.EndsWith(".inf", StringComparison.Ordinal))
        {
            value = lower[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        if (lower == ".nan")
        {
            value = double.NaN;
            return true;
        }

        var cleaned = text.Replace("_", "");
        if (cleaned.IndexOfAny(new[] { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' }) < 0)
        {
            value = 0;
            return false;
        }

        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
