using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PostGenerator.Parsing;

/// <summary>Jekyll's <c>Jekyll::URL</c> for posts: permalink styles, <c>:placeholders</c>, escaping and clean-up.</summary>
internal static class Permalinks
{
    public static string StyleTemplate(string style) => style switch
    {
        "date" or "" => "/:categories/:year/:month/:day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none" => "/:categories/:title:output_ext",
        _ => style,
    };

    /// <summary>
    /// The placeholder values of one post, as Jekyll's <c>UrlDrop</c> gives them, by name (null for a name that is none).
    /// Each is made when a template asks for it: a template uses a handful of the two dozen.
    /// </summary>
    public static Func<string, string?> Placeholders(
        string slug, string fileBaseName, IReadOnlyList<string> categories, DateTimeOffset date, string outputExtension) =>
        name => Placeholder(name, slug, fileBaseName, categories, date, outputExtension);

    private static string? Placeholder(
        string name, string slug, string fileBaseName, IReadOnlyList<string> categories, DateTimeOffset date, string outputExtension)
    {
        var invariant = CultureInfo.InvariantCulture;
        return name switch
        {
            "year" => date.Year.ToString("D4", invariant),
            "month" => date.Month.ToString("D2", invariant),
            "day" => date.Day.ToString("D2", invariant),
            "hour" => date.Hour.ToString("D2", invariant),
            "minute" => date.Minute.ToString("D2", invariant),
            "second" => date.Second.ToString("D2", invariant),
            "i_day" => date.Day.ToString(invariant),
            "i_month" => date.Month.ToString(invariant),
            "short_year" => (date.Year % 100).ToString("D2", invariant),
            "y_day" => date.DayOfYear.ToString("D3", invariant),
            "short_month" => invariant.DateTimeFormat.GetAbbreviatedMonthName(date.Month),
            "long_month" => invariant.DateTimeFormat.GetMonthName(date.Month),
            "short_day" => invariant.DateTimeFormat.GetAbbreviatedDayName(date.DayOfWeek),
            "long_day" => invariant.DateTimeFormat.GetDayName(date.DayOfWeek),
            "week" => IsoWeek(date.DateTime).Week.ToString("D2", invariant),
            "w_year" => IsoWeek(date.DateTime).Year.ToString(invariant),
            "w_day" => (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(invariant),
            "title" => Slugs.Slugify(slug, pretty: true, cased: true),
            "slug" => Slugs.Slugify(slug, pretty: false, cased: false),
            "name" => Slugs.Slugify(fileBaseName, pretty: false, cased: false),
            "categories" => JoinDistinct(categories, c => c.ToLowerInvariant()),
            "slugified_categories" => JoinDistinct(categories, c => Slugs.Slugify(c, pretty: false, cased: false)),
            "output_ext" => outputExtension,
            "collection" => "posts",
            _ => null,
        };
    }

    /// <summary>Each category mapped, repeats (after mapping) dropped, joined with '/'.</summary>
    private static string JoinDistinct(IReadOnlyList<string> categories, Func<string, string> map)
    {
        // One category, the common case, needs neither the set nor the builder.
        if (categories.Count == 1)
        {
            return map(categories[0]);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = new StringBuilder();
        foreach (var category in categories)
        {
            var mapped = map(category);
            if (mapped.Length > 0 && seen.Add(mapped))
            {
                builder.Append(builder.Length == 0 ? "" : "/").Append(mapped);
            }
        }

        return builder.ToString();
    }

    /// <summary>Fills <paramref name="template"/> the way <c>URL#generate_url_from_drop</c> and <c>sanitize_url</c> do.</summary>
    /// <param name="placeholder">A placeholder's value by name, null for a name that is none (see <see cref="Placeholders"/>).</param>
    public static string Build(string template, Func<string, string?> placeholder)
    {
        // Starts with the '/' that sanitize_url puts in front.
        var builder = new StringBuilder(template.Length + 64).Append('/');
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == ':')
            {
                var end = i + 1;
                while (end < template.Length && (template[end] is (>= 'a' and <= 'z') or '_'))
                {
                    end++;
                }

                var name = template.Substring(i + 1, end - i - 1);
                var used = name.Length;
                var value = placeholder(name);
                // Jekyll tries ":title_" and then ":title", keeping the '_' as text: the way to put text right after a placeholder.
                if (value is null && name.EndsWith("_", StringComparison.Ordinal))
                {
                    used--;
                    value = placeholder(name.Substring(0, used));
                }

                if (value is not null)
                {
                    AppendEscaped(builder, value);
                    builder.Append(name, used, name.Length - used);
                    i = end - 1;
                    continue;
                }
            }

            builder.Append(c);
        }

        return Sanitize(builder);
    }

    /// <summary><c>"/#{url}".gsub("..", "/").gsub("./", "").squeeze("/")</c>, in place: <paramref name="url"/> already starts with the '/'.</summary>
    private static string Sanitize(StringBuilder url)
    {
        url.Replace("..", "/").Replace("./", "");
        var length = 0;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c != '/' || length == 0 || url[length - 1] != '/')
            {
                url[length++] = c;
            }
        }

        url.Length = length;
        return url.ToString();
    }

    /// <summary>
    /// <c>Addressable::URI.encode_component(path, "a-zA-Z0-9\-._~!$&amp;'()*+,;=:@\/")</c> (which leaves '?' alone too): everything else is
    /// percent-encoded as UTF-8 with upper-case hex.
    /// </summary>
    private static void AppendEscaped(StringBuilder builder, string value)
    {
        const string hex = "0123456789ABCDEF";
        byte[]? utf8 = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80 && (char.IsLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".IndexOf(c) >= 0))
            {
                builder.Append(c);
                continue;
            }

            // One character's bytes at a time (a surrogate pair is one character): a lone surrogate becomes U+FFFD's
            // bytes, as it does when Encoding.UTF8 encodes the whole text.
            var chars = char.IsSurrogatePair(value, i) ? 2 : 1;
            var count = Encoding.UTF8.GetBytes(value, i, chars, utf8 ??= new byte[4], 0);
            for (var b = 0; b < count; b++)
            {
                builder.Append('%').Append(hex[utf8[b] >> 4]).Append(hex[utf8[b] & 0xF]);
            }

            i += chars - 1;
        }
    }

    private static (int Week, int Year) IsoWeek(DateTime date)
    {
        var day = date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
        var thursday = date.Date.AddDays(4 - day);
        return (((thursday.DayOfYear - 1) / 7) + 1, thursday.Year);
    }
}
