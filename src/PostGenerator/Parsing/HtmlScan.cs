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

    /// <summary>
    /// The text kept: all of it when <see cref="_collectText"/>, else only while a heading or the first paragraph is
    /// open (their text is taken from it). Taken from the thread's <see cref="t_textBuffer"/>, given back by
    /// <see cref="Finish"/>.
    /// </summary>
    private StringBuilder _text;
    private readonly bool _collectText;

    /// <summary>The words of all the text, counted as it comes (a struct, mutated in place).</summary>
    private WordCounter _words;
    private int _skipDepth;
    private int _headingLevel;
    private string _headingId = "";
    private int _headingStart;
    private int _paragraphStart = -1;

    private HtmlScan(int capacity, bool collectText, bool collectLinks)
    {
        _text = t_textBuffer ?? new StringBuilder(capacity);
        t_textBuffer = null;
        _collectText = collectText;
        CollectsLinks = collectLinks;
    }

    /// <summary>False when the caller needs no links (the generator): then none are read, and no positions computed.</summary>
    internal bool CollectsLinks { get; }

    public List<HeadingInfo> Headings { get; } = new();

    public List<HtmlLink> Links { get; } = new();

    /// <summary>The text, white space collapsed (<see cref="Normalize"/>); set by <see cref="Finish"/> when asked to collect it.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The text as collected, white space not yet collapsed; set with <see cref="Text"/>.</summary>
    public string RawText { get; private set; } = "";

    public string FirstParagraph { get; private set; } = "";

    /// <summary>
    /// <see cref="PostParser.CountWords(string)"/> of <see cref="RawText"/> (which treats a run of white space as
    /// <see cref="Normalize"/> does), counted as the text comes, whether or not it is collected; set by <see cref="Finish"/>.
    /// </summary>
    public int WordCount { get; private set; }

    /// <summary>A hostile post's megabytes are scanned in a buffer of their own, not kept for the life of the compiler.</summary>
    private const int MaxKeptBuffer = 256 * 1024;

    /// <summary>
    /// The text buffer of the last finished scan on this thread, for the next one: a buffer per post, grown in chunks
    /// from a few hundred characters, was 8 KB of garbage per post.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_textBuffer;

    /// <summary>
    /// One pass of AngleSharp's tokenizer (not its tree builder: no DOM is needed, and building one costs more than the
    /// Markdown rendering itself). The tokenizer is switched into script and raw-text states the way the tree builder
    /// would, so a <c>&lt;</c> inside a script never opens a bogus tag.
    /// </summary>
    public static HtmlScan Scan(string html, bool collectText = true, bool collectLinks = true)
    {
        var scan = new HtmlScan(html.Length / 2, collectText, collectLinks);
        scan.Read(html, primed: false, out _);
        scan.Finish();
        return scan;
    }

    /// <summary>An empty scan that <see cref="MarkdownScan"/> fills from Markdig's syntax tree (no links are collected).</summary>
    internal static HtmlScan ForMarkdown(int capacity, bool collectText) => new(capacity, collectText, collectLinks: false);

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
    internal FragmentEnd Read(string html, bool primed, out string? rawElement) => Read(Source(html), html.AsSpan(), primed, out rawElement);

    /// <summary>
    /// <see cref="Read(string, bool, out string?)"/> of the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/>, read in place (<see cref="MarkdownScan"/> copies each fragment into a buffer it keeps).
    /// </summary>
    internal FragmentEnd Read(char[] buffer, int length, bool primed, out string? rawElement)
    {
        var text = new ReadOnlySpan<char>(buffer, 0, length);
        return text.IndexOf('\uFFFF') < 0
            ? Read(new TextSource(new CharArrayTextSource(buffer, length)), text, primed, out rawElement)
            : Read(new string(buffer, 0, length), primed, out rawElement);
    }

    private FragmentEnd Read(TextSource source, ReadOnlySpan<char> html, bool primed, out string? rawElement)
    {
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var probed = false;
        rawElement = null;
        while (true)
        {
            // The struct token, not Get(): that copies every token into a class with strings of its name, data and
            // attributes (6 KB of garbage per post). The token's memory is valid until the next call.
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile)
            {
                break;
            }

            probed = false;
            switch (token.Type)
            {
                case HtmlTokenType.Character:
                    OnText(token.Data.Memory);
                    break;

                case HtmlTokenType.StartTag:
                {
                    var name = KnownName(token.Name.Memory.Span);
                    if (primed)
                    {
                        primed = false;
                        rawElement = name;
                        SwitchState(tokenizer, ContentModeOf(name));
                        break;
                    }

                    if (name == EndProbeName)
                    {
                        probed = true;
                        break;
                    }

                    string? href = null;
                    var line = 0;
                    var column = 0;
                    var position = 0;
                    if (name == "a" && CollectsLinks)
                    {
                        var attributes = token.Attributes;
                        for (var i = 0; i < attributes.Count; i++)
                        {
                            var attribute = attributes[i];
                            if (attribute.Name == "href")
                            {
                                (href, line, column, position) = (attribute.Value.ToString(), attribute.Position.Line, attribute.Position.Column, attribute.Position.Position);
                                break;
                            }
                        }
                    }

                    var mode = OnStartTag(name, href, line, column, position, name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? token.GetAttribute("id").ToString() : null);
                    SwitchState(tokenizer, mode);
                    if (mode != ContentMode.Data)
                    {
                        rawElement = name;
                    }

                    break;
                }

                case HtmlTokenType.EndTag:
                    OnEndTag(KnownName(token.Name.Memory.Span));
                    break;
            }
        }

        if (probed)
        {
            return FragmentEnd.Clean;
        }

        // In a script, "<!--" starts an escaped state that a later fragment could not be put back into.
        var rawText = tokenizer.State == HtmlParseMode.Rawtext || (tokenizer.State == HtmlParseMode.Script && html.IndexOf("<!--".AsSpan()) < 0);
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

    /// <summary>
    /// Every tag name the scan tells apart (<see cref="OnStartTag"/>, <see cref="OnEndTag"/>, <see cref="ContentModeOf"/>,
    /// the end probe). The tokenizer lowercases names.
    /// </summary>
    private static readonly string[] KnownNames = BuildKnownNames();

    private static string[] BuildKnownNames()
    {
        var names = new List<string>(BlockElements) { "a", "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext", EndProbeName };
        return names.ToArray();
    }

    /// <summary>
    /// The name as one of <see cref="KnownNames"/>, or "" for any other tag (which changes nothing the scan collects): no
    /// string is made of a tag's name.
    /// </summary>
    private static string KnownName(ReadOnlySpan<char> name)
    {
        foreach (var known in KnownNames)
        {
            if (known.Length == name.Length && name.SequenceEqual(known.AsSpan()))
            {
                return known;
            }
        }

        return "";
    }

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

    private void OnText(ReadOnlyMemory<char> data)
    {
        if (_skipDepth != 0 || data.IsEmpty)
        {
            return;
        }

        _words.Add(data.Span);
        if (!Keeps)
        {
            return;
        }

        if (System.Runtime.InteropServices.MemoryMarshal.TryGetString(data, out var text, out var start, out var length))
        {
            _text.Append(text, start, length);
        }
        else if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(data, out var array))
        {
            _text.Append(array.Array, array.Offset, array.Count);
        }
        else
        {
            _text.Append(data.ToString());
        }
    }

    internal void OnText(string html, int start, int length)
    {
        if (_skipDepth == 0)
        {
            _words.Add(html.AsSpan(start, length));
            if (Keeps)
            {
                _text.Append(html, start, length);
            }
        }
    }

    internal void OnText(char c)
    {
        if (_skipDepth == 0)
        {
            _words.Add(c);
            if (Keeps)
            {
                _text.Append(c);
            }
        }
    }

    /// <summary>Whether text is kept now: all of it is, or a heading or the first paragraph is open.</summary>
    private bool Keeps => _collectText || _headingLevel > 0 || _paragraphStart >= 0;

    /// <summary>The space a block element's tag stands for in the text.</summary>
    private void Separate()
    {
        _words.Add(' ');
        if (Keeps)
        {
            _text.Append(' ');
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
            Separate();
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
            Separate();
        }
    }

    /// <summary>Sets <see cref="WordCount"/>, and <see cref="Text"/> and <see cref="RawText"/> when collected; gives the text buffer back.</summary>
    internal void Finish()
    {
        if (_collectText)
        {
            RawText = _text.ToString();
            Text = Normalize(RawText);
        }

        WordCount = _words.Finish();
        if (_text.Capacity <= MaxKeptBuffer)
        {
            t_textBuffer = _text.Clear();
        }

        _text = null!;
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
