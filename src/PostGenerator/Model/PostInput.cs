using System;

namespace PostGenerator.Model;

/// <summary>
/// One post file reduced to plain values: the first step of the pipeline turns an AdditionalText
/// into this so that nothing Roslyn-owned travels further.
/// </summary>
/// <param name="Path">The full path as the compiler sees it (used for diagnostics).</param>
/// <param name="RelativePath">Path relative to the project, with '/' separators (stable across machines).</param>
/// <param name="IsDraft">True when the file sits in a <c>_drafts</c> folder.</param>
/// <param name="Text">The decoded text, or null when the file could not be read.</param>
internal sealed record PostInput(string Path, string RelativePath, bool IsDraft, string? Text)
{
    private ulong _pathHash;
    private volatile bool _hashed;

    /// <summary>A copy (<c>with</c>) is another input: it keeps neither the hash of the path nor the parsed model.</summary>
    private PostInput(PostInput original)
    {
        Path = original.Path;
        RelativePath = original.RelativePath;
        IsDraft = original.IsDraft;
        Text = original.Text;
    }

    /// <summary>
    /// <see cref="HashOf"/> the relative path, worked out once per input object: a run after an edit splits every
    /// post into its batch again, and Roslyn hands it the same objects for the files that did not change.
    /// </summary>
    public ulong PathHash
    {
        get
        {
            if (!_hashed)
            {
                _pathHash = HashOf(RelativePath);
                _hashed = true;
            }

            return _pathHash;
        }
    }

    /// <summary>FNV-1a, 64 bits, of a path's UTF-8: it names a post's data class and picks its shard and batch.</summary>
    public static ulong HashOf(string relativePath)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(relativePath))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    /// <summary>
    /// The model parsed from this very object, kept by <c>PostBatches</c>: Roslyn hands a step the same input objects
    /// again for files that did not change. Not part of the value: equality is the four values above.
    /// </summary>
    internal ParsedPost? Parsed { get; set; }

    public bool Equals(PostInput? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && IsDraft == other.IsDraft
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal));

    public override int GetHashCode() =>
        ((StringComparer.Ordinal.GetHashCode(RelativePath) * 31) + (Text?.Length ?? -1)) * 2 + (IsDraft ? 1 : 0);
}

/// <summary>A post's model (null when it cannot be read) and the site's options it was parsed under.</summary>
internal sealed class ParsedPost
{
    public ParsedPost(SiteOptions options, PostModel? model)
    {
        Options = options;
        Model = model;
    }

    public SiteOptions Options { get; }

    public PostModel? Model { get; }
}
