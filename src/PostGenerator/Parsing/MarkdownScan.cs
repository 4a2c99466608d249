using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PostGenerator.Parsing;

/// <summary>
/// The <see cref="HtmlScan"/> of a rendered Markdown post, taken from the Markdig syntax tree that was rendered instead
/// of from a second pass over the HTML: the walk replays, node by node, what Markdig's HTML renderers write (their
/// tags into the scan's state machine, their text and line breaks into its text) and hands only raw HTML (HTML blocks
/// and inline tags) to AngleSharp's tokenizer, through the same state machine. The result equals
/// <c>HtmlScan.Scan(html)</c> of the rendered HTML, which <c>MarkdownScanTests</c> checks on real and generated posts.
/// <para>
/// Where the replay cannot know what the full scan would read, it gives up and the caller scans the HTML instead:
/// a node whose renderer is not one of Markdig's own that are replayed here (math, figures, custom containers…), and
/// raw HTML that ends inside a tag, a comment or a <c>&lt;textarea&gt;</c> (the Markdig output after it would be read
/// as part of it). Raw HTML that leaves a script or raw-text element open (an <c>&lt;iframe&gt;</c> tag on its own
/// in a paragraph) is followed: its text is not collected, so the Markdig output up to its end tag counts for nothing.
/// </para>
/// </summary>
internal sealed class MarkdownScan
{
    private enum Step : byte
    {
        Block,
        Inlines,
        EndParagraph,
        EndHeading,
        EndQuote,
        ListItem,
        EndListItem,
        EndList,
        Row,
        EndRow,
        Cell,
        EndCell,
        EndTable,
        Footnote,
        EndFootnote,
        EndFootnoteGroup,
        EndEmphasis,
        EndLink,
        EndImage,
    }

    /// <summary>
    /// One piece of pending work: a block to replay, a run of inlines (the node and its next siblings), or what a renderer
    /// writes after a node's children.
    /// </summary>
    private readonly struct Work(Step step, MarkdownObject? node, string? name = null, bool flag = false, bool saved = false)
    {
        public readonly Step Step = step;
        public readonly MarkdownObject? Node = node;
        public readonly string? Name = name;

        /// <summary>Block: first in its container. EndParagraph: implicit. ListItem: the list is loose. Cell: header.</summary>
        public readonly bool Flag = flag;

        /// <summary>The <c>ImplicitParagraph</c> to restore, or for EndImage whether a media renderer may have drawn it.</summary>
        public readonly bool Saved = saved;
    }

    private readonly HtmlScan _scan;
    private readonly MarkdownRenderers _renderers;
    private readonly List<Work> _work;
    private readonly StringBuilder _fragment;

    /// <summary>The renderer's <c>previousWasLine</c>: whether its output ends with a line break, so EnsureLine writes none.</summary>
    private bool _atLineStart = true;

    /// <summary>The renderer's <c>ImplicitParagraph</c>: paragraphs without <c>&lt;p&gt;</c> (tight list items, one-block table cells).</summary>
    private bool _implicitParagraph;

    /// <summary>Inside an image's <c>alt</c> attribute (the renderer's <c>EnableHtmlForInline</c> off): nothing is text.</summary>
    private int _inAttribute;

    /// <summary>The script or raw-text element that raw HTML left open: the Markdig output after it is that element's text.</summary>
    private string? _rawElement;

    private MarkdownScan(HtmlScan scan, MarkdownRenderers renderers)
    {
        _scan = scan;
        _renderers = renderers;
        (_work, _fragment) = t_buffers ?? (new List<Work>(32), new StringBuilder());
        t_buffers = null;
    }

    /// <summary>
    /// The work stack and fragment buffer of the last walk on this thread that ended, for the next: allocated and grown
    /// for every post, they were 4 KB of garbage per post. A walk that throws does not give them back.
    /// </summary>
    [ThreadStatic]
    private static (List<Work> Work, StringBuilder Fragment)? t_buffers;

    /// <summary>The characters of the fragment being read (AngleSharp reads them in place), kept per thread like the rest.</summary>
    [ThreadStatic]
    private static char[]? t_fragmentChars;

    /// <summary>Up to this many characters of fragment buffer are kept for the next walk.</summary>
    private const int MaxKeptFragment = 64 * 1024;

    private void GiveBuffersBack()
    {
        if (_fragment.Capacity <= MaxKeptFragment && _work.Capacity <= 1024)
        {
            _work.Clear();
            _fragment.Clear();
            t_buffers = (_work, _fragment);
        }
    }

    /// <summary>
    /// The scan of <paramref name="document"/> as rendered by <paramref name="renderers"/>' pipeline, or null when only
    /// a scan of the rendered HTML gives it exactly. <paramref name="markdown"/> is the text that was parsed.
    /// </summary>
    public static HtmlScan? TryScan(MarkdownDocument document, string markdown, MarkdownRenderers renderers, bool collectText, CancellationToken cancellationToken = default)
    {
        // AngleSharp's text source reads U+FFFF (its own end-of-input mark) as U+FFFD, where Markdig's text keeps it:
        // such a post (none is real) is left to the full scan rather than every text checked for it.
        if (!renderers.Replayable || markdown.IndexOf('\uFFFF') >= 0)
        {
            return null;
        }

        // A first buffer starts small and grows in chunks (one of the body's length up front showed in the profile); later
        // scans on the thread reuse it.
        var scan = HtmlScan.ForMarkdown(256, collectText);
        var walk = new MarkdownScan(scan, renderers);
        var replayed = walk.Walk(document, cancellationToken);
        walk.GiveBuffersBack();
        if (!replayed)
        {
            return null;
        }

        scan.Finish();
        return scan;
    }

    /// <summary>
    /// The renderers' calls, in their order, with an explicit stack instead of recursion: hostile nesting cannot exhaust
    /// the call stack here (Markdig's own renderer refuses more than 128 levels before this runs, as a second guard).
    /// </summary>
    private bool Walk(MarkdownDocument document, CancellationToken cancellationToken)
    {
        PushBlocks(document);
        var steps = 0;
        while (_work.Count > 0)
        {
            if ((++steps & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var work = _work[_work.Count - 1];
            _work.RemoveAt(_work.Count - 1);
            var ok = work.Step switch
            {
                Step.Block => Block(work.Node!, work.Flag),
                Step.Inlines => Inlines((Inline)work.Node!),
                _ => After(work),
            };

            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private bool Block(MarkdownObject node, bool isFirst)
    {
        switch (_renderers.KindOf(node))
        {
            case Kind.Children:
                PushBlocks((ContainerBlock)node);
                return true;

            case Kind.Nothing:
                return true;

            case Kind.Paragraph:
            {
                var paragraph = (ParagraphBlock)node;
                var implicitParagraph = _implicitParagraph;
                if (!implicitParagraph)
                {
                    if (!isFirst)
                    {
                        EnsureLine();
                    }

                    StartTag("p");
                }

                Push(new Work(Step.EndParagraph, node, flag: implicitParagraph));
                PushInlines(paragraph.Inline);
                return true;
            }

            case Kind.Heading:
            {
                var heading = (HeadingBlock)node;
                var name = heading.Level is >= 1 and <= 6 ? HeadingNames[heading.Level - 1] : "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
                if (!StartTag(name, HeadingId(heading)))
                {
                    return false;
                }

                Push(new Work(Step.EndHeading, node, name));
                PushInlines(heading.Inline);
                return true;
            }

            case Kind.ThematicBreak:
                StartTagLine("hr");
                return true;

            case Kind.Quote:
                EnsureLine();
                StartTagLine("blockquote");
                Push(new Work(Step.EndQuote, node, saved: _implicitParagraph));
                _implicitParagraph = false;
                PushBlocks((ContainerBlock)node);
                return true;

            case Kind.List:
            {
                var list = (ListBlock)node;
                var name = list.IsOrdered ? "ol" : "ul";
                EnsureLine();
                StartTagLine(name);
                Push(new Work(Step.EndList, node, name));
                return PushEach<ListItemBlock>(list, Step.ListItem, list.IsLoose);
            }

            case Kind.Code:
                return CodeBlock((LeafBlock)node);

            case Kind.HtmlBlock:
            {
                var lines = ((LeafBlock)node).Lines.Lines;
                if (lines is null || lines.Length == 0 || lines[0].Slice.Text is null)
                {
                    return true;
                }

                _fragment.Clear();
                for (var i = 0; i < lines.Length && lines[i].Slice.Text is not null; i++)
                {
                    var slice = lines[i].Slice;
                    _fragment.Append(slice.Text, slice.Start, slice.Length).Append('\n');
                }

                _atLineStart = true;
                return Raw();
            }

            case Kind.Table:
            {
                var table = (Table)node;
                EnsureLine();
                StartTagLine("table");
                Push(new Work(Step.EndTable, node));
                return PushEach<TableRow>(table, Step.Row);
            }

            case Kind.FootnoteGroup:
            {
                var group = (FootnoteGroup)node;
                EnsureLine();
                StartTagLine("div");
                StartTagLine("hr");
                StartTagLine("ol");
                Push(new Work(Step.EndFootnoteGroup, node));
                return PushEach<Footnote>(group, Step.Footnote);
            }

            default:
                return false;
        }
    }

    /// <summary>CodeBlockRenderer: <c>&lt;pre&gt;&lt;code&gt;</c>, or the element a fenced block's info maps to (mermaid as a div).</summary>
    private bool CodeBlock(LeafBlock code)
    {
        EnsureLine();
        var name = "pre";
        if (code is FencedCodeBlock { Info: { } info } && _renderers.SpecialCodeElement(info) is { } special)
        {
            name = special;
        }

        if (!StartTag(name))
        {
            return false;
        }

        var lines = code.Lines.Lines;
        for (var i = 0; lines is not null && i < lines.Length && lines[i].Slice.Text is not null; i++)
        {
            var slice = lines[i].Slice;
            Text(slice.Text, slice.Start, slice.Length);
            NewLine();
        }

        EndTagLine(name);
        return true;
    }

    /// <summary>
    /// An inline and its next siblings, in a loop: only an inline with children (emphasis, link) goes back on the stack,
    /// with the siblings after it.
    /// </summary>
    private bool Inlines(Inline? inline)
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            var kind = _renderers.KindOf(inline);
            if (kind is Kind.Emphasis or Kind.Link or Kind.Delimiter or Kind.Children)
            {
                if (inline.NextSibling is { } next)
                {
                    Push(new Work(Step.Inlines, next));
                }

                return Inline(inline, kind, isLast: inline.NextSibling is null);
            }

            if (!Inline(inline, kind, isLast: inline.NextSibling is null))
            {
                return false;
            }
        }

        return true;
    }

    private bool Inline(Inline node, Kind kind, bool isLast)
    {
        switch (kind)
        {
            case Kind.Literal:
            {
                var content = ((LiteralInline)node).Content;
                Text(content.Text, content.Start, content.Length);
                return true;
            }

            case Kind.LineBreak:
                if (!isLast)
                {
                    if (_inAttribute == 0 && (((LineBreakInline)node).IsHard || _renderers.SoftBreaksAreHard))
                    {
                        StartTagLine("br");
                    }

                    EnsureLine();
                }

                return true;

            case Kind.Emphasis:
            {
                var emphasis = (EmphasisInline)node;
                var name = _renderers.EmphasisTag(emphasis);
                if (_inAttribute == 0)
                {
                    if (name is null)
                    {
                        // Markdig writes "<>" and "</>": AngleSharp reads the first as text and drops the second. With
                        // attributes inside ("< id=…>") it is text of another shape: left to the full scan.
                        if (emphasis.TryGetAttributes() is not null)
                        {
                            return false;
                        }

                        Text("<>", 0, 2);
                    }
                    else if (!StartTag(name))
                    {
                        return false;
                    }
                }

                Push(new Work(Step.EndEmphasis, node, name));
                PushInlines(emphasis);
                return true;
            }

            case Kind.Link:
            {
                var link = (LinkInline)node;
                if (_inAttribute == 0)
                {
                    Written();
                }

                if (!link.IsImage)
                {
                    Push(new Work(Step.EndLink, node));
                    PushInlines(link);
                    return true;
                }

                // With media links an image may be written as an <iframe> instead: its end tag would close an <iframe>
                // left open before it, and inside an alt attribute its quotes would end the attribute.
                var media = _renderers.ImagesMayBeMedia;
                if (media && (_inAttribute > 0 || _rawElement == "iframe"))
                {
                    return false;
                }

                _inAttribute++;
                Push(new Work(Step.EndImage, node, saved: media));
                PushInlines(link);
                return true;
            }

            case Kind.Autolink or Kind.CodeInline:
            {
                // An <a> or <code> tag (not written inside an attribute) around the text.
                if (_inAttribute == 0)
                {
                    Written();
                }

                var text = kind == Kind.Autolink ? ((AutolinkInline)node).Url : ((CodeInline)node).Content;
                Text(text, 0, text.Length);
                return true;
            }

            case Kind.HtmlInline:
                if (_inAttribute > 0)
                {
                    return true;
                }

                Written();
                _fragment.Clear();
                _fragment.Append(((HtmlInline)node).Tag);
                return Raw();

            case Kind.Entity:
            {
                // "&#xFFFF;" gives U+FFFF too (see TryScan).
                var transcoded = ((HtmlEntityInline)node).Transcoded;
                if (transcoded.Text is not null && transcoded.Length > 0 && transcoded.Text.IndexOf('\uFFFF', transcoded.Start, transcoded.Length) >= 0)
                {
                    return false;
                }

                Text(transcoded.Text, transcoded.Start, transcoded.Length);
                return true;
            }

            case Kind.Delimiter:
            {
                var delimiter = (DelimiterInline)node;
                var literal = delimiter.ToLiteral();
                Text(literal, 0, literal.Length);
                PushInlines(delimiter);
                return true;
            }

            case Kind.FootnoteLink:
                if (_inAttribute == 0)
                {
                    Written();
                    var link = (FootnoteLink)node;
                    var text = link.IsBackLink ? "\u21A9" : link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
                    Text(text, 0, text.Length);
                }

                return true;

            case Kind.TaskList:
                Written();
                return true;

            case Kind.Children:
                PushInlines((ContainerInline)node);
                return true;

            case Kind.Nothing:
                return true;

            default:
                return false;
        }
    }

    /// <summary>What the renderers write after a node's children.</summary>
    private bool After(Work work)
    {
        switch (work.Step)
        {
            case Step.EndParagraph:
                if (!work.Flag)
                {
                    EndTagLine("p");
                }

                return true;

            case Step.EndHeading:
                EndTagLine(work.Name!);
                return true;

            case Step.EndQuote:
                _implicitParagraph = work.Saved;
                EndTagLine("blockquote");
                return true;

            case Step.ListItem:
                // ListRenderer: each item's paragraphs are implicit in a tight list.
                Push(new Work(Step.EndListItem, work.Node, saved: _implicitParagraph));
                _implicitParagraph = !work.Flag;
                EnsureLine();
                StartTag("li");
                PushBlocks((ContainerBlock)work.Node!);
                return true;

            case Step.EndListItem:
                EndTagLine("li");
                _implicitParagraph = work.Saved;
                return true;

            case Step.EndList:
                EndTagLine(work.Name!);
                return true;

            case Step.Row:
            {
                // HtmlTableRenderer. The <thead>, <tbody> and <col> lines it also writes sit between block tags
                // (table, tr) whose spaces the text has anyway, and change nothing else the scan collects.
                var row = (TableRow)work.Node!;
                StartTagLine("tr");
                Push(new Work(Step.EndRow, row));
                return PushEach<TableCell>(row, Step.Cell, row.IsHeader);
            }

            case Step.Cell:
            {
                var cell = (TableCell)work.Node!;
                var name = work.Flag ? "th" : "td";
                EnsureLine();
                StartTag(name);
                Push(new Work(Step.EndCell, cell, name, saved: _implicitParagraph));
                if (cell.Count == 1)
                {
                    _implicitParagraph = true;
                }

                // The cell has no renderer of its own: its blocks are written as a container's children.
                return _renderers.KindOf(cell) == Kind.Children && PushBlocks(cell);
            }

            case Step.EndCell:
                _implicitParagraph = work.Saved;
                EndTagLine(work.Name!);
                return true;

            case Step.EndRow:
                EndTagLine("tr");
                return true;

            case Step.EndTable:
                EndTagLine("table");
                return true;

            case Step.Footnote:
                StartTagLine("li");
                Push(new Work(Step.EndFootnote, work.Node));
                PushBlocks((ContainerBlock)work.Node!);
                return true;

            case Step.EndFootnote:
                EndTagLine("li");
                return true;

            case Step.EndFootnoteGroup:
                EndTagLine("ol");
                EndTagLine("div");
                return true;

            case Step.EndEmphasis:
                if (_inAttribute == 0)
                {
                    Written();
                    if (work.Name is not null)
                    {
                        EndTag(work.Name);
                    }
                }

                return true;

            case Step.EndLink:
                if (_inAttribute == 0)
                {
                    Written();
                }

                return true;

            case Step.EndImage:
                _inAttribute--;
                if (_inAttribute == 0 && !string.IsNullOrEmpty(((LinkInline)work.Node!).Title))
                {
                    // The title attribute is written after the alt text.
                    Written();
                }

                // A media renderer would leave the line state as "written"; the alt text left it after a line break.
                return !(work.Saved && _atLineStart);

            default:
                return false;
        }
    }

    private static readonly string[] HeadingNames = { "h1", "h2", "h3", "h4", "h5", "h6" };

    /// <summary>
    /// The id AngleSharp reads from the heading's tag: the first <c>id</c> attribute the renderer writes (its Id, else a
    /// property named so), with the input-stream preprocessing of HTML applied (CR LF and CR become LF).
    /// </summary>
    private static string? HeadingId(HeadingBlock heading)
    {
        var attributes = heading.TryGetAttributes();
        if (attributes is null)
        {
            return null;
        }

        var id = attributes.Id;
        if (id is null && attributes.Properties is { } properties)
        {
            foreach (var property in properties)
            {
                if (string.Equals(property.Key, "id", StringComparison.OrdinalIgnoreCase))
                {
                    id = property.Value ?? "";
                    break;
                }
            }
        }

        return id is not null && id.IndexOf('\r') >= 0 ? id.Replace("\r\n", "\n").Replace('\r', '\n') : id;
    }

    private void Push(in Work work) => _work.Add(work);

    private bool PushBlocks(ContainerBlock container)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            _work.Add(new Work(Step.Block, container[i], flag: i == 0));
        }

        return true;
    }

    /// <summary>The children of a container whose renderer iterates them itself (list items, rows, cells, footnotes).</summary>
    private bool PushEach<T>(ContainerBlock container, Step step, bool flag = false)
        where T : Block
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            if (container[i] is not T child)
            {
                return false;
            }

            Push(new Work(step, child, flag: flag));
        }

        return true;
    }

    private void PushInlines(ContainerInline? container)
    {
        if (container?.FirstChild is { } first)
        {
            _work.Add(new Work(Step.Inlines, first));
        }
    }

    /// <summary>The renderer wrote something that is not a line break (a tag, an attribute).</summary>
    private void Written() => _atLineStart = false;

    /// <summary>Text the renderer writes escaped: AngleSharp reads it back as it was.</summary>
    private void Text(string? text, int start, int length)
    {
        if (length <= 0 || text is null)
        {
            return;
        }

        _atLineStart = false;
        if (_inAttribute == 0 && _rawElement is null)
        {
            _scan.OnText(text, start, length);
        }
    }

    private void NewLine()
    {
        _atLineStart = true;
        if (_inAttribute == 0 && _rawElement is null)
        {
            _scan.OnText('\n');
        }
    }

    private void EnsureLine()
    {
        if (!_atLineStart)
        {
            NewLine();
        }
    }

    /// <summary>A tag Markdig writes. Inside raw text left open it is text, and so nothing.</summary>
    private bool StartTag(string name, string? id = null)
    {
        _atLineStart = false;
        if (_inAttribute > 0 || _rawElement is not null || !HtmlScan.Matters(name))
        {
            return true;
        }

        return _scan.OnStartTag(name, null, 0, 0, 0, id) == HtmlScan.ContentMode.Data;
    }

    /// <summary>WriteLine("&lt;name&gt;"): the tag, then a line break.</summary>
    private void StartTagLine(string name)
    {
        StartTag(name);
        NewLine();
    }

    /// <summary>WriteLine("&lt;/name&gt;"): the end tag, then a line break.</summary>
    private void EndTagLine(string name)
    {
        EndTag(name);
        NewLine();
    }

    private void EndTag(string name)
    {
        _atLineStart = false;
        if (_inAttribute == 0 && _rawElement is null && HtmlScan.Matters(name))
        {
            _scan.OnEndTag(name);
        }
    }

    /// <summary>
    /// Raw HTML (in <see cref="_fragment"/>) through AngleSharp's tokenizer: after the start tag of the raw-text element
    /// left open, if any, and before <see cref="HtmlScan.EndProbe"/>, which tells where the fragment ended.
    /// </summary>
    private bool Raw()
    {
        if (_rawElement is not null)
        {
            _fragment.Insert(0, ">").Insert(0, _rawElement).Insert(0, "<");
        }

        _fragment.Append(HtmlScan.EndProbe);
        var length = _fragment.Length;
        var chars = t_fragmentChars is { } kept && kept.Length >= length ? kept : new char[Math.Max(length, 4096)];
        if (chars.Length <= MaxKeptFragment)
        {
            t_fragmentChars = chars;
        }

        _fragment.CopyTo(0, chars, 0, length);
        switch (_scan.Read(chars, length, _rawElement is not null, out var rawElement))
        {
            case HtmlScan.FragmentEnd.Clean:
                _rawElement = null;
                return true;
            case HtmlScan.FragmentEnd.RawText:
                _rawElement = rawElement;
                return true;
            default:
                return false;
        }
    }
}
