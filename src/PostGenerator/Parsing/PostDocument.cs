using System;
using System.Collections.Generic;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>
/// Everything the parser learned about one post file, positions included. Transient: the generator keeps only
/// the equatable <see cref="PostModel"/>, the analyzer reads the spans and diagnostics.
/// </summary>
internal sealed class PostDocument
{
    public PostDocument(PostInput input) => Input = input;

    public PostInput Input { get; }

    public List<PostDiagnostic> Diagnostics { get; } = new();

    public FrontMatterSplit Split { get; set; }

    public YamlNode? FrontMatterRoot { get; set; }

    /// <summary>The post, or null when it is excluded (unpublished, a draft, future) or cannot be read.</summary>
    public PostModel? Model { get; set; }

    /// <summary>Why <see cref="Model"/> is null when no error explains it.</summary>
    public string? ExcludedBecause { get; set; }

    public DateTimeOffset Date { get; set; }

    public string Slug { get; set; } = "";

    public string Url { get; set; } = "";

    public List<string> Tags { get; } = new();

    /// <summary>The parse got as far as the tags: false when the front matter cannot be read, so its tags are unknown.</summary>
    public bool TagsRead { get; set; }

    /// <summary>False when parsed for the analyzer, without the body (see <see cref="PostParser.Parse"/>).</summary>
    public bool RenderBody { get; set; } = true;

    /// <summary>Without the body: the front matter's <c>excerpt</c>, checked once the body is known to render.</summary>
    public YamlNode? ExcerptNode { get; set; }
}
