using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PostGenerator.Parsing;

/// <summary>What Jekyll reads from a post's path: the date and slug in its name, its folder categories.</summary>
internal readonly record struct PostFileName(string Name, string Slug, string Extension, int Year, int Month, int Day)
{
    // Jekyll's Document::DATE_FILENAME_MATCHER, applied to the file name.
    private static readonly Regex DateFileName = new(@"\A([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})-(.*)(\.[^.]+)\z", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public bool HasDate => Year > 0;

    /// <summary>An HTML post (<c>.html</c>, <c>.htm</c>): its body is HTML as it stands, not Markdown.</summary>
    public bool IsHtml => Extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || Extension.Equals(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without its extension: the name <c>{% post_url %}</c> uses, and Jekyll's <c>:basename</c>.</summary>
    public string BaseName => Extension.Length == 0 ? Name : Name.Substring(0, Name.Length - Extension.Length);

    public static PostFileName Parse(string relativePath)
    {
        var name = FileName(relativePath);
        var match = DateFileName.Match(name);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            // Year 0 is a date to Ruby, not to .NET (found by fuzzing: DaysInMonth threw): such a name has no date.
            if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                // Jekyll strips trailing dots from the slug ("2017-01-02-end..md" has the slug "end").
                return new PostFileName(name, match.Groups[4].Value.TrimEnd('.'), match.Groups[5].Value, year, month, day);
            }
        }

        var dot = name.LastIndexOf('.');
        return dot > 0
            ? new PostFileName(name, name.Substring(0, dot), name.Substring(dot), 0, 0, 0)
            : new PostFileName(name, name, "", 0, 0, 0);
    }

    public static string FileName(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.Substring(slash + 1);
    }

    /// <summary>
    /// Jekyll's categories from the path: the folders between the site root and <c>_posts</c>
    /// (<c>cat1/cat2/_posts/x.md</c> gives <c>cat1</c>, <c>cat2</c>).
    /// </summary>
    public static List<string> FolderCategories(string pathUnderContentRoot)
    {
        var result = new List<string>();
        var parts = pathUnderContentRoot.Split('/');
        foreach (var part in parts)
        {
            if (part is "_posts" or "_drafts")
            {
                return result;
            }

            // ".." leads out of the content root (a post added from elsewhere): no folder of the site, so no category.
            if (part.Length > 0 && part != "." && part != "..")
            {
                result.Add(part);
            }
        }

        return new List<string>();
    }
}
