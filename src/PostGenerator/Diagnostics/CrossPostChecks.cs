using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Diagnostics;

/// <summary>
/// The checks of one post against the rest of the site: duplicates, tag links, <c>{% post_url %}</c> and links to
/// posts. Results are plain <see cref="PostDiagnostic"/>s at spans of the post's text, like the parser's.
/// </summary>
internal static class CrossPostChecks
{
    private static readonly Regex DatedFileName = new(@"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}-.+\z", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex Scheme = new(@"\A[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant);

    public static List<PostDiagnostic> Check(PostFacts post, SiteIndex site)
    {
        var result = new List<PostDiagnostic>();
        foreach (var duplicate in site.DuplicatesOf(post))
        {
            var anchor = duplicate.AtUrl ? post.UrlAnchor : post.SlugAnchor;
            var others = string.Join(", ", duplicate.Others.Select(o => "'" + o + "'"));
            result.Add(PostDiagnostic.Create(DiagnosticIds.DuplicatePost, anchor.Start, anchor.Length, duplicate.Kind, duplicate.Value, others));
        }

        foreach (var reference in post.PostUrls)
        {
            if (CheckPostUrl(reference.Name, site) is { } hint)
            {
                result.Add(PostDiagnostic.Create(DiagnosticIds.BrokenPostUrl, reference.Start, reference.Length, reference.Name, hint));
            }
        }

        foreach (var link in post.Links)
        {
            if (CheckLink(post, link, site) is { } diagnostic)
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }

    /// <summary>Null when the name resolves (or its post has errors of its own to report), else the message's hint.</summary>
    private static string? CheckPostUrl(string name, SiteIndex site)
    {
        var posts = site.ByName(name);
        if (posts.Any(p => p.Included || p.Dropped))
        {
            return null;
        }

        if (posts.Count > 0)
        {
            return LeftOut(posts[0]);
        }

        // Jekyll accepts "folder/name"; the generator looks up the name alone.
        var slash = name.LastIndexOf('/');
        if (slash >= 0 && site.ByName(name.Substring(slash + 1)).Count > 0)
        {
            return NearMatch.Hint(name.Substring(slash + 1));
        }

        return NearMatch.Hint(NearMatch.Find(name, site.Names, n => n));
    }

    private static PostDiagnostic? CheckLink(PostFacts post, SourceLink link, SiteIndex site)
    {
        var target = link.Target.Trim();
        if (IsFileLink(target))
        {
            return CheckFileLink(post, link, site);
        }

        if (site.Site.ToSitePath(target, post.Url) is not { } sitePath)
        {
            return null;
        }

        if (site.TagSpace is { } tags && tags.TryGetTag(sitePath, out var tag))
        {
            // A post whose front matter cannot be read may itself declare the tag: its own error is reported, not this.
            return site.IsDeclared(tag) || !post.TagsKnown
                ? null
                : PostDiagnostic.Create(DiagnosticIds.BrokenTagLink, link.Start, link.Length, tag, NearMatch.Hint(NearMatch.Find(tag, site.DeclaredTags, SiteIndex.Fold)));
        }

        if (site.PostShape is not { } shape || !shape.Matches(sitePath))
        {
            return null;
        }

        var posts = site.ByPage(sitePath);
        if (posts.Any(p => p.Included || p.Dropped))
        {
            return null;
        }

        var hint = posts.Count > 0 ? LeftOut(posts[0]) : SuggestUrl(sitePath, site);
        return PostDiagnostic.Create(DiagnosticIds.BrokenPostLink, link.Start, link.Length, link.Target, hint);
    }

    /// <summary>A relative link to a Markdown file that is a post: dated like one, or under <c>_posts</c>/<c>_drafts</c>.</summary>
    private static bool IsFileLink(string target)
    {
        if (target.Length == 0 || target[0] is '/' or '#' or '?' || target.StartsWith("{{", StringComparison.Ordinal) || Scheme.IsMatch(target))
        {
            return false;
        }

        var path = SiteAddress.Decode(SiteAddress.Split(target).Path);
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var segments = path.Split('/');
        return DatedFileName.IsMatch(segments[segments.Length - 1]) || segments.Any(s => s is "_posts" or "_drafts");
    }

    private static PostDiagnostic? CheckFileLink(PostFacts post, SourceLink link, SiteIndex site)
    {
        var directory = Directory(post.RelativePath);
        var resolved = Combine(directory, SiteAddress.Decode(SiteAddress.Split(link.Target.Trim()).Path));
        var found = resolved is null ? null : site.ByRelativePath(resolved);
        if (found is not null && (found.Included || found.Dropped))
        {
            return null;
        }

        string hint;
        if (found is not null)
        {
            hint = LeftOut(found);
        }
        else
        {
            var fileName = PostFileName.FileName(resolved ?? link.Target);
            var sameName = site.RelativePaths.Where(p => PostFileName.FileName(p) == fileName).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
            var suggestion = sameName ?? NearMatch.Find(resolved ?? link.Target, site.RelativePaths.OrderBy(p => p, StringComparer.Ordinal), p => p);
            hint = NearMatch.Hint(suggestion is null ? null : Relative(directory, suggestion));
        }

        return PostDiagnostic.Create(DiagnosticIds.BrokenPostLink, link.Start, link.Length, link.Target, hint);
    }

    /// <summary>
    /// A post at the same last segment, else the nearest URL. The same last segment under another path is most often
    /// a site whose permalink setting differs from <c>PostPermalink</c>: the hint says so.
    /// </summary>
    private static string SuggestUrl(string sitePath, SiteIndex site)
    {
        var key = SiteAddress.PageKey(sitePath);
        var last = key.Substring(key.LastIndexOf('/') + 1);
        var urls = site.Posts.Where(p => p.Included && p.Url.Length > 0).Select(p => p.Url).OrderBy(u => u, StringComparer.Ordinal).ToArray();
        foreach (var url in urls)
        {
            var other = SiteAddress.PageKey(url);
            if (other.Substring(other.LastIndexOf('/') + 1) == last)
            {
                return " (did you mean '" + url + "'? If that is the post, set PostPermalink to the site's permalink)";
            }
        }

        return NearMatch.Hint(NearMatch.Find(sitePath, urls, u => SiteAddress.PageKey(u)));
    }

    private static string LeftOut(PostFacts post) => " (the post it names is left out: " + post.ExcludedBecause + ")";

    private static string Directory(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath.Substring(0, slash);
    }

    /// <summary>A project-relative path from a folder and a relative link, or null when it climbs above the project.</summary>
    private static string? Combine(string directory, string relative)
    {
        var segments = new List<string>(directory.Length == 0 ? Array.Empty<string>() : directory.Split('/'));
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (segments.Count == 0 || segments[segments.Count - 1] == "..")
                {
                    segments.Add("..");
                }
                else
                {
                    segments.RemoveAt(segments.Count - 1);
                }

                continue;
            }

            segments.Add(part);
        }

        return segments.Count == 0 ? null : string.Join("/", segments);
    }

    /// <summary>The relative link from <paramref name="directory"/> to the project-relative <paramref name="path"/>.</summary>
    private static string Relative(string directory, string path)
    {
        var from = directory.Length == 0 ? Array.Empty<string>() : directory.Split('/');
        var to = path.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", from.Length - common).Concat(to.Skip(common));
        return string.Join("/", parts);
    }
}
