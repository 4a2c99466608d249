using System;
using System.Collections.Concurrent;
using System.IO;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace PostGenerator.Parsing;

/// <summary>Renders post bodies with Markdig. Pipelines are immutable and thread-safe, so one is kept per extension set.</summary>
internal static class MarkdownRenderer
{
    private static readonly ConcurrentDictionary<string, MarkdownPipeline> Pipelines = new(StringComparer.Ordinal);

    /// <summary>
    /// <c>default</c>: CommonMark plus pipe tables, footnotes, task lists, GitHub-style heading ids, autolinks and
    /// CJK-friendly emphasis (kramdown, Jekyll's renderer, closes <c>**</c> after CJK punctuation; CommonMark does not).
    /// <c>advanced</c>: Markdig's <c>UseAdvancedExtensions()</c> plus CJK-friendly emphasis. <c>commonmark</c>: nothing added.
    /// A '+'-separated list of Markdig extension names (<c>pipetables+footnotes</c>) is handed to <c>Configure</c>.
    /// </summary>
    public static MarkdownPipeline Pipeline(string extensions) => Pipelines.GetOrAdd(extensions ?? "default", Build);

    /// <summary>
    /// Markdig gives each heading a unique id by trying <c>id-1</c>, <c>id-2</c>… from the start for every repeat, so a
    /// post of many equal headings costs quadratic time (16,000 <c># a</c> lines: seconds; a hostile megabyte: minutes).
    /// No real post has this many; above it the post is refused as a limit, like Markdig's own nesting limit.
    /// </summary>
    public const int MaxHeadingLines = 2000;

    /// <summary>
    /// Renders with a renderer of its own. Not Markdig's pooled one: a render that Markdig abandons with an exception
    /// (input nested too deep) can return the pooled renderer with its state half-changed, and the posts rendered after
    /// it then lose their inline HTML (found by the 100,000-case fuzz run).
    /// </summary>
    public static string Render(string markdown, string extensions)
    {
        var pipeline = Pipeline(extensions);
        var document = Parse(markdown, pipeline);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// Renders <paramref name="document"/> to nothing, to learn whether Markdig refuses it: it throws as
    /// <see cref="Render"/> does, and some refusals (inline nesting deeper than its limit) come only at render time.
    /// </summary>
    public static void RenderToNothing(MarkdownDocument document, string extensions)
    {
        var renderer = new Markdig.Renderers.HtmlRenderer(TextWriter.Null);
        Pipeline(extensions).Setup(renderer);
        renderer.Render(document);
    }

    /// <summary>
    /// Renders, or gives Markdig's reason when it refuses: Markdig throws a plain <see cref="ArgumentException"/> for
    /// input nested deeper than it renders without exhausting the stack (found by fuzzing: thousands of <c>&gt;</c>,
    /// list markers or <c>*</c>). That is a limit of the post, reported as such, not a failure of the build.
    /// </summary>
    public static bool TryRender(string markdown, string extensions, out string html, out string refusal)
    {
        try
        {
            html = Render(markdown, extensions);
            refusal = "";
            return true;
        }
        catch (ArgumentException ex) when (ex.GetType() == typeof(ArgumentException))
        {
            html = "";
            refusal = ex.Message;
            return false;
        }
    }

    public static MarkdownDocument Parse(string markdown, string extensions) => Parse(markdown, Pipeline(extensions));

    /// <summary>Parses, refusing (as Markdig refuses too-deep nesting, with an <see cref="ArgumentException"/>) a post of too many headings.</summary>
    private static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        if (CountHeadingLines(markdown) > MaxHeadingLines)
        {
            throw new ArgumentException($"it has more than {MaxHeadingLines} heading lines");
        }

        return Markdown.Parse(markdown, pipeline, context: null);
    }

    /// <summary>
    /// Lines that may be headings: ATX (<c>#</c> after up to three spaces) or setext underlines (<c>===</c>, <c>---</c>).
    /// An over-count (such lines inside code blocks) only makes the bound a little stricter.
    /// </summary>
    private static int CountHeadingLines(string markdown)
    {
        var count = 0;
        var start = 0;
        while (start < markdown.Length)
        {
            var i = start;
            while (i < markdown.Length && i - start < 3 && markdown[i] == ' ')
            {
                i++;
            }

            var next = markdown.IndexOf('\n', start);
            var end = next < 0 ? markdown.Length : next;
            if (i < end && (markdown[i] == '#' || (markdown[i] is '=' or '-' && IsUnderline(markdown, i, end))))
            {
                count++;
            }

            start = end + 1;
        }

        return count;
    }

    /// <summary>A run of one character ('=' or '-'), then only blanks, up to <paramref name="end"/>.</summary>
    private static bool IsUnderline(string text, int start, int end)
    {
        var i = start;
        while (i < end && text[i] == text[start])
        {
            i++;
        }

        while (i < end && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        return i == end;
    }

    private static MarkdownPipeline Build(string extensions)
    {
        var builder = new MarkdownPipelineBuilder();
        switch (extensions.Trim().ToLowerInvariant())
        {
            case "" or "default":
                builder
                    .UsePipeTables()
                    .UseFootnotes()
                    .UseTaskLists()
                    .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
                    .UseAutoLinks()
                    .UseCjkFriendlyEmphasis();
                break;
            case "advanced":
                builder.UseAdvancedExtensions().UseCjkFriendlyEmphasis();
                break;
            case "commonmark" or "none":
                break;
            default:
                try
                {
                    builder.Configure(extensions.ToLowerInvariant());
                }
                catch (ArgumentException)
                {
                    // An unknown extension name: fall back to the documented default rather than fail every post.
                    return Build("default");
                }

                break;
        }

        return builder.Build();
    }
}
