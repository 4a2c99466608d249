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

    /// <summary>The placeholder values of one post, as Jekyll's <c>UrlDrop</c> gives them.</summary>
    public static Dictionary<string, string> Placeholders(
        string slug, string fileBaseName, IReadOnlyList<string> categories, DateTimeOffset date, string outputExtension)
    {
        var categoryPath = JoinDistinct(categories, c => c.ToLowerInvariant());
        var slugifiedPath = JoinDistinct(categories, c => Slugs.Slugify(c, pretty: false, cased: false));

        var invariant = CultureInfo.InvariantCulture;
        var dayOfYear = date.DayOfYear;
        var (week, weekYear) = IsoWeek(date.DateTime);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["year"] = date.Year.ToString("D4", invariant),
            ["month"] = date.Month.ToString("D2", invariant),
            ["day"] = date.Day.ToString("D2", invariant),
            ["hour"] = date.Hour.ToString("D2", invariant),
            ["minute"] = date.Minute.ToString("D2", invariant),
            ["second"] = date.Second.ToString("D2", invariant),
            ["i_day"] = date.Day.ToString(invariant),
            ["i_month"] = date.Month.ToString(invariant),
            ["short_year"] = (date.Year % 100).ToString("D2", invariant),
            ["y_day"] = dayOfYear.ToString("D3", invariant),
            ["short_month"] = invariant.DateTimeFormat.GetAbbreviatedMonthName(date.Month),
            ["long_month"] = invariant.DateTimeFormat.GetMonthName(date.Month),
            ["short_day"] = invariant.DateTimeFormat.GetAbbreviatedDayName(date.DayOfWeek),
            ["long_day"] = invariant.DateTimeFormat.GetDayName(date.DayOfWeek),
            ["week"] = week.ToString("D2", invariant),
            ["w_year"] = weekYear.ToString(invariant),
            ["w_day"] = (date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek).ToString(invariant),
            ["title"] = Slugs.Slugify(slug, pretty: true, cased: true),
            ["slug"] = Slugs.Slugify(slug, pretty: false, cased: false),
            ["name"] = Slugs.Slugify(fileBaseName, pretty: false, cased: false),
            ["categories"] = categoryPath,
            ["slugified_categories"] = slugifiedPath,
            ["output_ext"] = outputExtension,
            ["collection"] = "posts",
        };
    }

    /// <summary>Each category mapped, repeats (after mapping) dropped, joined with '/'.</summary>
    private static string JoinDistinct(IReadOnlyList<string> categories, Func<string, string> map)
    {
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
    public static string Build(string template, IReadOnlyDictionary<string, string> placeholders)
    {
        var builder = new StringBuilder(template.Length + 64);
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
                // Jekyll tries ":title_" and then ":title", keeping the '_' as text: the way to put text right after a placeholder.
                var chomped = name.EndsWith("_", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : null;
                var key = placeholders.ContainsKey(name) ? name : chomped is not null && placeholders.ContainsKey(chomped) ? chomped : null;
                if (key is not null)
                {
                    builder.Append(EscapePath(placeholders[key])).Append(name, key.Length, name.Length - key.Length);
                    i = end - 1;
                    continue;
                }
            }

            builder.Append(c);
        }

        return Sanitize(builder.ToString());
    }

    /// <summary><c>"/#{url}".gsub("..", "/").gsub("./", "").squeeze("/")</c>.</summary>
    private static string Sanitize(string url)
    {
        var text = ("/" + url).Replace("..", "/").Replace("./", "");
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '/' && builder.Length > 0 && builder[builder.Length - 1] == '/')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>Addressable::URI.encode_component(path, "a-zA-Z0-9\-._~!$&amp;'()*+,;=:@\/")</c> (which leaves '?' alone too): everything else is
    /// percent-encoded as UTF-8 with upper-case hex.
    /// </summary>
    public static string EscapePath(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?".IndexOf(c) >= 0))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static (int Week, int Year) IsoWeek(DateTime date)
    {
        var day = date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;
        var thursday = date.Date.AddDays(4 - day);
        return (((thursday.DayOfYear - 1) / 7) + 1, thursday.Year);
    }
}
