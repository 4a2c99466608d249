using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using PostGenerator.Model;
using PostGenerator.Parsing;

namespace PostGenerator.Diagnostics;

/// <summary>
/// What the analyzer keeps of one parsed post: the parser's diagnostics, the few values the cross-post checks compare,
/// and the spans they report at. Never the HTML. Cached per <see cref="SourceText"/>, so a compilation that did not
/// change a post (every keystroke in a .cs file makes a new one) does not parse it again.
/// </summary>
internal sealed class PostFacts
{
    private static readonly ConditionalWeakTable<SourceText, Holder> Cache = new();

    private PostFacts(PostInput input, SourceText text, SiteOptions options)
    {
        Path = input.Path;
        RelativePath = input.RelativePath;
        IsDraft = input.IsDraft;
        Text = text;
        Options = options;
    }

    public string Path { get; }

    public string RelativePath { get; }

    public bool IsDraft { get; }

    public SourceText Text { get; }

    public SiteOptions Options { get; }

    public ImmutableArray<PostDiagnostic> Diagnostics { get; private set; } = ImmutableArray<PostDiagnostic>.Empty;

    /// <summary>The post is generated.</summary>
    public bool Included { get; private set; }

    /// <summary>The post is left out because of its own errors: it is still part of the site as its author sees it.</summary>
    public bool Dropped => !Included && ExcludedBecause is null;

    /// <summary>Why a post without errors is left out (<c>published: false</c>, a draft, a future date).</summary>
    public string? ExcludedBecause { get; private set; }

    /// <summary>The file name without its extension: what <c>{% post_url %}</c> names.</summary>
    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Url { get; private set; } = "";

    public ImmutableArray<string> Tags { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>False when the front matter could not be read as far as the tags: the post may declare the tags it links to.</summary>
    public bool TagsKnown { get; private set; }

    /// <summary>The categories of a post that is generated (folders and front matter); empty otherwise.</summary>
    public ImmutableArray<string> Categories { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>The <c>tag</c> (or <c>tags</c>) value, else the opening line: where a site-wide tag limit is reported.</summary>
    public TextSpan TagsAnchor { get; private set; }

    /// <summary>The <c>category</c> (or <c>categories</c>) value, else the opening line.</summary>
    public TextSpan CategoriesAnchor { get; private set; }

    /// <summary>Where a diagnostic about the whole post goes: the <c>slug</c> value, else the opening <c>---</c>.</summary>
    public TextSpan SlugAnchor { get; private set; }

    /// <summary>Where a diagnostic about the post's URL goes: the <c>permalink</c> value, else <see cref="SlugAnchor"/>.</summary>
    public TextSpan UrlAnchor { get; private set; }

    public ImmutableArray<SourceLink> Links { get; private set; } = ImmutableArray<SourceLink>.Empty;

    public ImmutableArray<PostUrlReference> PostUrls { get; private set; } = ImmutableArray<PostUrlReference>.Empty;

    /// <summary>The facts of a post file, from the cache when neither its text nor the options changed.</summary>
    public static PostFacts Get(string path, string relativePath, bool isDraft, SourceText? text, SiteOptions options, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return Create(new PostInput(path, relativePath, isDraft, null), SourceText.From(""), options, cancellationToken);
        }

        var holder = Cache.GetValue(text, static _ => new Holder());
        var cached = holder.Facts;
        if (cached is not null && cached.Path == path && cached.RelativePath == relativePath && cached.IsDraft == isDraft && cached.Options == options)
        {
            return cached;
        }

        var facts = Create(new PostInput(path, relativePath, isDraft, text.ToString()), text, options, cancellationToken);
        holder.Facts = facts;
        return facts;
    }

    /// <remarks>
    /// The post is parsed without rendering its body (the analyzer needs no HTML; rendering and scanning it was about
    /// half the analyzer's time and allocations): its links come from the source, and that scan's Markdig parse tells
    /// whether Markdig refuses the body, so the diagnostics are those of the generator's full parse.
    /// </remarks>
    private static PostFacts Create(PostInput input, SourceText text, SiteOptions options, CancellationToken cancellationToken)
    {
        var facts = new PostFacts(input, text, options);
        var document = PostParser.Parse(input, options, cancellationToken, renderBody: false);
        var diagnostics = new List<PostDiagnostic>(document.Diagnostics.Count + 1);
        diagnostics.AddRange(document.Diagnostics);
        facts.ExcludedBecause = document.Model is null && !HasErrors(document) ? document.ExcludedBecause ?? "left out" : null;
        var fileName = PostFileName.Parse(input.RelativePath);
        facts.Name = fileName.BaseName;
        facts.Slug = document.Slug;
        facts.Url = document.Url;
        facts.Tags = document.Tags.ToImmutableArray();
        facts.TagsKnown = document.TagsRead;

        var source = input.Text ?? "";
        var opening = new TextSpan(source.Length > 0 && source[0] == '\uFEFF' ? 1 : 0, document.Split.OpeningLength);
        facts.SlugAnchor = Span(document.FrontMatterRoot?.Get("slug")) ?? opening;
        facts.UrlAnchor = Span(document.FrontMatterRoot?.Get("permalink")) ?? facts.SlugAnchor;
        facts.TagsAnchor = Span(document.FrontMatterRoot?.Get("tag") ?? document.FrontMatterRoot?.Get("tags")) ?? opening;
        facts.CategoriesAnchor = Span(document.FrontMatterRoot?.Get("category") ?? document.FrontMatterRoot?.Get("categories")) ?? opening;

        // Whether Markdig refuses the body as the generator renders it (nested too deeply, too many headings, a lone
        // surrogate in a heading id; found by fuzzing): the post is then left out, as the generator leaves it out.
        string? refusal = null;
        if (document.Split.Status == FrontMatterStatus.Found && source.Length <= PostParser.MaxPostChars)
        {
            try
            {
                facts.Links = SourceLinkScanner.Scan(source, document.Split.BodyStart, fileName.IsHtml, options.MarkdownExtensions, cancellationToken, checkRenders: true, out refusal).ToImmutableArray();
                facts.PostUrls = SourceLinkScanner.PostUrls(source, document.Split.BodyStart).ToImmutableArray();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug of ours in the link scan costs this post its link checks, not the analysis of the site.
                diagnostics.Add(PostDiagnostic.Create(DiagnosticIds.UnreadableFile, 0, 0, "internal error while reading its links: " + ex.GetType().Name + ": " + ex.Message));
            }
        }

        facts.Included = PostParser.RenderedDiagnostics(document, refusal, diagnostics);
        facts.Categories = facts.Included ? document.Model!.Summary.Categories.ToImmutableArray() : ImmutableArray<string>.Empty;
        facts.Diagnostics = diagnostics.ToImmutableArray();
        return facts;
    }

    private static bool HasErrors(PostDocument document)
    {
        foreach (var diagnostic in document.Diagnostics)
        {
            if (PostDescriptors.Get(diagnostic.Id).DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error
                || diagnostic.Id == DiagnosticIds.FileNameWithoutDate)
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan? Span(YamlNode? node) => node is null ? null : TextSpan.FromBounds(node.Start, Math.Max(node.Start, node.End));

    private sealed class Holder
    {
        private volatile PostFacts? _facts;

        public PostFacts? Facts
        {
            get => _facts;
            set => _facts = value;
        }
    }
}
