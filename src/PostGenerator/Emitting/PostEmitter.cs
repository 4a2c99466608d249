using System;
using System.Threading;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Emitting;

/// <summary>
/// The posts' data: in a class of its own, each post's values and front matter as data read when the post is built,
/// and its HTML as UTF-8 data, written into the shard file of its batch. Everything here is implementation-only output: nothing the user's code
/// names lives here (the public <c>Posts</c> index reaches it through <c>Posts.All</c>), so the IDE never holds it.
/// </summary>
/// <remarks>
/// The classes are written into <see cref="ShardCount"/> files, each post always in the same one (by its path hash),
/// rather than one file per post. Roslyn checks every hint name a generator adds against all the ones added before
/// it, on every run, cached outputs included: with two files per post a run that changed nothing cost 597 ms at
/// N = 10,000 against 12 ms without those files (docs/performance.md). With a fixed number of shards that check is
/// constant, a post never moves between shards as others come and go, and an edit re-writes the classes of one shard.
/// </remarks>
internal static class PostEmitter
{
    public const int ShardCount = 256;

    public static string ShardHintName(int shard) => $"Posts/Data{shard:x2}.g.cs";

    /// <summary>One post's class on its own, indented as it sits in its shard's file (for tests and benchmarks).</summary>
    public static string Emit(PostEmitInput input)
    {
        var w = new SourceWriter(Capacity(input)) { Indentation = 1 };
        Write(w, input);
        return w.ToString();
    }

    /// <summary>Writes one post's class at the writer's indentation, every piece straight into the writer.</summary>
    public static void Write(SourceWriter w, PostEmitInput input)
    {
        var post = input.Post;
        var s = post.Summary;
        var ns = input.Namespace;
        var html = ResolvePostLinks(post.Html, input.Links);
        w.StartLine("/// <summary>").AppendDocText(s.RelativePath).EndLine("</summary>");
        w.StartLine("internal static class ").Append(s.DataClass).EndLine().OpenBlock();
        w.StartLine("internal static global::").Append(ns).Append(".Post Create(int place) => ReadPost(")
            .AppendText(PostData.Encode(post, ReadingMinutes(post.WordCount, input.ReadingWordsPerMinute)))
            .EndLine(", place);");
        w.WriteLine();
        w.StartLine("internal static global::System.ReadOnlySpan<byte> HtmlUtf8() => ").AppendUtf8Literal(html).EndLine(";");
        w.CloseBlock();
    }

    /// <summary>
    /// Room for one post's class with the escapes its literals add (a quote or line break is two characters): its HTML
    /// literal (escapes included), its data literal (excerpt included) and about 300 characters of code.
    /// </summary>
    private static int Capacity(PostEmitInput input) =>
        1024 + input.Post.Excerpt.Length + input.Post.Html.Length + (input.Post.Html.Length / 10);

    /// <summary>
    /// A shard's builder starts at the size of the chunks <see cref="System.Text.StringBuilder"/> grows by (8,000
    /// characters), so the file's text is a chain of small chunks. A builder allocated at the shard's whole size (a
    /// quarter of a million characters at N = 10,000) sat on the large-object heap, 256 of them in a cold run, each
    /// counting towards a full collection, and a cold run paid one or two. In small chunks it paid none, and was 17 and
    /// 32 ms shorter in BenchmarkDotNet in turns (docs/performance.md).
    /// </summary>
    private const int ShardChunk = 8000;

    /// <summary>
    /// The shard of one batch of posts (the same posts: <see cref="ParsedBatch.Index"/> names both), in the batch's
    /// path order. A shard holds its posts' models, not code: the pipeline keeps no per-post copy of the generated C#,
    /// only the shard files Roslyn holds anyway, and an edit re-writes the classes of one shard (about N / 256 posts;
    /// writing a class takes about 15 µs).
    /// </summary>
    public static PostShard Shard(string ns, ParsedBatch batch, Func<PostModel, PostEmitInput> emitInput)
    {
        var posts = new PostEmitInput[batch.Models.Count];
        for (var i = 0; i < posts.Length; i++)
        {
            posts[i] = emitInput(batch.Models[i]);
        }

        return new PostShard(ns, batch.Index, posts.ToEquatableArray());
    }

    /// <summary>Below this many posts a part, a shard is written on one thread: waking another costs more.</summary>
    private const int MinPostsPerPart = 4;

    /// <summary>
    /// Parts of one shard at most, for <c>Parallel.For</c> to spread over the cores (an analyzer may not read the
    /// machine's settings, and the text is the same however many parts there are).
    /// </summary>
    private const int MaxParts = 4;

    /// <summary>
    /// A shard's file: the classes of its posts, written straight into builders, which are the file's text. A shard of
    /// many posts (a big site's: N / 256 each) is written in parts on every core, each part a run of posts in its own
    /// builder; the file is the parts one after the other, the same text however many parts.
    /// </summary>
    public static BuilderText EmitShard(PostShard shard, CancellationToken cancellationToken = default, int maxParts = MaxParts)
    {
        var posts = shard.Posts;
        var partCount = Math.Max(1, Math.Min(maxParts, posts.Count / MinPostsPerPart));
        var writers = new SourceWriter[partCount];
        ParallelLoop.For(
            partCount,
            part => writers[part] = WritePart(shard, posts.Count * part / partCount, posts.Count * (part + 1) / partCount),
            cancellationToken);
        return SourceWriter.ToText(writers);
    }

    /// <summary>The posts from <paramref name="start"/> to <paramref name="end"/>; the first part opens the file, the last closes it.</summary>
    private static SourceWriter WritePart(PostShard shard, int start, int end)
    {
        var w = new SourceWriter(ShardChunk) { Indentation = 1 };
        if (start == 0)
        {
            // A file-scoped namespace: one level less of indentation on every line of every post.
            w.Indentation = 0;
            w.FileHeader();
            w.WriteLine($"namespace {shard.Namespace};");
            w.WriteLine();
            w.OpenBlock($"partial class {SupportTypesEmitter.DataClass}");
        }

        for (var i = start; i < end; i++)
        {
            if (i > 0)
            {
                w.WriteLine();
            }

            Write(w, shard.Posts[i]);
        }

        if (end == shard.Posts.Count)
        {
            w.CloseBlock();
        }

        return w;
    }

    /// <summary>Minutes at <paramref name="wordsPerMinute"/>, rounded up, at least one.</summary>
    public static int ReadingMinutes(int words, int wordsPerMinute) =>
        Math.Max(1, (words + Math.Max(1, wordsPerMinute) - 1) / Math.Max(1, wordsPerMinute));

    /// <summary>Puts each resolved URL where the parser left its <c>post-url:NAME</c> stand-in.</summary>
    private static string ResolvePostLinks(string html, EquatableArray<ResolvedLink> links)
    {
        foreach (var link in links)
        {
            html = html.Replace(PostParser.PostUrlScheme + link.Name, link.Url);
        }

        return html;
    }

    /// <summary>
    /// Appends a post's data (<see cref="PostData"/>) as a string argument: UTF-8 data decoded when the post is built,
    /// not a string literal. Every literal the IL loads lands in the metadata's user-string heap, which is capped at
    /// 16 MB (CS8103), and a site of 20,000 posts with percent-encoded CJK URLs and excerpts would exceed it. UTF-8
    /// cannot hold a lone surrogate, so data with one stays a literal and round-trips exactly.
    /// </summary>
    private static SourceWriter AppendText(this SourceWriter w, string value) =>
        Literals.HasLoneSurrogate(value)
            ? w.AppendLiteral(value)
            : w.Append("Text(").AppendUtf8Literal(value).Append(")"); // the data class's own Text: each post's class is nested in it
}
