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

    public static string Render(string markdown, string extensions)
    {
        var pipeline = Pipeline(extensions);
        var document = Markdown.Parse(markdown, pipeline);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
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

    public static MarkdownDocument Parse(string markdown, string extensions) => Markdown.Parse(markdown, Pipeline(extensions), context: null);

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
