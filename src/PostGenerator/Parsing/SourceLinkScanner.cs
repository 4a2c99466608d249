using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using System.Threading;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PostGenerator.Parsing;

/// <summary>A link target in a post's source: the target as the renderer reads it and the span of its raw text in the file.</summary>
/// <param name="Target">The target, HTML entities and Markdown escapes decoded (still percent-encoded).</param>
/// <param name="Start">Offset of the target's raw text in the post's text.</param>
/// <param name="Length">Length of the raw text (the <c>href</c> value without quotes, or the Markdown destination).</param>
internal readonly record struct SourceLink(string Target, int Start, int Length);

/// <summary>A <c>{% post_url NAME %}</c> tag: the name and where it sits in the post's text.</summary>
internal readonly record struct PostUrlReference(string Name, int Start, int Length);

/// <summary>
/// Finds the links of a post's body in its source, with exact spans, for the analyzer. Markdown is read with the
/// generator's own Markdig pipeline and raw HTML with the generator's own tokenizer pass (<see cref="HtmlScan"/>),
/// so a link is found here exactly when it is a link in the rendered post: nothing inside code blocks or code spans.
/// </summary>
internal static class SourceLinkScanner
{
    // Liquid output tags for the site's address. Jekyll runs Liquid before Markdown, so "{{ site.baseurl }}/x" is a
    // link there although its spaces make it none for CommonMark; the spaces are masked (same length) before parsing.
    private static readonly Regex SiteVariable = new(@"\{\{[ \t]*site\.(?:baseurl|url)[ \t]*\}\}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex SiteVariableMasked = new(@"\{\{_*site\.(?:baseurl|url)_*\}\}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static List<SourceLink> Scan(string text, int bodyStart, bool isHtml, string markdownExtensions, CancellationToken cancellationToken) =>
        Scan(text, bodyStart, isHtml, markdownExtensions, cancellationToken, checkRenders: false, out _);

    /// <summary>
    /// The links, and with <paramref name="checkRenders"/> whether Markdig refuses the body as the generator renders it
    /// (<paramref name="refusal"/>, Markdig's message; the links are then not read). That check parses and renders (to
    /// nothing) the generator's own body, <c>{% post_url %}</c> replaced; the links come from the body with the site's
    /// address variables masked. One parse serves both when neither occurs (most posts); a masked body Markdig refuses
    /// while the generator's renders gives no links, not a refusal.
    /// </summary>
    public static List<SourceLink> Scan(string text, int bodyStart, bool isHtml, string markdownExtensions, CancellationToken cancellationToken, bool checkRenders, out string? refusal)
    {
        refusal = null;
        var links = new List<SourceLink>();
        if (bodyStart >= text.Length)
        {
            return links;
        }

        if (isHtml)
        {
            AddHtmlLinks(text, bodyStart, text.Length - bodyStart, links);
            return links;
        }

        var original = text.Substring(bodyStart);
        var body = SiteVariable.Replace(original, match => match.Value.Replace(' ', '_').Replace('\t', '_'));
        MarkdownDocument? rendered = null;
        if (checkRenders)
        {
            var toRender = PostParser.BodyToRender(original, null);
            try
            {
                rendered = MarkdownRenderer.Parse(toRender, markdownExtensions);
                MarkdownRenderer.RenderToNothing(rendered, markdownExtensions);
            }
            catch (ArgumentException ex) when (MarkdownRenderer.IsRefusal(ex))
            {
                refusal = ex.Message;
                return links;
            }

            if (!string.Equals(toRender, body, StringComparison.Ordinal))
            {
                rendered = null;
            }
        }

        MarkdownDocument document;
        try
        {
            document = rendered ?? MarkdownRenderer.Parse(body, markdownExtensions);
        }
        catch (ArgumentException ex) when (checkRenders && MarkdownRenderer.IsRefusal(ex))
        {
            // The masked body nests one level deeper than the generator's (its '_' are emphasis delimiters): its links
            // are not read, and the post is not refused for it.
            return links;
        }

        var seen = new HashSet<int>();
        foreach (var node in document.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (node)
            {
                case HtmlBlock block:
                    AddHtmlLinks(text, bodyStart + block.Span.Start, Math.Min(block.Span.Length, body.Length - block.Span.Start), links);
                    break;
                case HtmlInline inline when inline.Span.Length > 0:
                    AddHtmlLinks(text, bodyStart + inline.Span.Start, inline.Span.Length, links);
                    break;
                case LinkInline { IsImage: false } link when link.Url is not null:
                    // A reference link's UrlSpan is its definition's: many uses, one place to fix, one report.
                    var span = !link.UrlSpan.IsEmpty ? link.UrlSpan : link.IsAutoLink ? link.Span : default;
                    if (!span.IsEmpty && span.Start >= 0 && span.End < body.Length && seen.Add(span.Start))
                    {
                        links.Add(new SourceLink(Unmask(link.Url), bodyStart + span.Start, span.Length));
                    }

                    break;
                case AutolinkInline autolink when !autolink.IsEmail && autolink.Span.Length > 2:
                    links.Add(new SourceLink(autolink.Url, bodyStart + autolink.Span.Start + 1, autolink.Span.Length - 2));
                    break;
            }
        }

        links.Sort((a, b) => a.Start.CompareTo(b.Start));
        return links;
    }

    /// <summary>Every <c>{% post_url NAME %}</c> of the body, found by the parser's own pattern.</summary>
    public static List<PostUrlReference> PostUrls(string text, int bodyStart)
    {
        var result = new List<PostUrlReference>();
        if (bodyStart >= text.Length)
        {
            return result;
        }

        for (var match = PostParser.PostUrlTag.Match(text, bodyStart); match.Success; match = match.NextMatch())
        {
            var name = match.Groups["name"];
            result.Add(new PostUrlReference(name.Value, name.Index, name.Length));
        }

        return result;
    }

    /// <summary>The masked <c>{{_site.baseurl_}}</c> read back as written, so a target means what the author wrote.</summary>
    private static string Unmask(string url) =>
        url.IndexOf("{{", StringComparison.Ordinal) >= 0 ? SiteVariableMasked.Replace(url, m => m.Value.Replace('_', ' ')) : url;

    private static void AddHtmlLinks(string text, int start, int length, List<SourceLink> links)
    {
        if (length <= 0 || text.IndexOf("href", start, length, StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        foreach (var link in HtmlScan.Scan(text.Substring(start, length), collectText: false).Links)
        {
            if (HrefValueSpan(text, start, start + length, start + link.Position) is { } value)
            {
                links.Add(new SourceLink(link.Href, value.Start, value.Length));
            }
        }
    }

    /// <summary>
    /// The raw value of the <c>href</c> attribute whose name AngleSharp places at <paramref name="reported"/> (one past its
    /// first character; the name itself is accepted too): the text between the quotes, or the unquoted value.
    /// </summary>
    private static (int Start, int Length)? HrefValueSpan(string text, int min, int max, int reported)
    {
        var name = -1;
        for (var candidate = reported - 1; candidate <= reported; candidate++)
        {
            if (candidate >= min && candidate + 4 <= max && string.Compare(text, candidate, "href", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
            {
                name = candidate;
                break;
            }
        }

        if (name < 0)
        {
            return null;
        }

        var i = SkipSpace(text, name + 4, max);
        if (i >= max || text[i] != '=')
        {
            return null;
        }

        i = SkipSpace(text, i + 1, max);
        if (i >= max)
        {
            return null;
        }

        if (text[i] is '"' or '\'')
        {
            var close = text.IndexOf(text[i], i + 1, max - i - 1);
            return close < 0 ? null : (i + 1, close - i - 1);
        }

        var end = i;
        while (end < max && !IsHtmlSpace(text[end]) && text[end] != '>')
        {
            end++;
        }

        return (i, end - i);
    }

    private static int SkipSpace(string text, int i, int max)
    {
        while (i < max && IsHtmlSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
