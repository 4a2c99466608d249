using System;
using System.Collections.Concurrent;
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

    /// <summary>Markdig's own entry point, which reuses a pooled renderer and writer (a fresh one per post cost more).</summary>
    public static string Render(string markdown, string extensions) => Markdown.ToHtml(markdown, Pipeline(extensions));

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
