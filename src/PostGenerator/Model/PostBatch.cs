namespace PostGenerator.Model;

/// <summary>
/// The posts whose paths hash to one shard (<c>PostParser.ShardOf</c>), in the order the build gave them, with the
/// site's options: the unit the pipeline parses, on every core. Equal to the previous run's batch, post by post, when
/// none of its posts changed, so only a batch with an edited post is parsed again.
/// </summary>
internal sealed record PostBatch(int Index, EquatableArray<PostInput> Posts, SiteOptions Options);

/// <summary>
/// The models of one batch's posts (none for a post that cannot be read), in path order, the order their classes take
/// in the batch's shard file (the batch and the shard are the same posts: <see cref="Index"/> is both).
/// </summary>
internal sealed record ParsedBatch(int Index, EquatableArray<PostModel> Models);

/// <summary>
/// What the site's indexes need from one batch: its posts' summaries and the names they link to with
/// <c>{% post_url %}</c>. Equal to the last run's after a body edit, so the one <c>Collect()</c> of them is cached and no
/// index re-runs.
/// </summary>
internal sealed record BatchSummaries(EquatableArray<PostSummary> Summaries, EquatableArray<string> PostUrlReferences);
