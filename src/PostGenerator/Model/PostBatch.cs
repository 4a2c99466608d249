namespace PostGenerator.Model;

/// <summary>
/// The posts whose paths hash to one shard (<c>PostParser.ShardOf</c>), in the order the build gave them, with the
/// site's options: the unit the pipeline parses, on every core. Equal to the previous run's batch, post by post, when
/// none of its posts changed, so only a batch with an edited post is parsed again.
/// </summary>
internal sealed record PostBatch(int Index, EquatableArray<PostInput> Posts, SiteOptions Options);
