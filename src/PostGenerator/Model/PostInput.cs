namespace PostGenerator.Model;

/// <summary>
/// One post file reduced to plain values: the first step of the pipeline turns an AdditionalText
/// into this so that nothing Roslyn-owned travels further.
/// </summary>
/// <param name="Path">The full path as the compiler sees it (used for diagnostics).</param>
/// <param name="RelativePath">Path relative to the project, with '/' separators (stable across machines).</param>
/// <param name="IsDraft">True when the file sits in a <c>_drafts</c> folder.</param>
/// <param name="Text">The decoded text, or null when the file could not be read.</param>
internal sealed record PostInput(string Path, string RelativePath, bool IsDraft, string? Text);
