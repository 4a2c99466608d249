using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PostGenerator.Parsing;

namespace PostGenerator.Diagnostics;

/// <summary>
/// The shape of the site's post URLs, from the <c>PostPermalink</c> style: <c>date</c> gives
/// <c>/:categories/:year/:month/:day/:title.html</c>. A link of that shape that matches no post is a broken post link;
/// a link of any other shape (an image, an about page) is none of our business. Only styles with a date in them give a
/// shape: <c>/:title/</c> would make every page of the site look like a post.
/// </summary>
internal sealed class PostUrlPattern
{
    private static readonly Dictionary<string, string> Pieces = new(StringComparer.Ordinal)
    {
        ["year"] = @"[0-9]{4}",
        ["w_year"] = @"[0-9]{4}",
        ["month"] = @"[0-9]{2}",
        ["day"] = @"[0-9]{2}",
        ["hour"] = @"[0-9]{2}",
        ["minute"] = @"[0-9]{2}",
        ["second"] = @"[0-9]{2}",
        ["short_year"] = @"[0-9]{2}",
        ["week"] = @"[0-9]{2}",
        ["i_day"] = @"[0-9]{1,2}",
        ["i_month"] = @"[0-9]{1,2}",
        ["y_day"] = @"[0-9]{3}",
        ["w_day"] = @"[0-9]",
        ["short_month"] = "[A-Za-z]{3}",
        ["long_month"] = "[A-Za-z]+",
        ["short_day"] = "[A-Za-z]{3}",
        ["long_day"] = "[A-Za-z]+",
        ["title"] = "[^/?#]+",
        ["slug"] = "[^/?#]+",
        ["name"] = "[^/?#]+",
        ["categories"] = "[^/?#]+(?:/[^/?#]+)*",
        ["output_ext"] = @"\.html",
        ["collection"] = "posts",
    };

    private static readonly HashSet<string> DatePieces = new(StringComparer.Ordinal)
    {
        "year", "w_year", "month", "day", "short_year", "week", "i_day", "i_month", "y_day", "short_month", "long_month",
    };

    private readonly Regex _regex;

    private PostUrlPattern(Regex regex) => _regex = regex;

    /// <summary>
    /// Jekyll's own URL building (<see cref="Permalinks.Build"/>) fills the template with a marker per placeholder; the
    /// markers then become the pieces of the pattern. So placeholders, the ":title_" rule and the clean-up of slashes are
    /// read exactly as they are for real posts.
    /// </summary>
    public static PostUrlPattern? Create(string permalinkStyle)
    {
        var markers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in Pieces.Keys)
        {
            markers[name] = "zqj" + name.Replace("_", "") + "jqz";
        }

        var filled = Regex.Escape(Permalinks.Build(Permalinks.StyleTemplate(permalinkStyle), name => markers.TryGetValue(name, out var marker) ? marker : null));
        var hasDate = false;
        foreach (var piece in Pieces)
        {
            var marker = markers[piece.Key];
            if (filled.IndexOf(marker, StringComparison.Ordinal) < 0)
            {
                continue;
            }

            hasDate |= DatePieces.Contains(piece.Key);

            // Empty categories leave "//", which Jekyll squeezes to one '/'.
            filled = piece.Key == "categories"
                ? filled.Replace(marker + "/", "(?:" + piece.Value + "/)?").Replace(marker, "(?:" + piece.Value + ")?")
                : filled.Replace(marker, piece.Value);
        }

        return hasDate ? new PostUrlPattern(new Regex("\\A" + filled + "\\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))) : null;
    }

    /// <summary>Whether a path from the site's root has the shape of a post URL, in any form a static host serves.</summary>
    public bool Matches(string sitePath)
    {
        var path = SiteAddress.Split(sitePath).Path;
        var last = path.Substring(path.LastIndexOf('/') + 1);
        try
        {
            if (_regex.IsMatch(path))
            {
                return true;
            }

            // "/x/" and "/x" for "/x.html", and "/x.html" or "/x" for "/x/"; a file such as "/x.png" is what it says.
            return path.EndsWith("/", StringComparison.Ordinal)
                ? _regex.IsMatch(path.TrimEnd('/') + ".html") || _regex.IsMatch(path.TrimEnd('/'))
                : last.IndexOf('.') < 0 && (_regex.IsMatch(path + ".html") || _regex.IsMatch(path + "/"));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
