using System.Globalization;
using System.Text;

namespace PostGenerator.Tests.Robustness;

/// <summary>
/// One fuzzed post file. It reaches the generator either as bytes (decoded the way the compiler decodes a file on
/// disk) or as a string (the way an unsaved editor buffer reaches it: lone surrogates and all).
/// </summary>
/// <param name="Seed">The case's own seed: <see cref="CaseStream.Replay"/> rebuilds exactly this case from it.</param>
/// <param name="Family">Which generator made it: <c>mutation</c>, <c>structured</c>.</param>
/// <param name="RelativePath">Path relative to the project.</param>
/// <param name="Bytes">The file's bytes, or null when the case is given as <see cref="Text"/>.</param>
/// <param name="Text">The file's text when it is given as a string.</param>
/// <param name="Kind"><c>post</c> or <c>draft</c>, the item metadata the build sets.</param>
/// <param name="Expected">
/// Values the case was built to carry, independent of the parser: top-level key to the exact string a
/// double-quoted YAML scalar spells. When the post is generated, each must come back exactly.
/// </param>
public sealed record FuzzCase(
    ulong Seed,
    string Family,
    string RelativePath,
    byte[]? Bytes,
    string? Text,
    string Kind,
    IReadOnlyDictionary<string, string> Expected)
{
    public static readonly IReadOnlyDictionary<string, string> NoExpectations = new Dictionary<string, string>();

    /// <summary>Top-level keys whose value is a list of double-quoted scalars, with the exact strings.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedLists { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Every top-level key the case wrote, expected or not (<c>tag</c> decides what <c>tags</c> means).</summary>
    public IReadOnlySet<string> TopLevelKeys { get; init; } = new HashSet<string>();

    public int Size => Bytes?.Length ?? Text!.Length;

    public FuzzCase WithPath(string relativePath) => this with { RelativePath = relativePath };

    public override string ToString() =>
        $"{Family} case {CaseStream.FormatSeed(Seed)}: {Kind} '{Escape(RelativePath)}' ({Size} {(Bytes is null ? "chars" : "bytes")})";

    /// <summary>A C#-literal-like rendering, so a failure message shows control characters and surrogates.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Length > 300 ? value[..300] + "…" : value)
        {
            builder.Append(c is < ' ' or '\u007F' or (>= '\u0080' and < '\u00A0') or '\u2028' or '\u2029' || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
                ? $"\\u{(int)c:X4}"
                : c.ToString());
        }

        return builder.ToString();
    }
}

/// <summary>The MSBuild options a batch of cases is built with; they vary by batch so every option is exercised.</summary>
/// <param name="Properties">MSBuild properties, without the <c>build_property.</c> prefix.</param>
/// <param name="Batch">The batch these are the options of (replay a case with them as <c>SEED@BATCH</c>), or -1.</param>
public sealed record SiteSettings(IReadOnlyDictionary<string, string> Properties, long Batch = -1)
{
    public static readonly SiteSettings Default = new(new Dictionary<string, string>());

    public override string ToString() => (Batch >= 0 ? $"batch {Batch}: " : "") + (Properties.Count == 0
        ? "default options"
        : string.Join(", ", Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={FuzzCase.Escape(p.Value)}")));
}
