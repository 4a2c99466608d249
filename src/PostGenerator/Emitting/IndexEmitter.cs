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
        "Posts", "All", "BySlug", "ByUrl", "Find", "ReadKeys", "Create", "FillKeys", "PostList", "ForgetBuilt", "Title", "Url", "Post",
        "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private static readonly string[] ReservedTermNames =
    {
        "All", "PostsOf", "ByName", "ReadPlaces", "FillPlaces", "ForgetBuilt", "Tags", "Categories", "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
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
    /// <c>Posts</c> as the user's code sees it, in the IDE too, and nothing more: the design-time output is what an editor
    /// holds for every post, so each post's class is kept to the two constants worth having as constants (<c>Title</c>,
    /// and <c>Url</c> for <c>[Route]</c>) and its <c>Post</c>; everything else is on the <c>Post</c>. <c>All</c> builds
    /// a post the first time it is read, through <c>Create</c>, and <c>BySlug</c>/<c>ByUrl</c> read their keys from
    /// data (<c>FillKeys</c>): both hooks are supplied by the implementation-only <see cref="EmitPostsData"/>, so this
    /// file compiles without them and a first request builds one post, not the site.
    /// </summary>
    public static string EmitPosts(PostsIndex index)
    {
        var ns = index.Namespace;
        var post = $"global::{ns}.Post";
        var list = $"global::System.Collections.Generic.IReadOnlyList<{post}>";
        var w = new SourceWriter(4096 + (index.Entries.Count * 400)).FileHeader();
        w.WriteLine($"namespace {ns};");
        w.WriteLine();
        w.WriteLine("/// <summary>Every post of the site, read and rendered at compile time.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.OpenBlock("public static partial class Posts");
        // A class per post, on one line and without doc comments: indentation, line breaks and comments would be a
        // tenth of the bytes or more, and a constant shows its value. `Post` is the namespace's own type: no post's
        // class is named Post (ReservedPostNames), and a type of the namespace is found before any using's.
        w.WriteLine("#pragma warning disable CS1591");
        for (var i = 0; i < index.Entries.Count; i++)
        {
            var entry = index.Entries[i];
            var s = entry.Summary;
            w.StartLine("public static class ").Append(entry.Identifier)
                .Append(" { public const string Title = ").AppendLiteral(s.Title)
                .Append("; public const string Url = ").AppendLiteral(s.Url)
                .Append("; public static Post Post => s_all[").AppendNumber(i).EndLine("]; }");
        }

        w.WriteLine("#pragma warning restore CS1591");
        w.WriteLine();
        w.StartLine("private static PostList s_all = new PostList(").AppendNumber(index.Entries.Count).EndLine(");");
        w.WriteLine($"private static global::{ns}.{SupportTypesEmitter.DataClass}.Keys? s_slugs;");
        w.WriteLine($"private static global::{ns}.{SupportTypesEmitter.DataClass}.Keys? s_urls;");
        w.WriteLine();
        // Hot Reload replaces this method's body with the edited site's: the count is that of the posts after the edit.
        w.WriteLine("/// <summary>Forgets every post built and both lookups, for Hot Reload (<c>ClearCache</c>): the next read builds them again.</summary>");
        w.StartLine("internal static void ForgetBuilt() => (s_all, s_slugs, s_urls) = (new PostList(").AppendNumber(index.Entries.Count).EndLine("), null, null);");
        w.WriteLine();
        w.WriteLine("/// <summary>Every post, newest first (ties in path order). A post is built the first time it is read.</summary>");
        w.WriteLine($"public static {list} All => s_all;");
        w.WriteLine();
        w.WriteLine("/// <summary>The post with this slug (the newest, when several share it), or null. Builds no other post.</summary>");
        w.WriteLine($"public static {post}? BySlug(string slug) => Find(s_slugs ??= ReadKeys(0), slug, static i => s_all[i].Slug);");
        w.WriteLine();
        w.WriteLine("/// <summary>The post with this URL, percent-encoded as <see cref=\"Post.Url\"/> is (the newest, when several share it), or null. Builds no other post.</summary>");
        w.WriteLine($"public static {post}? ByUrl(string url) => Find(s_urls ??= ReadKeys(1), url, static i => s_all[i].Url);");
        w.WriteLine();
        w.OpenBlock($"private static {post}? Find(global::{ns}.{SupportTypesEmitter.DataClass}.Keys keys, string key, global::System.Func<int, string> keyOf)");
        w.WriteLine("var at = keys.Find(key ?? throw new global::System.ArgumentNullException(nameof(key)), keyOf);");
        w.WriteLine("return at < 0 ? null : s_all[at];");
        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock($"private static global::{ns}.{SupportTypesEmitter.DataClass}.Keys ReadKeys(int field)");
        w.WriteLine("var keys = \"\";");
        w.WriteLine("FillKeys(ref keys);");
        w.WriteLine($"return new global::{ns}.{SupportTypesEmitter.DataClass}.Keys(keys, field, s_all.Count);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Supplied by <c>" + PostsDataHintName + "</c>, an implementation-only output: the post at <paramref name=\"index\"/> of <see cref=\"All\"/>.</summary>");
        w.WriteLine($"static partial void Create(int index, ref {post}? post);");
        w.WriteLine();
        w.WriteLine("/// <summary>Supplied by <c>" + PostsDataHintName + "</c>: every post's slug and URL, in the order of <see cref=\"All\"/>.</summary>");
        w.WriteLine("static partial void FillKeys(ref string keys);");
        w.WriteLine();
        w.WriteLine("/// <summary>The list behind <see cref=\"All\"/>: each post built on first read, then kept.</summary>");
        w.OpenBlock($"private sealed class PostList : {list}");
        w.WriteLine($"private readonly {post}?[] _items;");
        w.WriteLine();
        w.WriteLine($"internal PostList(int count) => _items = new {post}?[count];");
        w.WriteLine();
        SupportTypesEmitter.ListMembers(w, post, "_items.Length", "_items[index] ?? Load(index)");
        w.WriteLine();
        w.WriteLine("/// <remarks>Two threads may both build a post: the first one stored is the one both get, and every later read.</remarks>");
        w.OpenBlock($"private {post} Load(int index)");
        w.WriteLine($"{post}? post = null;");
        w.WriteLine("Create(index, ref post);");
        w.WriteLine("return global::System.Threading.Interlocked.CompareExchange(ref _items[index], post ?? throw new global::System.InvalidOperationException(\"The posts are built by the generator's implementation output, which did not run for this compilation.\"), null) ?? post;");
        w.CloseBlock();
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    public const string PostsDataHintName = "Posts.All.g.cs";

    /// <summary>Posts per method of the implementation's <c>Create</c>: a first read compiles one small method, not one of N cases.</summary>
    private const int CreateChunk = 64;

    /// <summary>
    /// The order of <c>Posts.All</c> by data class, with each post's slug and URL: unchanged by a title or body edit, so
    /// this file stays cached.
    /// </summary>
    public static PostsData BuildPostsData(PostsIndex index) =>
        new(index.Namespace, index.Entries.Select(e => e.Summary.DataClass).ToEquatableArray(), Keys(index.Entries));

    /// <summary>
    /// The keys <c>BySlug</c> and <c>ByUrl</c> read, for each post in order of <c>All</c>: its slug, then its URL, each as
    /// <c>length:text</c>; or <c>?</c> for a key that UTF-8 data cannot hold (a lone surrogate), which the lookup then
    /// compares on the post itself.
    /// </summary>
    private static string Keys(EquatableArray<IndexEntry> entries)
    {
        var builder = new System.Text.StringBuilder(entries.Count * 96);
        foreach (var entry in entries)
        {
            AppendKey(entry.Summary.Slug);
            AppendKey(entry.Summary.Url);
        }

        return builder.ToString();

        void AppendKey(string key)
        {
            if (Literals.HasLoneSurrogate(key))
            {
                builder.Append('?');
            }
            else
            {
                SupportTypesEmitter.AppendCounted(builder, key);
            }
        }
    }

    /// <summary>
    /// <c>{name}(int index)</c>: a switch on the index, <see cref="CreateChunk"/> posts per method, each arm calling the
    /// post's data class (<c>P….Create(index)</c>, <c>P….HtmlUtf8()</c>).
    /// </summary>
    private static void EmitDispatch(SourceWriter w, PostsData data, string type, string name, string call, string none)
    {
        var chunks = (data.DataClasses.Count + CreateChunk - 1) / CreateChunk;
        w.StartLine("internal static ").Append(type).Append(" ").Append(name).Append("(int index) => (index / ").AppendNumber(CreateChunk).EndLine(") switch").OpenBlock();
        for (var c = 0; c < chunks; c++)
        {
            w.StartLine().AppendNumber(c).Append(" => ").Append(name).AppendNumber(c).EndLine("(index),");
        }

        w.StartLine("_ => ").Append(none).EndLine(",");
        w.CloseBlock(";");
        for (var c = 0; c < chunks; c++)
        {
            w.WriteLine();
            w.StartLine("private static ").Append(type).Append(" ").Append(name).AppendNumber(c).EndLine("(int index) => index switch").OpenBlock();
            for (var i = c * CreateChunk; i < Math.Min(data.DataClasses.Count, (c + 1) * CreateChunk); i++)
            {
                w.StartLine().AppendNumber(i).Append(" => ").Append(data.DataClasses[i]).Append(call).EndLine(",");
            }

            w.StartLine("_ => ").Append(none).EndLine(",");
            w.CloseBlock(";");
        }
    }

    /// <summary>
    /// The implementation of <c>Posts</c>' hooks and of <c>__PostGeneratorData.ReadHtml</c>: <c>Create</c> and
    /// <c>HtmlAt</c> dispatch on the index, <see cref="CreateChunk"/> posts per method, to the post's own data class,
    /// which builds the post from its data and holds its HTML; the keys are UTF-8 data.
    /// </summary>
    public static string EmitPostsData(PostsData data)
    {
        var ns = data.Namespace;
        var post = $"global::{ns}.Post";
        var source = $"global::{ns}.{SupportTypesEmitter.DataClass}";
        var w = new SourceWriter(1024 + data.Keys.Length + (data.DataClasses.Count * 40)).FileHeader();
        w.OpenBlock($"namespace {ns}");
        w.OpenBlock("partial class Posts");
        w.WriteLine($"static partial void Create(int index, ref {post}? post) => post = {source}.Create(index);");
        w.WriteLine();
        w.StartLine("static partial void FillKeys(ref string keys) => keys = ");
        var keyParts = KeyParts(data.Keys);
        if (keyParts.Count == 0)
        {
            w.EndLine("\"\";");
        }
        else if (keyParts.Count == 1)
        {
            w.Append($"{source}.Text(").AppendUtf8Literal(keyParts[0]).EndLine(");");
        }
        else
        {
            w.Append(source).EndLine(".KeysText();");
        }

        w.CloseBlock();
        w.WriteLine();
        w.OpenBlock($"partial class {SupportTypesEmitter.DataClass}");
        if (keyParts.Count > 1)
        {
            EmitKeyParts(w, keyParts);
        }

        w.WriteLine("static partial void ReadHtml(int place, ref global::System.ReadOnlySpan<byte> html) => html = HtmlAt(place);");
        w.WriteLine();
        EmitDispatch(w, data, post + "?", "Create", ".Create(index)", "null");
        w.WriteLine();
        EmitDispatch(w, data, "global::System.ReadOnlySpan<byte>", "HtmlAt", ".HtmlUtf8()", "default");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>
    /// Characters of the keys per UTF-8 literal. Roslyn lowers a UTF-8 literal into a bound node per byte and holds a
    /// method's nodes until its IL is written, so the keys of a big site in one literal (1.5 million characters at 10,000
    /// posts) were one method whose nodes outlived the young collections, on one thread. In parts of this size, each in
    /// its own method, they compile like the posts' HTML: about 4–8 KB of UTF-8 per literal, the cheapest size measured
    /// (docs/performance.md, "Where a UTF-8 literal's compile time goes").
    /// </summary>
    internal const int KeysPartChars = 4096;

    /// <summary>
    /// The keys cut into parts of at most <see cref="KeysPartChars"/> characters, in order, never between the two halves
    /// of a surrogate pair, so each part is whole UTF-8 and the parts decode to the keys. None for no keys, one for keys
    /// that fit one part.
    /// </summary>
    internal static List<string> KeyParts(string keys)
    {
        var parts = new List<string>();
        for (var start = 0; start < keys.Length;)
        {
            var end = Math.Min(keys.Length, start + KeysPartChars);
            if (end < keys.Length && char.IsLowSurrogate(keys[end]) && char.IsHighSurrogate(keys[end - 1]))
            {
                end--;
            }

            parts.Add(keys.Substring(start, end - start));
            start = end;
        }

        return parts;
    }

    /// <summary><c>KeysText()</c>, the keys decoded from their parts, and one method per part holding its UTF-8 literal.</summary>
    private static void EmitKeyParts(SourceWriter w, List<string> parts)
    {
        w.OpenBlock("internal static string KeysText() => string.Concat(new string[]");
        for (var i = 0; i < parts.Count; i++)
        {
            w.StartLine("Text(KeysPart").AppendNumber(i).EndLine("()),");
        }

        w.CloseBlock(");");
        for (var i = 0; i < parts.Count; i++)
        {
            w.WriteLine();
            w.StartLine("private static global::System.ReadOnlySpan<byte> KeysPart").AppendNumber(i).Append("() => ")
                .AppendUtf8Literal(parts[i]).EndLine(";");
        }

        w.WriteLine();
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

    public static string TermPlacesHintName(string className) => className + ".Places.g.cs";

    /// <summary>
    /// Each name with its posts' places in <c>Posts.All</c>: <c>length:name</c>, then the places, each followed by
    /// <c>,</c>, then <c>;</c>. Names stay a plain string literal (so any text round-trips); the data is small, a few
    /// characters per tag of a post.
    /// </summary>
    public static TermPlaces BuildTermPlaces(PostsIndex index, string className, Func<PostSummary, EquatableArray<string>> select)
    {
        var places = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < index.Entries.Count; i++)
        {
            foreach (var name in select(index.Entries[i].Summary))
            {
                if (!places.TryGetValue(name, out var list))
                {
                    places.Add(name, list = new List<int>());
                }

                // A post lists a name once (tags are without repeats), but a place is never written twice either way.
                if (list.Count == 0 || list[list.Count - 1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var builder = new System.Text.StringBuilder();
        foreach (var pair in places)
        {
            SupportTypesEmitter.AppendCounted(builder, pair.Key);
            foreach (var place in pair.Value)
            {
                Literals.AppendNumber(builder, place).Append(',');
            }

            builder.Append(';');
        }

        return new TermPlaces(index.Namespace, className, builder.ToString());
    }

    public static string EmitTermPlaces(TermPlaces data)
    {
        var w = new SourceWriter(256 + (data.Data.Length * 11 / 10)).FileHeader();
        w.OpenBlock($"namespace {data.Namespace}");
        w.OpenBlock($"partial class {data.ClassName}");
        w.StartLine("static partial void FillPlaces(ref string places) => places = ").AppendLiteral(data.Data).EndLine(";");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }

    /// <summary>
    /// <c>Tags</c> or <c>Categories</c>: each name's posts are read on first use from the places data that
    /// <see cref="EmitTermPlaces"/> supplies, as lists that build a post when it is read.
    /// </summary>
    public static string EmitTerms(TermIndex index, string postProperty)
    {
        var ns = index.Namespace;
        var post = $"global::{ns}.Post";
        var list = $"global::System.Collections.Generic.IReadOnlyList<{post}>";
        var w = new SourceWriter(1024 + (index.Terms.Count * 120)).FileHeader();
        w.OpenBlock($"namespace {ns}");
        w.WriteLine($"/// <summary>The {postProperty.ToLowerInvariant()} of the site's posts, each with its posts.</summary>");
        w.WriteLine("[global::System.CodeDom.Compiler.GeneratedCode(\"PostGenerator\", null)]");
        w.OpenBlock($"public static partial class {index.ClassName}");
        foreach (var term in index.Terms)
        {
            w.StartLine("/// <summary>").AppendDocText(term.Name).EndLine("</summary>");
            w.StartLine("public const string ").Append(term.Identifier).Append(" = ").AppendLiteral(term.Name).EndLine(";");
        }

        w.WriteLine();
        w.WriteLine($"private static global::System.Collections.Generic.Dictionary<string, {list}>? s_byName;");
        w.WriteLine();
        w.WriteLine("/// <summary>Forgets the posts read for each name, for Hot Reload (<c>ClearCache</c>): the next read reads them again.</summary>");
        w.WriteLine(index.Overflow ? "internal static void ForgetBuilt() => (s_byName, s_all) = (null, null);" : "internal static void ForgetBuilt() => s_byName = null;");
        w.WriteLine();
        w.WriteLine("/// <summary>Every name, in ordinal order.</summary>");
        if (index.Overflow)
        {
            EmitAllOnFirstUse(w);
        }
        else
        {
            w.StartLine("public static global::System.Collections.Generic.IReadOnlyList<string> All { get; } = global::System.Array.AsReadOnly(new string[] { ");
            for (var i = 0; i < index.Terms.Count; i++)
            {
                if (i > 0)
                {
                    w.Append(", ");
                }

                w.Append(index.Terms[i].Identifier);
            }

            w.EndLine(" });");
        }

        w.WriteLine();
        w.WriteLine("/// <summary>Each name with its posts, newest first. A post is built the first time it is read.</summary>");
        w.WriteLine($"public static global::System.Collections.Generic.IReadOnlyDictionary<string, {list}> ByName => s_byName ??= ReadPlaces();");
        w.WriteLine();
        w.OpenBlock($"private static global::System.Collections.Generic.Dictionary<string, {list}> ReadPlaces()");
        w.WriteLine("var places = \"\";");
        w.WriteLine("FillPlaces(ref places);");
        w.WriteLine($"return global::{ns}.{SupportTypesEmitter.DataClass}.ReadPlaces(places);");
        w.CloseBlock();
        w.WriteLine();
        w.WriteLine("/// <summary>Supplied by <c>" + TermPlacesHintName(index.ClassName) + "</c>, an implementation-only output: each name with its posts' places in <c>Posts.All</c>.</summary>");
        w.WriteLine("static partial void FillPlaces(ref string places);");
        w.WriteLine();
        w.WriteLine("/// <summary>The posts with this name, newest first; empty when there are none.</summary>");
        w.WriteLine($"public static {list} PostsOf(string name) => ByName.TryGetValue(name, out var posts) ? posts : global::System.Array.Empty<{post}>();");
        w.CloseBlock();
        w.CloseBlock();
        return w.ToString();
    }
}
