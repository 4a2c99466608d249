using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Threading;
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
    /// Markdig reads the destination (and title) after each inline link opener <c>](</c> as far as it goes, and an
    /// unclosed one goes on to the end of its paragraph: the work is the openers times the length of the paragraph they
    /// are in. 40,000 <c>[a](b</c> in one 200 KB paragraph took 8 s; 5,000 openers in a 1 MB line 5 s (about 1 ns per
    /// unit of this bound). Above it, summed over the post's paragraphs, the post is refused as a limit, like the
    /// heading lines; link-heavy posts are far below it (10,000 links in short paragraphs: 2 × 10⁵).
    /// </summary>
    public const long MaxLinkOpenerWork = 1_000_000_000;

    /// <summary>Renders with the pipeline for <paramref name="extensions"/> (the benchmarks' and tests' entry).</summary>
    public static string Render(string markdown, string extensions)
    {
        var pipeline = Pipeline(extensions);
        return Render(Parse(markdown, pipeline), pipeline);
    }

    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline) => Render(document, pipeline, toNothing: false);

    /// <summary>
    /// Renders <paramref name="document"/> to nothing, to learn whether Markdig refuses it: it throws as
    /// <see cref="Render(string, string)"/> does, and some refusals (inline nesting deeper than its limit) come only at
    /// render time.
    /// </summary>
    public static void RenderToNothing(MarkdownDocument document, string extensions) => Render(document, Pipeline(extensions), toNothing: true);

    /// <summary>
    /// Renders with a renderer kept per thread and pipeline, as Markdig's own <c>ToHtml</c> keeps one per pipeline: building
    /// an <c>HtmlRenderer</c> and setting the pipeline's extensions up on it for every post cost more than the rendering
    /// of a short post's inlines. Unlike Markdig's pool, a renderer that a render left with an exception is dropped, not
    /// reused: a render that Markdig abandons (input nested too deep) leaves its state half-changed, and posts rendered
    /// after it then lost their inline HTML (found by the 100,000-case fuzz run with Markdig's pooled renderer). The
    /// generator's renders and the analyzer's renders to nothing share it.
    /// </summary>
    private static string Render(MarkdownDocument document, MarkdownPipeline pipeline, bool toNothing)
    {
        var renderer = t_renderer is { } kept && kept.Pipeline == pipeline ? kept : new ReusableRenderer(pipeline);
        t_renderer = null;
        var html = renderer.RenderText(document, toNothing);
        if (renderer.KeepsLittle)
        {
            t_renderer = renderer;
        }

        return html;
    }

    [ThreadStatic]
    private static ReusableRenderer? t_renderer;

    /// <summary>An HTML renderer over a <see cref="StringWriter"/> of its own, set up once for its pipeline.</summary>
    private sealed class ReusableRenderer : Markdig.Renderers.HtmlRenderer
    {
        /// <summary>A hostile post's megabytes of HTML are rendered by a renderer of their own, not kept for the life of the compiler.</summary>
        private const int MaxKeptChars = 256 * 1024;

        private readonly StringWriter _text;

        public ReusableRenderer(MarkdownPipeline pipeline)
            : this(new StringWriter(CultureInfo.InvariantCulture), pipeline)
        {
        }

        private ReusableRenderer(StringWriter text, MarkdownPipeline pipeline)
            : base(text)
        {
            _text = text;
            Pipeline = pipeline;
            pipeline.Setup(this);
        }

        public MarkdownPipeline Pipeline { get; }

        public bool KeepsLittle => _text.GetStringBuilder().Capacity <= MaxKeptChars;

        /// <summary>
        /// The rendered HTML ("" rendered <paramref name="toNothing"/>); the renderer is then as new (Markdig's own reset:
        /// the writer emptied, no indents, at a line start).
        /// </summary>
        public string RenderText(MarkdownDocument document, bool toNothing)
        {
            if (toNothing)
            {
                Writer = TextWriter.Null;
            }

            Render(document);
            Writer = _text;
            var html = toNothing ? "" : _text.ToString();
            Reset();
            return html;
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> is Markdig refusing its input (and <see cref="Parse(string, MarkdownPipeline)"/>
    /// refusing a post over our bounds): a plain <see cref="ArgumentException"/>, not one of its subclasses.
    /// </summary>
    public static bool IsRefusal(Exception exception) => exception.GetType() == typeof(ArgumentException);

    /// <summary>
    /// Parses once, renders that document, and scans it (<see cref="HtmlScan"/>: headings, first paragraph, text) from
    /// the same syntax tree (<see cref="MarkdownScan"/>), scanning the HTML only where the tree cannot say what the HTML
    /// holds. Null, with Markdig's reason, when Markdig refuses: it throws a plain <see cref="ArgumentException"/> for
    /// input nested deeper than it renders without exhausting the stack (found by fuzzing: thousands of <c>&gt;</c>,
    /// list markers or <c>*</c>). That is a limit of the post, reported as such, not a failure of the build.
    /// </summary>
    public static HtmlScan? RenderAndScan(string markdown, string extensions, bool collectText, out string html, out string refusal, CancellationToken cancellationToken = default)
    {
        var pipeline = Pipeline(extensions);
        MarkdownDocument document;
        try
        {
            document = Parse(markdown, pipeline);
            html = Render(document, pipeline);
        }
        catch (ArgumentException ex) when (IsRefusal(ex))
        {
            html = "";
            refusal = ex.Message;
            return null;
        }

        refusal = "";
        return MarkdownScan.TryScan(document, markdown, MarkdownRenderers.For(pipeline), collectText, cancellationToken) ?? HtmlScan.Scan(html, collectText, collectLinks: false);
    }

    public static MarkdownDocument Parse(string markdown, string extensions) => Parse(markdown, Pipeline(extensions));

    /// <summary>
    /// Parses, refusing (as Markdig refuses too-deep nesting, with an <see cref="ArgumentException"/>) a post of too
    /// many headings or link openers.
    /// </summary>
    private static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        if (CountHeadingLines(markdown) > MaxHeadingLines)
        {
            throw new ArgumentException($"it has more than {MaxHeadingLines} heading lines");
        }

        if (LinkOpenerWork(markdown, out var openers) > MaxLinkOpenerWork)
        {
            throw new ArgumentException($"its {openers} link openers ('](') times the length of the paragraphs they are in exceed {MaxLinkOpenerWork.ToString("N0", CultureInfo.InvariantCulture)}, more than Markdig reads in reasonable time");
        }

        return Markdown.Parse(markdown, pipeline, context: null);
    }

    /// <summary>
    /// The sum over runs of lines without a blank line between them (no paragraph is longer) of the <c>](</c> openers in
    /// the run times its length, code included: an over-count only makes the bound a little stricter. Lines end at LF,
    /// CR LF or a lone CR, as for Markdig. Most posts are settled by the first count: their openers times the whole
    /// text are already under the bound.
    /// </summary>
    private static long LinkOpenerWork(string markdown, out int openers)
    {
        openers = 0;
        for (var at = markdown.IndexOf("](", StringComparison.Ordinal); at >= 0; at = markdown.IndexOf("](", at + 2, StringComparison.Ordinal))
        {
            openers++;
        }

        if ((long)openers * markdown.Length <= MaxLinkOpenerWork)
        {
            return (long)openers * markdown.Length;
        }

        long work = 0;
        var runStart = 0;
        var runOpeners = 0;
        var lineStart = 0;
        var blank = true;
        for (var i = 0; i < markdown.Length; i++)
        {
            var c = markdown[i];
            if (c == '\n' || (c == '\r' && (i + 1 == markdown.Length || markdown[i + 1] != '\n')))
            {
                if (blank)
                {
                    work += (long)runOpeners * (lineStart - runStart);
                    runOpeners = 0;
                    runStart = i + 1;
                }

                lineStart = i + 1;
                blank = true;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                blank = false;
                if (c == ']' && i + 1 < markdown.Length && markdown[i + 1] == '(')
                {
                    runOpeners++;
                }
            }
        }

        return work + ((long)runOpeners * (markdown.Length - runStart));
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
