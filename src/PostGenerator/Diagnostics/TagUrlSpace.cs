using System;

namespace PostGenerator.Diagnostics;

/// <summary>
/// The site's tag pages, from the <c>PostTagUrl</c> template (<c>/tags/{tag}/</c>, <c>/tag/{tag}.html</c>, or
/// <c>/tags/#{tag}</c> with the tag in the fragment). Reads the tag out of a path from the site's root, leniently about
/// what a static host serves the same (<c>/tags/x</c> for <c>/tags/x/</c>, <c>/tag/x</c> for <c>/tag/x.html</c>).
/// </summary>
internal sealed class TagUrlSpace
{
    private const string Placeholder = "{tag}";

    private static readonly string[] FileExtensions = { ".html", ".htm", ".xml", ".json", ".txt", ".rss", ".atom", ".php" };

    private readonly string _prefix;
    private readonly string _suffix;
    private readonly int _hash;

    private TagUrlSpace(string prefix, string suffix)
    {
        _prefix = prefix;
        _suffix = suffix;
        _hash = prefix.IndexOf('#');
    }

    /// <summary>Null when the template has no <c>{tag}</c> or does not lie on the site.</summary>
    public static TagUrlSpace? Create(string template, SiteAddress site)
    {
        var at = template.IndexOf(Placeholder, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var prefix = template.Substring(0, at).Trim();
        var suffix = template.Substring(at + Placeholder.Length).Trim();

        // A plain template is a path from the site's root; a Liquid or absolute one goes through the site's address.
        if (!prefix.StartsWith("/", StringComparison.Ordinal))
        {
            var onSite = prefix.IndexOf("{{", StringComparison.Ordinal) >= 0 || prefix.IndexOf("//", StringComparison.Ordinal) >= 0
                ? site.ToSitePath(prefix, pageUrl: null)
                : "/" + prefix;
            if (onSite is null)
            {
                return null;
            }

            prefix = onSite;
        }

        return new TagUrlSpace(SiteAddress.Decode(prefix), SiteAddress.Decode(suffix));
    }

    /// <summary>The decoded tag a path from the site's root names, if it is one of the tag pages.</summary>
    public bool TryGetTag(string sitePath, out string tag)
    {
        tag = "";
        var (path, _, fragment) = SiteAddress.Split(sitePath);
        if (_hash >= 0)
        {
            // /tags/#{tag}: the page is the tag index, the tag is the fragment.
            if (fragment is null
                || SiteAddress.PageKey(path) != SiteAddress.PageKey(_prefix.Substring(0, _hash))
                || !fragment.StartsWith(_prefix.Substring(_hash + 1), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            return TryTake(SiteAddress.Decode(fragment.Substring(_prefix.Length - _hash - 1)), allowSlash: true, out tag);
        }

        var decoded = SiteAddress.Decode(path);
        if (!decoded.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return TryTake(decoded.Substring(_prefix.Length), allowSlash: false, out tag);
    }

    private bool TryTake(string remainder, bool allowSlash, out string tag)
    {
        tag = "";
        foreach (var ending in Endings())
        {
            if (ending is null || !remainder.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var candidate = remainder.Substring(0, remainder.Length - ending.Length);
            if (candidate.Trim().Length == 0 || (!allowSlash && candidate.IndexOf('/') >= 0))
            {
                continue;
            }

            // "/tags/feed.xml" is a file beside the tag pages, not the page of a tag "feed.xml".
            if (ending.Length == 0 && _suffix.Length > 0 && HasFileExtension(candidate))
            {
                continue;
            }

            tag = candidate;
            return true;
        }

        return false;
    }

    /// <summary>The suffix as written first, then the forms a static host serves for it.</summary>
    private string?[] Endings() => new[]
    {
        _suffix,
        _suffix.EndsWith("/", StringComparison.Ordinal) ? _suffix + "index.html" : null,
        _suffix.EndsWith("/", StringComparison.Ordinal) ? _suffix.TrimEnd('/') : null,
        _suffix.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? _suffix.Substring(0, _suffix.Length - 5) : null,
    };

    private static bool HasFileExtension(string text)
    {
        foreach (var extension in FileExtensions)
        {
            if (text.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
