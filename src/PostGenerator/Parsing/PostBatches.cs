using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PostGenerator.Emitting;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>
/// The posts in batches, parsed on every core. Roslyn runs a step's transform for one item after another, so a step
/// over single posts parses on one thread while the compiler's other cores wait for the generator; a batch of about
/// N / 256 posts is parsed in parallel (on every core once the process is warm: <see cref="ParseCores"/>).
/// </summary>
internal static class PostBatches
{
    /// <summary>Every batch, in order, empty ones included, so each keeps its place whatever posts come and go.</summary>
    public static ImmutableArray<PostBatch> Of(ImmutableArray<(PostInput Input, SiteOptions Options)> posts)
    {
        if (posts.IsDefaultOrEmpty)
        {
            return ImmutableArray<PostBatch>.Empty;
        }

        var lists = new List<PostInput>?[PostEmitter.ShardCount];
        foreach (var (input, _) in posts)
        {
            (lists[PostParser.ShardOf(input.PathHash)] ??= new List<PostInput>()).Add(input);
        }

        var options = posts[0].Options;
        var batches = ImmutableArray.CreateBuilder<PostBatch>(lists.Length);
        for (var i = 0; i < lists.Length; i++)
        {
            batches.Add(new PostBatch(i, lists[i] is { } list ? list.ToEquatableArray() : EquatableArray<PostInput>.Empty, options));
        }

        return batches.MoveToImmutable();
    }

    /// <summary>
    /// The models of a batch's posts, in path order; none for a post that cannot be read (the analyzer reports why).
    /// Each post's model depends on its own text and the site's options alone, so the order of the work does not show
    /// in the result. Sorted here, once per parse of a batch, not on every run that writes its shard.
    /// </summary>
    public static ParsedBatch Parse(PostBatch batch, CancellationToken cancellationToken)
    {
        var posts = batch.Posts;
        var models = new PostModel?[posts.Count];
        ParallelLoop.For(posts.Count, i => models[i] = ModelOf(posts[i], batch.Options, cancellationToken), cancellationToken, ParseCores.MaxDegree);

        var kept = new List<PostModel>(models.Length);
        foreach (var model in models)
        {
            if (model is not null)
            {
                kept.Add(model);
            }
        }

        kept.Sort(static (a, b) => string.CompareOrdinal(a.Summary.RelativePath, b.Summary.RelativePath));
        return new ParsedBatch(batch.Index, kept.ToEquatableArray());
    }

    /// <summary>
    /// The model kept on the input object when it was parsed before, under the same options: Roslyn hands a step the
    /// same input objects again for files that did not change, so an edit that re-runs a batch parses only its edited
    /// post, not the batch's other N / 256. A model depends on its input and the site's options alone. (A copy made
    /// with <c>with</c> is another input and starts without a model.)
    /// </summary>
    private static PostModel? ModelOf(PostInput input, SiteOptions options, CancellationToken cancellationToken)
    {
        if (input.Parsed is { } kept && kept.Options.Equals(options))
        {
            return kept.Model;
        }

        var model = PostParser.Parse(input, options, cancellationToken).Model;
        input.Parsed = new ParsedPost(options, model);
        ParseCores.Parsed(input.Text?.Length ?? 0);
        return model;
    }
}
