using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Emitting;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator;

/// <summary>
/// Turns Jekyll posts (AdditionalFiles marked by the build) into typed C#. The pipeline only: each step is named in
/// <see cref="TrackingNames"/>, parsing lives in <c>Parsing/</c>, code in <c>Emitting/</c>. Diagnostics are the
/// analyzer's job (<c>PostsAnalyzer</c>); a post that cannot be read is simply left out here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class PostsGenerator : IIncrementalGenerator
{
    /// <summary>UTF-8 string literals (<c>"..."u8</c>) need C# 11.</summary>
    internal const LanguageVersion MinimumLanguageVersion = LanguageVersion.CSharp11;

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        // Reduced to a tiny record so that the compilation changing on every keystroke costs one comparison.
        var emitContext = context.CompilationProvider
            .Select(static (compilation, _) => compilation is CSharpCompilation c && c.LanguageVersion >= MinimumLanguageVersion)
            .Combine(options.Select(static (o, _) => (o.Namespace, o.ReadingWordsPerMinute)))
            .Select(static (pair, _) => new EmitContext(pair.Right.Namespace, pair.Left, pair.Right.ReadingWordsPerMinute))
            .WithTrackingName(TrackingNames.EmitContext);

        // Each step over the posts costs Roslyn a pass over N entries on every run, cached or not (at N = 10,000 most of a
        // body edit's re-run went there): there is one, reading. Parsing, summaries and shards go by batch (256 entries),
        // and the indexes start from one Collect() of the batches' summaries. A filter and its select are one SelectMany
        // of zero or one item, and the site's options come with the file's, so no step joins them to each post.
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider.Combine(options))
            .SelectMany(static (pair, cancellationToken) =>
                ReadInput(pair.Left, pair.Right.Left, cancellationToken) is { } input
                    ? ImmutableArray.Create((Input: input, Options: pair.Right.Right))
                    : ImmutableArray<(PostInput Input, SiteOptions Options)>.Empty)
            .WithTrackingName(TrackingNames.Inputs);

        // The posts in 256 batches by path, each parsed on every core (one model per post, none for a post that cannot
        // be read: the analyzer reports why). A batch equal to the last run's is not parsed again, and in one that is,
        // only its edited posts are (PostBatches).
        var batches = inputs
            .Collect()
            .SelectMany(static (all, _) => PostBatches.Of(all))
            .WithTrackingName(TrackingNames.Batches)
            .Select(static (batch, cancellationToken) => PostBatches.Parse(batch, cancellationToken))
            .WithTrackingName(TrackingNames.Posts);

        // The indexes' metadata, batch by batch and then for the site. A body edit leaves its batch's summaries and links
        // equal to the last run's, so the Collect() of them is cached and nothing downstream of it re-runs.
        var siteSummaries = batches
            .Select(static (batch, _) => new BatchSummaries(
                batch.Models.Select(static m => m.Summary).ToEquatableArray(),
                batch.Models.SelectMany(static m => m.PostUrlReferences).ToEquatableArray()))
            .WithTrackingName(TrackingNames.BatchSummaries)
            .Collect();

        var summaries = siteSummaries
            .Select(static (all, _) => all.SelectMany(static b => b.Summaries).ToEquatableArray())
            .WithTrackingName(TrackingNames.Summaries);

        // Only the names some post links to with {% post_url %}: a small map, so a post's title edit leaves it unchanged.
        var postUrlMap = siteSummaries
            .Select(static (all, _) => ResolvePostUrls(all))
            .WithTrackingName(TrackingNames.PostUrlMap);

        context.RegisterSourceOutput(emitContext, static (spc, ctx) =>
        {
            if (ctx.CanEmit)
            {
                spc.AddSource(SupportTypesEmitter.HintName, SupportTypesEmitter.Emit(ctx.Namespace));
            }
        });

        // The posts are joined into a fixed number of implementation-only files, so the IDE (which disables
        // implementation outputs) never emits or holds any of it, and Roslyn's per-run check of every hint name against
        // every other stays small (see PostEmitter). A batch's posts are a shard's: after an edit, Roslyn builds the
        // shard of the one batch that changed and finds the others cached. The namespace and the post_url links are
        // joined to each batch here, not by steps over each post.
        var postShards = batches
            .Combine(emitContext.Combine(postUrlMap))
            .Select(static (pair, _) =>
            {
                var (batch, (context, map)) = pair;
                return PostEmitter.Shard(
                    context.Namespace,
                    context.CanEmit ? batch : batch with { Models = EquatableArray<PostModel>.Empty },
                    model => new PostEmitInput(context.Namespace, context.ReadingWordsPerMinute, model, Pick(model.PostUrlReferences, map)));
            })
            .WithTrackingName(TrackingNames.PostShards);

        context.RegisterImplementationSourceOutput(postShards, static (spc, shard) =>
        {
            if (shard.Posts.Count > 0)
            {
                spc.AddSource(PostEmitter.ShardHintName(shard.Index), PostEmitter.EmitShard(shard, spc.CancellationToken));
            }
        });

        var postsIndex = summaries
            .Combine(emitContext)
            .Select(static (pair, _) => pair.Right.CanEmit ? IndexEmitter.BuildPostsIndex(pair.Right.Namespace, pair.Left) : null)
            .WithTrackingName(TrackingNames.PostsIndex);
        context.RegisterSourceOutput(postsIndex, static (spc, index) =>
        {
            if (index is not null)
            {
                spc.AddSource(IndexEmitter.PostsHintName, IndexEmitter.EmitPosts(index));
            }
        });

        var postsData = postsIndex
            .Select(static (index, _) => index is null ? null : IndexEmitter.BuildPostsData(index))
            .WithTrackingName(TrackingNames.PostsData);
        context.RegisterImplementationSourceOutput(postsData, static (spc, data) =>
        {
            if (data is not null)
            {
                spc.AddSource(IndexEmitter.PostsDataHintName, IndexEmitter.EmitPostsData(data));
            }
        });

        RegisterTerms(context, summaries, emitContext, postsIndex, "Tags", static s => s.Tags, TrackingNames.TagsIndex, TrackingNames.TagsPlaces);
        RegisterTerms(context, summaries, emitContext, postsIndex, "Categories", static s => s.Categories, TrackingNames.CategoriesIndex, TrackingNames.CategoriesPlaces);
    }

    private static void RegisterTerms(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<EquatableArray<PostSummary>> summaries,
        IncrementalValueProvider<EmitContext> emitContext,
        IncrementalValueProvider<PostsIndex?> postsIndex,
        string className,
        System.Func<PostSummary, EquatableArray<string>> select,
        string trackingName,
        string placesTrackingName)
    {
        var index = summaries
            .Combine(emitContext)
            .Select((pair, _) => pair.Right.CanEmit ? IndexEmitter.BuildTermIndex(pair.Right.Namespace, className, pair.Left.SelectMany(s => select(s))) : null)
            .WithTrackingName(trackingName);
        context.RegisterSourceOutput(index, (spc, terms) =>
        {
            if (terms is not null)
            {
                spc.AddSource(className + ".g.cs", IndexEmitter.EmitTerms(terms, className));
            }
        });

        // Which posts each name has, by place in Posts.All: implementation-only data, unchanged by a title or body edit.
        var places = postsIndex
            .Select((index, _) => index is null ? null : IndexEmitter.BuildTermPlaces(index, className, select))
            .WithTrackingName(placesTrackingName);
        context.RegisterImplementationSourceOutput(places, static (spc, data) =>
        {
            if (data is not null)
            {
                spc.AddSource(IndexEmitter.TermPlacesHintName(data.ClassName), IndexEmitter.EmitTermPlaces(data));
            }
        });
    }

    /// <summary>The first step: a file the build marked as a post becomes plain values; nothing Roslyn-owned goes on.</summary>
    internal static PostInput? ReadInput(AdditionalText file, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
    {
        if (!IsPostFile(file, provider, out var isDraft))
        {
            return null;
        }

        var relative = OptionsReader.RelativePath(file.Path, OptionsReader.ProjectDirectory(provider.GlobalOptions));
        var text = file.GetText(cancellationToken)?.ToString();
        return new PostInput(file.Path, relative, isDraft, text);
    }

    /// <summary>Whether the build marked <paramref name="file"/> as a post or a draft: cheap, the text is not read.</summary>
    internal static bool IsPostFile(AdditionalText file, AnalyzerConfigOptionsProvider provider, out bool isDraft)
    {
        isDraft = false;
        if (!provider.GetOptions(file).TryGetValue(OptionsReader.KindMetadata, out var kind) || kind is not ("post" or "draft" or "Post" or "Draft"))
        {
            return false;
        }

        isDraft = kind is "draft" or "Draft";
        return true;
    }

    private static EquatableArray<ResolvedLink> ResolvePostUrls(ImmutableArray<BatchSummaries> batches)
    {
        var wanted = new HashSet<string>(batches.SelectMany(b => b.PostUrlReferences), System.StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return EquatableArray<ResolvedLink>.Empty;
        }

        return batches
            .SelectMany(b => b.Summaries)
            .Where(s => wanted.Contains(s.Name))
            .OrderBy(s => s.RelativePath, System.StringComparer.Ordinal)
            .GroupBy(s => s.Name, System.StringComparer.Ordinal)
            .Select(g => new ResolvedLink(g.Key, g.First().Url))
            .OrderBy(l => l.Name, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary>
    /// The links of one post out of the site's map (sorted by name): a binary search per name, so the cost is the
    /// post's own references, not the size of the map (which grows with the site).
    /// </summary>
    private static EquatableArray<ResolvedLink> Pick(EquatableArray<string> names, EquatableArray<ResolvedLink> map)
    {
        if (names.Count == 0 || map.Count == 0)
        {
            return EquatableArray<ResolvedLink>.Empty;
        }

        var picked = new List<ResolvedLink>(names.Count);
        foreach (var name in names)
        {
            var low = 0;
            var high = map.Count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var order = string.CompareOrdinal(map[middle].Name, name);
                if (order == 0)
                {
                    picked.Add(map[middle]);
                    break;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }
        }

        // The map's order (by name, each once), as the scan over the map gave it.
        picked.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        for (var i = picked.Count - 1; i > 0; i--)
        {
            if (picked[i].Name == picked[i - 1].Name)
            {
                picked.RemoveAt(i);
            }
        }

        return picked.ToEquatableArray();
    }

    private sealed record EmitContext(string Namespace, bool CanEmit, int ReadingWordsPerMinute);
}
