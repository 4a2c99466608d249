using System;
using System.Collections.Generic;
using System.Linq;
using PostGenerator.Model;

namespace PostGenerator.Emitting;

/// <summary>
/// The indexes: <c>Posts</c> (a nested class per post with its metadata as constants, <c>All</c>, <c>BySlug</c>),
/// and <c>Tags</c> and <c>Categories</c> (a constant per name, <c>All</c>, the posts of each).
/// </summary>
internal static class IndexEmitter
{
    public const string PostsHintName = "Posts.g.cs";

    /// <summary>Names a nested post class cannot take: its own members, and the members of <c>Posts</c>.</summary>
    private static readonly string[] ReservedPostNames =
    {
        "Posts", "All", "BySlug", "Count", "Slug", "Title", "Date", "Author", "Layout", "Url", "SourcePath", "Post", "HtmlUtf8",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private static readonly string[] ReservedTermNames =
    {
        "All", "PostsOf", "ByName", "Tags", "Categories", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Newest first, ties by path; identifiers handed out in path order so adding a post never renames an older one's twin.</summary>
    public static PostsIndex BuildPostsIndex(string ns, IReadOnlyList<PostSummary> posts)
    {
        var byPath = posts.OrderBy(p => p.RelativePath, StringComparer.Ordinal).ToArray();
        var names = Identifiers.Unique(byPath.Select(p => p.Slug).ToArray(), ReservedPostNames);
        var entries = byPath.Select((p, i) => new IndexEntry(names[i], p))
            .OrderByDescending(e => e.Summary.DateTicks)
            .ThenBy(e => e.Summary.RelativePath, StringComparer.Ordinal);
        return new PostsIndex(ns, entries.ToEquatableArray());
    }

    public static TermIndex BuildTermIndex(string ns, string className, IEnumerable<string> terms)
    {
        var sorted = terms.Distinct(StringComparer.Ordinal).OrderBy(t => t, StringComparer.Ordinal).ToArray();
        if (sorted.Length > Parsing.PostParser.MaxTermsPerSite)
        {
            return new TermIndex(ns, className, EquatableArray<TermEntry>.Empty, Overflow: true);
        }

        var names = Identifiers.Unique(sorted, ReservedTermNames);
        return new TermIndex(ns, className, sorted.Select((t, i) => new TermEntry(names[i], t)).ToEquatableArray());
    }

    /// <summary>
    /// <c>Posts</c> as the user's code sees it, in the IDE too: every member with its constant values. <c>Post</c> and
    /// <c>HtmlUtf8</c> read the post's place in <c>All</c>, whose items come from the implementation-only
    /// <see cref="EmitPostsData"/>, so nothing here names a per-post data class and this file compiles without them.
    /// </summary>
    public static string EmitPosts(PostsIndex index)
    {
        var ns = index.Namespace;
        var post = $"global::{ns}.Post";
        var w = new SourceWriter(1024 + (index.Entries.Count * 1400)).FileHeader();
        w.OpenBlock($"namespace {ns}");
        w.WriteLine("/// <summary>Every post of the site, read and rendered at compile time.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.OpenBlock("public static partial class Posts");
        for (var i = 0; i < index.Entries.Count; i++)
        {
            var entry = index.Entries[i];
            var s = entry.Summary;
            var at = Literals.Int(i);
            w.WriteLine($"/// <summary>{Literals.DocText(s.Title)}</summary>");
            w.OpenBlock($"public static class {entry.Identifier}");
            w.WriteLine("/// <summary>The slug.</summary>");
            w.WriteLine($"public const string Slug = {Literals.String(s.Slug)};");
            w.WriteLine("/// <summary>The title.</summary>");
            w.WriteLine($"public const string Title = {Literals.String(s.Title)};");
            w.WriteLine("/// <summary>The URL, usable in attributes such as <c>[Route]</c>.</summary>");
            w.WriteLine($"public const string Url = {Literals.String(s.Url)};");
            w.WriteLine("/// <summary>The author, when the front matter gives one.</summary>");
            w.WriteLine($"public const string? Author = {Literals.NullableString(s.Author)};");
            w.WriteLine("/// <summary>The layout, when the front matter gives one.</summary>");
            w.WriteLine($"public const string? Layout = {Literals.NullableString(s.Layout)};");
            w.WriteLine("/// <summary>The post file, relative to the project.</summary>");
            w.WriteLine($"public const string SourcePath = {Literals.String(s.RelativePath)};");
            w.WriteLine("/// <summary>The date.</summary>");
            w.WriteLine($"public static readonly global::System.DateTimeOffset Date = {Literals.DateTimeOffset(s.DateTicks + (s.OffsetMinutes * TimeSpan.TicksPerMinute), s.OffsetMinutes)};");
            w.WriteLine("/// <summary>The post.</summary>");
            w.WriteLine($"public static {post} Post => s_all[{at}];");
            w.WriteLine("/// <summary>The pre-rendered HTML as UTF-8.</summary>");
            w.WriteLine($"public static global::System.ReadOnlySpan<byte> HtmlUtf8 => s_all[{at}].HtmlUtf8;");
            w.CloseBlock();
            w.WriteLine();
        }

        // Field initializers run in the order written: s_all before All.
        w.WriteLine($"private static readonly {post}[] s_all = CreateAll();");
        w.WriteLine();
        w.WriteLine($"private static global::System.Collections.Generic.Dictionary<string, {post}>? s_bySlug;");
        w.WriteLine();
        w.WriteLine("/// <summary>Every post, newest first (ties in path order).</summary>");
        w.WriteLine($"public static global::System.Collections.Generic.IReadOnlyList<{post}> All {{ get; }} = global::System.Array.AsReadOnly(s_all);");
        w.WriteLine();
        w.WriteLine("/// <summary>The post with this slug (the newest, when several share it), or null.</summary>");
        w.OpenBlock($"public static {post}? BySlug(string slug)");
        w.OpenBlock("if (s_bySlug is null)");
        w.WriteLine($"var map = new global::System.Collections.Generic.Dictionary<string, {post}>(All.Count, global::System.StringComparer.Ordinal);");
        w.OpenBlock("foreach (var post in All)");
        w.OpenBlock("if (!map.ContainsKey(post.Slug))");
        w.WriteLine("map.Add(post.Slug, post);");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine("s_bySlug = map;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return s_bySlug.TryGetValue(slug, out var found) ? found : null;");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock($"private static {post}[] CreateAll()");
        w.WriteLine($"{post}[] all = global::System.Array.Empty<{post}>();");
        w.WriteLine("FillAll(ref all);");
        w.WriteLine("return all;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Supplied by <c>" + PostsDataHintName + "</c>, an implementation-only output: the IDE never builds the posts.</summary>");
        w.WriteLine($"static partial void FillAll(ref {post}[] all);");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    public const string PostsDataHintName = "Posts.All.g.cs";

    /// <summary>The order of <c>Posts.All</c> by data class: unchanged by a title or body edit, so this file stays cached.</summary>
    public static PostsData BuildPostsData(PostsIndex index) =>
        new(index.Namespace, index.Entries.Select(e => e.Summary.DataClass).ToEquatableArray());

    /// <summary>The items of <c>Posts.All</c>, newest first: each post's instance from its own implementation-only file.</summary>
    public static string EmitPostsData(PostsData data)
    {
        var ns = data.Namespace;
        var source = $"global::{ns}.{SupportTypesEmitter.DataClass}";
        var w = new SourceWriter(512 + (data.DataClasses.Count * (source.Length + 32))).FileHeader();
        w.OpenBlock($"namespace {ns}");
        w.OpenBlock("partial class Posts");
        w.WriteLine($"static partial void FillAll(ref global::{ns}.Post[] all) => all = new global::{ns}.Post[]");
        w.WriteLine("{");
        w.Indentation++;
        foreach (var dataClass in data.DataClasses)
        {
            w.WriteLine($"{source}.{dataClass}.Post,");
        }

        w.Indentation--;
        w.WriteLine("};");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>Past the site-wide bound, <c>All</c> costs the build nothing: it is gathered from <c>ByName</c> when first read.</summary>
    private static void EmitAllOnFirstUse(SourceWriter w)
    {
        w.OpenBlock("public static global::System.Collections.Generic.IReadOnlyList<string> All");
        w.OpenBlock("get");
        w.OpenBlock("if (s_all is null)");
        w.WriteLine("var names = new global::System.Collections.Generic.List<string>(ByName.Keys);");
        w.WriteLine("names.Sort(global::System.StringComparer.Ordinal);");
        w.WriteLine("s_all = names.AsReadOnly();");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return s_all;");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("private static global::System.Collections.Generic.IReadOnlyList<string>? s_all;");
    }

    /// <summary><c>Tags</c> or <c>Categories</c>: the posts of each name are gathered from <c>Posts.All</c> on first use.</summary>
    public static string EmitTerms(TermIndex index, string postProperty)
    {
        var ns = index.Namespace;
        var post = $"global::{ns}.Post";
        var list = $"global::System.Collections.Generic.IReadOnlyList<{post}>";
        var w = new SourceWriter(1024 + (index.Terms.Count * 120)).FileHeader();
        w.OpenBlock($"namespace {ns}");
        w.WriteLine($"/// <summary>The {postProperty.ToLowerInvariant()} of the site's posts, each with its posts.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.OpenBlock($"public static class {index.ClassName}");
        foreach (var term in index.Terms)
        {
            w.WriteLine($"/// <summary>{Literals.DocText(term.Name)}</summary>");
            w.WriteLine($"public const string {term.Identifier} = {Literals.String(term.Name)};");
        }

        w.WriteLine();
        w.WriteLine($"private static global::System.Collections.Generic.Dictionary<string, {list}>? s_byName;");
        w.WriteLine();
        w.WriteLine("/// <summary>Every name, in ordinal order.</summary>");
        if (index.Overflow)
        {
            EmitAllOnFirstUse(w);
        }
        else
        {
            w.StartLine("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = global::System.Array.AsReadOnly(new string[] { ");
            w.Append(string.Join(", ", index.Terms.Select(t => t.Identifier))).EndLine(" });");
        }

        w.WriteLine();
        w.WriteLine("/// <summary>Each name with its posts, newest first.</summary>");
        w.OpenBlock($"public static global::System.Collections.Generic.IReadOnlyDictionary<string, {list}> ByName");
        w.OpenBlock("get");
        w.OpenBlock("if (s_byName is null)");
        w.WriteLine($"var lists = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.List<{post}>>(global::System.StringComparer.Ordinal);");
        w.OpenBlock($"foreach (var post in global::{ns}.Posts.All)");
        w.OpenBlock($"foreach (var name in post.{postProperty})");
        w.OpenBlock("if (!lists.TryGetValue(name, out var posts))");
        w.WriteLine($"posts = new global::System.Collections.Generic.List<{post}>();");
        w.WriteLine("lists.Add(name, posts);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("posts.Add(post);");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine($"var map = new global::System.Collections.Generic.Dictionary<string, {list}>(lists.Count, global::System.StringComparer.Ordinal);");
        w.OpenBlock("foreach (var pair in lists)");
        w.WriteLine("map.Add(pair.Key, pair.Value.AsReadOnly());");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("s_byName = map;");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("return s_byName;");
        w.CloseBlock();
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>The posts with this name, newest first; empty when there are none.</summary>");
        w.WriteLine($"public static {list} PostsOf(string name) => ByName.TryGetValue(name, out var posts) ? posts : global::System.Array.Empty<{post}>();");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }
}
