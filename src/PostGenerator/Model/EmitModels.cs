namespace PostGenerator.Model;

/// <summary>A <c>{% post_url NAME %}</c> resolved to the URL of the post it names (empty when no post has that name).</summary>
internal sealed record ResolvedLink(string Name, string Url);

/// <summary>What the per-post emitter needs: the post, where to put it, and its resolved post links.</summary>
internal sealed record PostEmitInput(string Namespace, int ReadingWordsPerMinute, PostModel Post, EquatableArray<ResolvedLink> Links);

/// <summary>The posts of one shard file, in path order (empty when no post falls in it).</summary>
internal sealed record PostShard(string Namespace, int Index, EquatableArray<PostEmitInput> Posts);

/// <summary>A post in the index with its identifier under <c>Posts</c>.</summary>
internal sealed record IndexEntry(string Identifier, PostSummary Summary);

/// <summary>The <c>Posts</c> index: entries newest first, ties by path.</summary>
internal sealed record PostsIndex(string Namespace, EquatableArray<IndexEntry> Entries);

/// <summary>
/// The implementation-only items of <c>Posts.All</c>: each post's data class, newest first, and the keys of
/// <c>BySlug</c> and <c>ByUrl</c> in the same order (see <c>IndexEmitter.BuildPostsData</c>).
/// </summary>
internal sealed record PostsData(string Namespace, EquatableArray<string> DataClasses, string Keys);

/// <summary>
/// The implementation-only data of <c>Tags.ByName</c> or <c>Categories.ByName</c>: each name (in ordinal order) with the
/// places in <c>Posts.All</c> of its posts, newest first (see <c>IndexEmitter.BuildTermPlaces</c>).
/// </summary>
internal sealed record TermPlaces(string Namespace, string ClassName, string Data);

/// <summary>A tag or category with its identifier.</summary>
internal sealed record TermEntry(string Identifier, string Name);

/// <summary>The <c>Tags</c> or <c>Categories</c> class.</summary>
/// <param name="Overflow">More names than <c>PostParser.MaxTermsPerSite</c>: no constants, <c>All</c> gathered on first use.</param>
internal sealed record TermIndex(string Namespace, string ClassName, EquatableArray<TermEntry> Terms, bool Overflow = false);
