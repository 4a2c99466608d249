using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Diagnostics;

/// <summary>
/// Every post of one compilation and what the cross-post checks look up in it: declared tags, post names, files and
/// URLs, and the duplicates. Built once per compilation from the parsed <see cref="PostFacts"/>.
/// </summary>
internal sealed class SiteIndex
{
    private readonly Dictionary<string, PostFacts> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostFacts> _byRelativePath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PostFacts>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PostFacts>> _byPage = new(StringComparer.Ordinal);
    private readonly HashSet<string> _tagKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<PostFacts, List<Duplicate>> _duplicates = new();

    private SiteIndex(IReadOnlyList<PostFacts> posts, SiteOptions options)
    {
        Posts = posts;
        Options = options;
        Site = SiteAddress.Parse(options.SiteUrl);
        TagSpace = TagUrlSpace.Create(options.TagUrl, Site);
        PostShape = PostUrlPattern.Create(options.Permalink);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            _byPath[post.Path] = post;
            _byRelativePath[post.RelativePath] = post;
            Add(_byName, post.Name, post);
            if (post.Url.Length > 0)
            {
                Add(_byPage, SiteAddress.PageKey(post.Url), post);
            }

            // A post left out by its own errors still declares its tags: its tag pages exist once it is fixed.
            if (post.ExcludedBecause is null)
            {
                foreach (var tag in post.Tags)
                {
                    tags.Add(tag);
                    foreach (var key in TagKeys(tag))
                    {
                        _tagKeys.Add(key);
                    }
                }
            }
        }

        DeclaredTags = tags.ToArray();
        TagLimitPost = FirstPastLimit(posts, static p => p.Tags);
        CategoryLimitPost = FirstPastLimit(posts, static p => p.Categories);
        FindDuplicates(posts.Where(p => p.Included).ToArray());
    }

    /// <summary>Every post file, in ordinal order of the relative path.</summary>
    public IReadOnlyList<PostFacts> Posts { get; }

    public SiteOptions Options { get; }

    public SiteAddress Site { get; }

    public TagUrlSpace? TagSpace { get; }

    public PostUrlPattern? PostShape { get; }

    public IReadOnlyList<string> DeclaredTags { get; }

    /// <summary>The post, in path order, whose tags bring the generated site past <see cref="PostParser.MaxTermsPerSite"/> distinct tags.</summary>
    public PostFacts? TagLimitPost { get; }

    /// <summary>The same for categories.</summary>
    public PostFacts? CategoryLimitPost { get; }

    /// <summary>Counts what the generator counts: the names of the posts it generates.</summary>
    private static PostFacts? FirstPastLimit(IReadOnlyList<PostFacts> posts, Func<PostFacts, IEnumerable<string>> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            if (!post.Included)
            {
                continue;
            }

            foreach (var name in names(post))
            {
                if (seen.Add(name) && seen.Count > PostParser.MaxTermsPerSite)
                {
                    return post;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Parses every post, on as many cores as the machine has: the first post analyzed builds the index while the
    /// analyzer's other calls wait for it, so parsing on one thread left the compiler's other threads idle behind its
    /// lock. Each post's facts depend on its own text alone and the index sorts them by path, so the result is the
    /// same in any order.
    /// </summary>
    public static SiteIndex Build(AnalyzerOptions analyzerOptions, SiteOptions options, CancellationToken cancellationToken)
    {
        var provider = analyzerOptions.AnalyzerConfigOptionsProvider;
        var projectDirectory = OptionsReader.ProjectDirectory(provider.GlobalOptions);
        var files = analyzerOptions.AdditionalFiles;
        var facts = new PostFacts?[files.Length];
        ParallelLoop.For(files.Length, i => facts[i] = FactsOf(files[i], provider, projectDirectory, options, cancellationToken), cancellationToken);

        var posts = new List<PostFacts>(files.Length);
        foreach (var post in facts)
        {
            if (post is not null)
            {
                posts.Add(post);
            }
        }

        posts.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return new SiteIndex(posts, options);
    }

    /// <summary>The facts of one AdditionalFile, or null when the build did not mark it as a post.</summary>
    public static PostFacts? FactsOf(AdditionalText file, AnalyzerConfigOptionsProvider provider, string projectDirectory, SiteOptions options, CancellationToken cancellationToken)
    {
        if (!PostsGenerator.IsPostFile(file, provider, out var isDraft))
        {
            return null;
        }

        var relative = OptionsReader.RelativePath(file.Path, projectDirectory);
        return PostFacts.Get(file.Path, relative, isDraft, file.GetText(cancellationToken), options, cancellationToken);
    }

    public PostFacts? ByPath(string path) => _byPath.TryGetValue(path, out var post) ? post : null;

    public PostFacts? ByRelativePath(string relativePath) => _byRelativePath.TryGetValue(relativePath, out var post) ? post : null;

    public IReadOnlyList<PostFacts> ByName(string name) => _byName.TryGetValue(name, out var posts) ? posts : Array.Empty<PostFacts>();

    /// <summary>The posts served at a path from the site's root, compared as <see cref="SiteAddress.PageKey"/>.</summary>
    public IReadOnlyList<PostFacts> ByPage(string sitePath) => _byPage.TryGetValue(SiteAddress.PageKey(sitePath), out var posts) ? posts : Array.Empty<PostFacts>();

    public IEnumerable<string> Names => _byName.Keys.OrderBy(n => n, StringComparer.Ordinal);

    public IEnumerable<string> RelativePaths => _byRelativePath.Keys;

    public IReadOnlyList<Duplicate> DuplicatesOf(PostFacts post) => _duplicates.TryGetValue(post, out var list) ? list : Array.Empty<Duplicate>();

    /// <summary>Whether some post declares <paramref name="tag"/>, compared after case folding and as Jekyll slugs.</summary>
    public bool IsDeclared(string tag)
    {
        foreach (var key in TagKeys(tag))
        {
            if (_tagKeys.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Case-folded and Unicode-composed, so "C#", "c#" and a decomposed "é" compare equal.</summary>
    public static string Fold(string text)
    {
        var trimmed = text.Trim();
        try
        {
            return trimmed.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            // Normalize throws on a lone surrogate (found by fuzzing: a tag "\uD800" from an editor buffer): compare it as written.
            return trimmed.ToLowerInvariant();
        }
    }

    /// <summary>The tag itself and its slug: tag pages are named either way (<c>Machine Learning</c>, <c>machine-learning</c>).</summary>
    private static IEnumerable<string> TagKeys(string tag)
    {
        var folded = Fold(tag);
        yield return "=" + folded;
        var slug = Slugs.Slugify(folded, pretty: false, cased: false);
        if (slug.Length > 0)
        {
            yield return "~" + slug;
        }
    }

    private static void Add(Dictionary<string, List<PostFacts>> map, string key, PostFacts post)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<PostFacts>();
        }

        list.Add(post);
    }

    /// <summary>
    /// Posts that share a URL (one page overwrites the other), a slug (<c>Posts.BySlug</c> finds only one) or the name of
    /// their generated class (one gets a <c>_2</c>). Per post, a kind is reported only when it adds a post not already
    /// named by a stronger kind: two posts with the same slug usually share the class name too.
    /// </summary>
    private void FindDuplicates(IReadOnlyList<PostFacts> posts)
    {
        var kinds = new (string Kind, Func<PostFacts, string> Key, bool AtUrl)[]
        {
            ("URL", p => p.Url, true),
            ("slug", p => p.Slug, false),
            ("generated class name", p => "Posts." + Identifiers.From(p.Slug), false),
        };
        var named = new Dictionary<PostFacts, HashSet<PostFacts>>();
        foreach (var (kind, key, atUrl) in kinds)
        {
            foreach (var group in posts.GroupBy(key, StringComparer.Ordinal).Where(g => g.Key.Length > 0 && g.Count() > 1))
            {
                foreach (var post in group)
                {
                    if (!named.TryGetValue(post, out var already))
                    {
                        named[post] = already = new HashSet<PostFacts>();
                    }

                    var others = group.Where(o => o != post).ToArray();
                    if (others.All(already.Contains))
                    {
                        continue;
                    }

                    already.UnionWith(others);
                    if (!_duplicates.TryGetValue(post, out var list))
                    {
                        _duplicates[post] = list = new List<Duplicate>();
                    }

                    list.Add(new Duplicate(kind, group.Key, others.Select(o => o.RelativePath).ToArray(), atUrl));
                }
            }
        }
    }

    /// <summary>One kind of clash of a post with others: what they share, and the files that share it.</summary>
    internal sealed record Duplicate(string Kind, string Value, IReadOnlyList<string> Others, bool AtUrl);
}
