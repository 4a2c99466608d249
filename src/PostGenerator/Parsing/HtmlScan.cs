using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>
/// A link found in HTML: its target (entities decoded) and where its <c>href</c> attribute sits in the scanned text:
/// <paramref name="Position"/> is AngleSharp's offset, one past the first character of the attribute's name.
/// </summary>
internal readonly record struct HtmlLink(string Href, int Line, int Column, int Position);

/// <summary>What one pass over a post's HTML gives: headings, links, the plain text and the first paragraph.</summary>
internal sealed class HtmlScan
{
    private static readonly HashSet<string> BlockElements = new(System.StringComparer.Ordinal)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
        "td", "th", "section", "article", "header", "footer", "figure", "figcaption", "hr", "dt", "dd", "aside", "nav",
    };

    private readonly StringBuilder _text;
    private int _skipDepth;
    private int _headingLevel;
    private string _headingId = "";
    private int _headingStart;
    private int _paragraphStart = -1;

    private HtmlScan(int capacity, bool collectLinks)
    {
        _text = new StringBuilder(capacity);
        CollectsLinks = collectLinks;
    }

    /// <summary>False when the caller needs no links (the generator): then none are read, and no positions computed.</summary>
    internal bool CollectsLinks { get; }

    public List<HeadingInfo> Headings { get; } = new();

    public List<HtmlLink> Links { get; } = new();

    public string Text { get; private set; } = "";

    public string FirstParagraph { get; private set; } = "";

    /// <summary>
    /// The text as collected, white space not yet collapsed. <see cref="PostParser.CountWords"/> treats a run of
    /// white space as <see cref="Normalize"/> does, so counting words here gives the same number without normalizing.
    /// </summary>
    public string RawText => _text.ToString();

    /// <summary>
    /// <see cref="PostParser.CountWords(string)"/> of <see cref="RawText"/>, without making that string: the text is
    /// copied into a buffer kept per thread (a post's text, 8 KB for a 4 KB post, was 80 MB of garbage at 10,000 posts).
    /// </summary>
    public int CountWords()
    {
        var length = _text.Length;
        var buffer = t_wordBuffer is { } kept && kept.Length >= length ? kept : new char[Math.Max(length, 16 * 1024)];
        if (buffer.Length <= MaxKeptWordBuffer)
        {
            t_wordBuffer = buffer;
        }

        _text.CopyTo(0, buffer, 0, length);
        return PostParser.CountWords(new ReadOnlySpan<char>(buffer, 0, length));
    }

    /// <summary>A hostile post's megabytes are counted in a buffer of their own, not kept for the life of the compiler.</summary>
    private const int MaxKeptWordBuffer = 256 * 1024;

    [ThreadStatic]
    private static char[]? t_wordBuffer;

    /// <summary>
    /// One pass of AngleSharp's tokenizer (not its tree builder: no DOM is needed, and building one costs more than the
    /// Markdown rendering itself). The tokenizer is switched into script and raw-text states the way the tree builder
    /// would, so a <c>&lt;</c> inside a script never opens a bogus tag.
    /// </summary>
    public static HtmlScan Scan(string html, bool collectText = true, bool collectLinks = true)
    {
        var scan = new HtmlScan(html.Length / 2, collectLinks);
        scan.Read(html, primed: false, out _);
        scan.Finish(collectText);
        return scan;
    }

    /// <summary>An empty scan that <see cref="MarkdownScan"/> fills from Markdig's syntax tree (no links are collected).</summary>
    internal static HtmlScan ForMarkdown(int capacity) => new(capacity, collectLinks: false);

    /// <summary>
    /// Appended to a fragment of raw HTML by <see cref="MarkdownScan"/>: a start tag that reaches the state machine as a
    /// tag only when the fragment before it ended outside any tag, comment, script or other raw text. Its name holds a
    /// private-use character, so a post that writes it anyway gets what the full scan gives it too: a tag of no effect.
    /// </summary>
    internal const string EndProbe = "<p\uE000>";

    private const string EndProbeName = "p\uE000";

    /// <summary>How a fragment of raw HTML ended, for <see cref="MarkdownScan"/>.</summary>
    internal enum FragmentEnd
    {
        /// <summary>Outside any tag or raw text: what follows is read as it would be after the whole fragment.</summary>
        Clean,

        /// <summary>Inside a script or raw-text element (<c>&lt;iframe&gt;</c>, <c>&lt;style&gt;</c>…), whose text is not collected.</summary>
        RawText,

        /// <summary>Anywhere else (inside a tag, a comment, a <c>&lt;textarea&gt;</c>…): only the full scan knows what follows.</summary>
        Open,
    }

    /// <summary>
    /// Feeds <paramref name="html"/> through AngleSharp's tokenizer into this scan. With <paramref name="primed"/>, the
    /// text starts with the start tag of the raw-text element an earlier fragment left open: it puts the tokenizer back
    /// into that element's state (and makes its end tag the appropriate one) without reaching the state machine twice.
    /// When the text ends with <see cref="EndProbe"/>, the result says where the text before it ended.
    /// </summary>
    internal FragmentEnd Read(string html, bool primed, out string? rawElement)
    {
        using var tokenizer = new HtmlTokenizer(Source(html), HtmlEntityProvider.Resolver);
        var probed = false;
        rawElement = null;
        while (true)
        {
            var token = tokenizer.Get();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            probed = false;
            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    OnText(token.Data);
                    break;

                case HtmlTokenType.StartTag:
                {
                    var tag = token.AsTag();
                    if (primed)
                    {
                        primed = false;
                        rawElement = tag.Name;
                        SwitchState(tokenizer, ContentModeOf(tag.Name));
                        break;
                    }

                    if (tag.Name == EndProbeName)
                    {
                        probed = true;
                        break;
                    }

                    string? href = null;
                    var line = 0;
                    var column = 0;
                    var position = 0;
                    if (tag.Name == "a" && CollectsLinks)
                    {
                        foreach (var attribute in tag.Attributes)
                        {
                            if (attribute.Name == "href")
                            {
                                (href, line, column, position) = (attribute.Value, attribute.Position.Line, attribute.Position.Column, attribute.Position.Position);
                                break;
                            }
                        }
                    }

                    var mode = OnStartTag(tag.Name, href, line, column, position, tag.Name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? tag.GetAttribute("id") : null);
                    SwitchState(tokenizer, mode);
                    if (mode != ContentMode.Data)
                    {
                        rawElement = tag.Name;
                    }

                    break;
                }

                case HtmlTokenType.EndTag:
                    OnEndTag(token.Name);
                    break;
            }
        }

        if (probed)
        {
            return FragmentEnd.Clean;
        }

        // In a script, "<!--" starts an escaped state that a later fragment could not be put back into.
        var rawText = tokenizer.State == HtmlParseMode.Rawtext || (tokenizer.State == HtmlParseMode.Script && html.IndexOf("<!--", System.StringComparison.Ordinal) < 0);
        return rawText ? FragmentEnd.RawText : FragmentEnd.Open;
    }

    /// <summary>
    /// A read-only source over the string itself: <c>new TextSource(string)</c> copies the text into a pooled
    /// <c>StringBuilder</c> and takes a lock to get and return it, per fragment (5% of a cold run, most of it in the
    /// lock). The writable source reads U+FFFF as U+FFFD, where the read-only one would hand the tokenizer its
    /// end-of-file mark; text holding U+FFFF keeps the writable source.
    /// </summary>
    private static TextSource Source(string html) =>
        html.IndexOf('\uFFFF') < 0 ? new TextSource(new StringTextSource(html)) : new TextSource(html);

    private static void SwitchState(HtmlTokenizer tokenizer, ContentMode mode)
    {
        if (mode != ContentMode.Data)
        {
            tokenizer.State = mode switch
            {
                ContentMode.Script => HtmlParseMode.Script,
                ContentMode.Rawtext => HtmlParseMode.Rawtext,
                ContentMode.RCData => HtmlParseMode.RCData,
                _ => HtmlParseMode.Plaintext,
            };
        }
    }

    /// <summary>How the content after a start tag is tokenized, as the HTML tree builder would switch it.</summary>
    internal enum ContentMode
    {
        Data,
        Script,
        Rawtext,
        RCData,
        Plaintext,
    }

    internal void OnText(string data)
    {
        if (_skipDepth == 0)
        {
            _text.Append(data);
        }
    }

    internal void OnText(string html, int start, int length)
    {
        if (_skipDepth == 0)
        {
            _text.Append(html, start, length);
        }
    }

    internal void OnText(char c)
    {
        if (_skipDepth == 0)
        {
            _text.Append(c);
        }
    }

    /// <summary>A start tag: <paramref name="href"/> is the first <c>href</c> of an <c>a</c>, <paramref name="id"/> the first <c>id</c> of a heading.</summary>
    internal ContentMode OnStartTag(string name, string? href, int line, int column, int position, string? id)
    {
        var mode = ContentModeOf(name);
        if (mode is ContentMode.Script or ContentMode.Rawtext)
        {
            _skipDepth++;
        }

        switch (name)
        {
            case "a":
                if (href is not null && CollectsLinks)
                {
                    Links.Add(new HtmlLink(href, line, column, position));
                }

                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingLevel = name[1] - '0';
                _headingId = id ?? "";
                _headingStart = _text.Length;
                break;
            case "p" when _paragraphStart < 0 && FirstParagraph.Length == 0:
                _paragraphStart = _text.Length;
                break;
        }

        if (BlockElements.Contains(name))
        {
            _text.Append(' ');
        }

        return mode;
    }

    /// <summary>Whether a tag of this name changes anything the scan collects (links aside): block elements, headings, raw text.</summary>
    internal static bool Matters(string name) => BlockElements.Contains(name) || ContentModeOf(name) != ContentMode.Data;

    /// <summary>The tokenizer state the HTML tree builder switches to after this start tag.</summary>
    private static ContentMode ContentModeOf(string name) => name switch
    {
        "script" => ContentMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => ContentMode.Rawtext,
        "textarea" or "title" => ContentMode.RCData,
        "plaintext" => ContentMode.Plaintext,
        _ => ContentMode.Data,
    };

    internal void OnEndTag(string name)
    {
        switch (name)
        {
            case "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes":
                if (_skipDepth > 0)
                {
                    _skipDepth--;
                }

                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _headingLevel > 0 && name[1] - '0' == _headingLevel:
                Headings.Add(new HeadingInfo(_headingLevel, _headingId, Normalize(_text.ToString(_headingStart, _text.Length - _headingStart))));
                _headingLevel = 0;
                break;
            case "p" when _paragraphStart >= 0:
                var paragraph = Normalize(_text.ToString(_paragraphStart, _text.Length - _paragraphStart));
                _paragraphStart = -1;
                FirstParagraph = paragraph;
                break;
        }

        if (BlockElements.Contains(name))
        {
            _text.Append(' ');
        }
    }

    internal void Finish(bool collectText)
    {
        if (collectText)
        {
            Text = Normalize(_text.ToString());
        }
    }

    /// <summary>Collapses runs of white space (including the no-break space of <c>&amp;nbsp;</c>) to one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
