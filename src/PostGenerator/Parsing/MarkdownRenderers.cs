using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PostGenerator.Parsing;

/// <summary>Which of Markdig's HTML renderers writes a node, as far as <see cref="MarkdownScan"/> replays them.</summary>
internal enum Kind : byte
{
    /// <summary>Written by a renderer not replayed (an extension's own, or one with hooks): only the full scan knows.</summary>
    Unsupported,

    /// <summary>No renderer: a container's children are written, in order.</summary>
    Children,

    /// <summary>No renderer and no children: nothing is written (link reference definitions).</summary>
    Nothing,
    Paragraph,
    Heading,
    ThematicBreak,
    Quote,
    List,
    Code,
    HtmlBlock,
    Table,
    FootnoteGroup,
    Literal,
    LineBreak,
    Emphasis,
    Link,
    Autolink,
    CodeInline,
    HtmlInline,
    Entity,
    Delimiter,
    FootnoteLink,
    TaskList,
}

/// <summary>
/// The HTML renderers of one pipeline, resolved per node type the way Markdig's <c>RendererBase</c> does (the first
/// renderer that accepts the type), and the options of theirs that change what they write. One per pipeline, shared
/// across threads: resolving a type only asks the renderers whether they accept it.
/// </summary>
internal sealed class MarkdownRenderers
{
    private static readonly ConcurrentDictionary<MarkdownPipeline, MarkdownRenderers> ByPipeline = new();

    private readonly HtmlRenderer _renderer;
    private readonly ConcurrentDictionary<Type, Kind> _kinds = new();
    private readonly Func<Type, Kind> _resolve;
    private readonly EmphasisInlineRenderer.GetTagDelegate? _emphasisTag;
    private readonly HashSet<string> _blocksAsDiv = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _blockMapping = new(StringComparer.OrdinalIgnoreCase);

    // The types of nearly every node, resolved once: a dictionary look-up per node showed in the profile.
    private readonly (Type Type, Kind Kind)[] _common;

    private MarkdownRenderers(MarkdownPipeline pipeline)
    {
        _resolve = Resolve;
        _renderer = new HtmlRenderer(TextWriter.Null);
        pipeline.Setup(_renderer);
        foreach (var renderer in _renderer.ObjectRenderers)
        {
            switch (renderer)
            {
                case EmphasisInlineRenderer emphasis:
                    _emphasisTag ??= emphasis.GetTag;
                    break;
                case LineBreakInlineRenderer lineBreak:
                    SoftBreaksAreHard |= lineBreak.RenderAsHardlineBreak;
                    break;
                case LinkInlineRenderer link:
                    // Markdig's media-links extension hooks here: images of known hosts become <iframe>, <video>, <audio>.
                    ImagesMayBeMedia |= link.TryWriters.Count > 0;
                    break;
                case CodeBlockRenderer code:
                    _blocksAsDiv.UnionWith(code.BlocksAsDiv);
                    foreach (var pair in code.BlockMapping)
                    {
                        _blockMapping[pair.Key] = pair.Value;
                    }

                    break;
            }
        }

        _common = new[] { typeof(LiteralInline), typeof(ParagraphBlock), typeof(EmphasisInline), typeof(LineBreakInline), typeof(LinkInline), typeof(CodeInline) }
            .Select(type => (type, Resolve(type)))
            .ToArray();
        Replayable = _renderer.EnableHtmlForBlock && _renderer.EnableHtmlForInline && _renderer.EnableHtmlEscape && !_renderer.ImplicitParagraph
            && Resolve(typeof(ContainerInline)) == Kind.Children;
    }

    public static MarkdownRenderers For(MarkdownPipeline pipeline) => ByPipeline.GetOrAdd(pipeline, p => new MarkdownRenderers(p));

    /// <summary>False when the renderer itself is set up in a way the replay does not follow.</summary>
    public bool Replayable { get; }

    /// <summary>Soft line breaks are written as <c>&lt;br /&gt;</c> (the hardlinebreak extension).</summary>
    public bool SoftBreaksAreHard { get; }

    /// <summary>An image may be written as an embedded player instead of an <c>&lt;img&gt;</c> (the medialinks extension).</summary>
    public bool ImagesMayBeMedia { get; }

    public Kind KindOf(MarkdownObject node)
    {
        var type = node.GetType();
        foreach (var common in _common)
        {
            if (common.Type == type)
            {
                return common.Kind;
            }
        }

        return _kinds.GetOrAdd(type, _resolve);
    }

    /// <summary>The element name of an emphasis (<c>em</c>, <c>strong</c>, <c>del</c>…), null when the renderer has none for it.</summary>
    public string? EmphasisTag(EmphasisInline emphasis) => _emphasisTag?.Invoke(emphasis);

    /// <summary>The element a fenced code block of this info is written as instead of <c>&lt;pre&gt;&lt;code&gt;</c>, if any.</summary>
    public string? SpecialCodeElement(string info) =>
        _blockMapping.TryGetValue(info, out var element) ? element : _blocksAsDiv.Contains(info) ? "div" : null;

    private Kind Resolve(Type type)
    {
        IMarkdownObjectRenderer? found = null;
        foreach (var renderer in _renderer.ObjectRenderers)
        {
            if (renderer.Accept(_renderer, type))
            {
                found = renderer;
                break;
            }
        }

        if (found is null)
        {
            return typeof(ContainerBlock).IsAssignableFrom(type) || typeof(ContainerInline).IsAssignableFrom(type) ? Kind.Children : Kind.Nothing;
        }

        // Markdig's own renderer classes exactly (a subclass may write anything), with their default output and no hooks
        // (TryWriters), except the link renderer's: the media-links extension's, which only images reach.
        if (!RendererKinds.TryGetValue(found.GetType(), out var kind)
            || (found is HtmlFootnoteGroupRenderer group && group.GroupClass != "footnotes")
            || (found is HtmlFootnoteLinkRenderer link && link.BackLinkString != "&#8617;"))
        {
            return Kind.Unsupported;
        }

        return kind == Kind.Link || !HasHooks(found) ? kind : Kind.Unsupported;
    }

    private static readonly Dictionary<Type, Kind> RendererKinds = new()
    {
        [typeof(ParagraphRenderer)] = Kind.Paragraph,
        [typeof(HeadingRenderer)] = Kind.Heading,
        [typeof(ThematicBreakRenderer)] = Kind.ThematicBreak,
        [typeof(QuoteBlockRenderer)] = Kind.Quote,
        [typeof(ListRenderer)] = Kind.List,
        [typeof(CodeBlockRenderer)] = Kind.Code,
        [typeof(HtmlBlockRenderer)] = Kind.HtmlBlock,
        [typeof(HtmlTableRenderer)] = Kind.Table,
        [typeof(HtmlFootnoteGroupRenderer)] = Kind.FootnoteGroup,
        [typeof(LiteralInlineRenderer)] = Kind.Literal,
        [typeof(LineBreakInlineRenderer)] = Kind.LineBreak,
        [typeof(EmphasisInlineRenderer)] = Kind.Emphasis,
        [typeof(LinkInlineRenderer)] = Kind.Link,
        [typeof(AutolinkInlineRenderer)] = Kind.Autolink,
        [typeof(CodeInlineRenderer)] = Kind.CodeInline,
        [typeof(HtmlInlineRenderer)] = Kind.HtmlInline,
        [typeof(HtmlEntityInlineRenderer)] = Kind.Entity,
        [typeof(DelimiterInlineRenderer)] = Kind.Delimiter,
        [typeof(HtmlFootnoteLinkRenderer)] = Kind.FootnoteLink,
        [typeof(HtmlTaskListRenderer)] = Kind.TaskList,
    };

    /// <summary>Whether an extension hooked the renderer (<c>TryWriters</c>, on each renderer's generic base class).</summary>
    private static bool HasHooks(IMarkdownObjectRenderer renderer) =>
        renderer.GetType().GetProperty("TryWriters")?.GetValue(renderer) is not System.Collections.ICollection { Count: 0 };
}
