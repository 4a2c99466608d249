using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PostGenerator.Diagnostics;

/// <summary>
/// The site's own address (<c>PostSiteUrl</c>), and the one question the link checks ask of it: where inside the site
/// does a link go? Every answer is a path from the site's root (its base path removed), query and fragment kept, or
/// null for a link that leaves the site.
/// </summary>
internal sealed class SiteAddress
{
    // Jekyll's {{ site.url }} (scheme and host) and {{ site.baseurl }} (the base path), in either order, any spacing.
    private static readonly Regex LiquidPrefix = new(
        @"\A(?:\{\{[\s_]*site\.(?<v>baseurl|url)[\s_]*\}\})+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Scheme = new(@"\A[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant);

    private readonly string? _host;
    private readonly string _port;

    private SiteAddress(string? host, string port, string basePath)
    {
        _host = host;
        _port = port;
        BasePath = basePath;
    }

    /// <summary>The site's path below its host, without a trailing '/': "" or "/gb".</summary>
    public string BasePath { get; }

    /// <summary>An absolute <c>https://host/path</c>, a bare base path <c>/blog</c>, or nothing.</summary>
    public static SiteAddress Parse(string siteUrl)
    {
        var url = siteUrl.Trim();
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            url = "https:" + url;
        }

        if (TrySplitAbsolute(url, out var host, out var port, out var rest))
        {
            return new SiteAddress(host, port, TrimSlash(PathOnly(rest)));
        }

        return new SiteAddress(null, "", url.StartsWith("/", StringComparison.Ordinal) ? TrimSlash(PathOnly(url)) : "");
    }

    /// <summary>
    /// The path from the site's root that <paramref name="target"/> goes to, or null when it goes elsewhere (another
    /// host, another scheme, outside the base path, the same page). Relative targets are resolved against
    /// <paramref name="pageUrl"/>, the URL of the post that holds the link, when it is known.
    /// </summary>
    public string? ToSitePath(string target, string? pageUrl)
    {
        var t = target.Trim();
        if (t.Length == 0 || t[0] is '#' or '?')
        {
            return null;
        }

        var liquid = LiquidPrefix.Match(t);
        if (liquid.Success)
        {
            var rest = Rooted(t.Substring(liquid.Length));
            var hadBase = false;
            foreach (Capture capture in liquid.Groups["v"].Captures)
            {
                hadBase |= capture.Value.Equals("baseurl", StringComparison.OrdinalIgnoreCase);
            }

            return !hadBase && StripBase(rest) is { } below ? below : rest;
        }

        if (t.StartsWith("//", StringComparison.Ordinal))
        {
            t = "https:" + t;
        }

        if (Scheme.IsMatch(t))
        {
            if (_host is null || !TrySplitAbsolute(t, out var host, out var port, out var rest)
                || !host.Equals(_host, StringComparison.OrdinalIgnoreCase) || port != _port)
            {
                return null;
            }

            return StripBase(Rooted(rest));
        }

        if (t[0] == '/')
        {
            return StripBase(t);
        }

        return string.IsNullOrEmpty(pageUrl) ? null : Resolve(pageUrl!, t);
    }

    /// <summary>Splits a path from the site's root into its path, query (without '?') and fragment (without '#').</summary>
    public static (string Path, string? Query, string? Fragment) Split(string sitePath)
    {
        string? fragment = null;
        string? query = null;
        var hash = sitePath.IndexOf('#');
        if (hash >= 0)
        {
            fragment = sitePath.Substring(hash + 1);
            sitePath = sitePath.Substring(0, hash);
        }

        var question = sitePath.IndexOf('?');
        if (question >= 0)
        {
            query = sitePath.Substring(question + 1);
            sitePath = sitePath.Substring(0, question);
        }

        return (sitePath, query, fragment);
    }

    /// <summary>Percent-decoding as UTF-8; sequences that are not UTF-8 stay as written.</summary>
    public static string Decode(string text) => text.IndexOf('%') < 0 ? text : Uri.UnescapeDataString(text);

    /// <summary>
    /// A path reduced to what a static host serves: decoded, without query or fragment, and with <c>/index.html</c>,
    /// <c>.html</c> and a trailing '/' removed, so <c>/a/</c>, <c>/a/index.html</c>, <c>/a.html</c> and <c>/a</c> agree.
    /// </summary>
    public static string PageKey(string sitePath)
    {
        var path = Decode(Split(sitePath).Path);
        if (path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase))
        {
            path = path.Substring(0, path.Length - "index.html".Length);
        }
        else if (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            path = path.Substring(0, path.Length - ".html".Length);
        }

        path = path.TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    private string? StripBase(string path)
    {
        if (BasePath.Length == 0)
        {
            return path;
        }

        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        if (path.Length == BasePath.Length)
        {
            return "/";
        }

        return path[BasePath.Length] switch
        {
            '/' => path.Substring(BasePath.Length),
            '?' or '#' => "/" + path.Substring(BasePath.Length),
            _ => null,
        };
    }

    /// <summary>RFC 3986 reference resolution of a relative path against a page's URL, dot segments removed.</summary>
    private static string Resolve(string pageUrl, string relative)
    {
        var (relativePath, query, fragment) = Split(relative);
        var directory = Split(pageUrl).Path;
        directory = directory.Substring(0, directory.LastIndexOf('/') + 1);
        var segments = new List<string>();
        var parts = (directory + relativePath).Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var last = i == parts.Length - 1;
            if (part == ".")
            {
                if (last)
                {
                    segments.Add("");
                }
            }
            else if (part == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                if (last)
                {
                    segments.Add("");
                }
            }
            else if (part.Length > 0 || i == 0 || last)
            {
                segments.Add(part);
            }
        }

        var path = Rooted(string.Join("/", segments));
        return path + (query is null ? "" : "?" + query) + (fragment is null ? "" : "#" + fragment);
    }

    private static bool TrySplitAbsolute(string url, out string host, out string port, out string rest)
    {
        host = "";
        port = "";
        rest = "";
        var colon = url.IndexOf("://", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var scheme = url.Substring(0, colon);
        if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var authorityStart = colon + 3;
        var authorityEnd = url.IndexOfAny(new[] { '/', '?', '#' }, authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var authority = url.Substring(authorityStart, authorityEnd - authorityStart);
        authority = authority.Substring(authority.LastIndexOf('@') + 1);
        var portColon = authority.LastIndexOf(':');
        if (portColon >= 0 && authority.IndexOf(']', portColon) < 0)
        {
            port = authority.Substring(portColon + 1);
            authority = authority.Substring(0, portColon);
        }

        // http and https are the same site (mirrors and old links mix them); the default ports say nothing.
        if (port is "80" or "443")
        {
            port = "";
        }

        host = authority.TrimEnd('.');
        rest = url.Substring(authorityEnd);
        return host.Length > 0;
    }

    private static string PathOnly(string url) => Split(url).Path;

    private static string TrimSlash(string path) => path.TrimEnd('/');

    private static string Rooted(string path) => path.StartsWith("/", StringComparison.Ordinal) ? path : "/" + path;
}
