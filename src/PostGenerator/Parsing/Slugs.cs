using System.Globalization;
using System.Text;

namespace PostGenerator.Parsing;

/// <summary>Jekyll's <c>Utils.slugify</c> and <c>Utils.titleize_slug</c>.</summary>
internal static class Slugs
{
    /// <summary>
    /// <c>slugify(text, mode: "pretty", cased: true)</c> (the <c>:title</c> placeholder) when <paramref name="pretty"/>,
    /// else <c>slugify(text)</c> (the <c>:slug</c> placeholder): runs of other characters become one '-', no '-' at either end.
    /// </summary>
    public static string Slugify(string text, bool pretty, bool cased)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var keep = IsKept(text, i, pretty);
            if (keep)
            {
                if (pendingHyphen)
                {
                    builder.Append('-');
                    pendingHyphen = false;
                }

                builder.Append(c);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length)
                {
                    builder.Append(text[++i]);
                }
            }
            else
            {
                pendingHyphen = true;
                if (char.IsHighSurrogate(c) && i + 1 < text.Length)
                {
                    i++;
                }
            }
        }

        if (pendingHyphen)
        {
            builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>Ruby's <c>[\p{M}\p{L}\p{Nd}]</c>, plus <c>._~!$&amp;'()+,;=@</c> in pretty mode.</summary>
    private static bool IsKept(string text, int index, bool pretty)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
        switch (category)
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
        }

        return pretty && "._~!$&'()+,;=@".IndexOf(text[index]) >= 0;
    }

    /// <summary>Jekyll's title for a post without one: <c>hello-big-world</c> becomes <c>Hello Big World</c> (Ruby's capitalize lowers the rest).</summary>
    public static string Titleize(string slug)
    {
        var words = slug.Split('-');
        var count = words.Length;
        // Ruby's split drops trailing empty fields: "double--hyphen-" is ["double", "", "hyphen"].
        while (count > 0 && words[count - 1].Length == 0)
        {
            count--;
        }

        var builder = new StringBuilder(slug.Length);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var word = words[i];
            if (word.Length > 0)
            {
                builder.Append(word.Substring(0, 1).ToUpperInvariant()).Append(word.Substring(1).ToLowerInvariant());
            }
        }

        return builder.ToString();
    }
}
