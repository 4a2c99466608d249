using System;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis.Diagnostics;
using PostGenerator.Emitting;
using PostGenerator.Model;

namespace PostGenerator.Parsing;

/// <summary>Reads the MSBuild options (<c>build_property.*</c>) and per-file item metadata.</summary>
internal static class OptionsReader
{
    /// <summary>The item metadata the build sets on post files: <c>post</c> or <c>draft</c>.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.PostGeneratorKind";

    public static SiteOptions Read(AnalyzerConfigOptions options)
    {
        var defaults = SiteOptions.Default;
        return new SiteOptions(
            Namespace: Identifiers.ValidNamespace(Get(options, "PostNamespace")) ?? Identifiers.ValidNamespace(Get(options, "RootNamespace")) ?? defaults.Namespace,
            TimeZone: Get(options, "PostTimeZone") ?? defaults.TimeZone,
            Permalink: Get(options, "PostPermalink") ?? defaults.Permalink,
            ExcerptSeparator: Unescape(Get(options, "PostExcerptSeparator")) ?? defaults.ExcerptSeparator,
            IncludeDrafts: Bool(Get(options, "PostIncludeDrafts"), defaults.IncludeDrafts),
            IncludeFuture: Bool(Get(options, "PostIncludeFuture"), defaults.IncludeFuture),
            SiteUrl: Get(options, "PostSiteUrl") ?? defaults.SiteUrl,
            TagUrl: Get(options, "PostTagUrl") ?? defaults.TagUrl,
            MarkdownExtensions: Get(options, "PostMarkdownExtensions") ?? defaults.MarkdownExtensions,
            ReadingWordsPerMinute: int.TryParse(Get(options, "PostReadingWordsPerMinute"), NumberStyles.None, CultureInfo.InvariantCulture, out var wpm) && wpm > 0 ? wpm : defaults.ReadingWordsPerMinute,
            ContentRoot: ContentRoot(Get(options, "PostContentRoot") ?? defaults.ContentRoot, ProjectDirectory(options)));
    }

    public static string ProjectDirectory(AnalyzerConfigOptions options) => Get(options, "ProjectDir") ?? "";

    /// <summary>
    /// The path relative to the project, '/'-separated, with "../" where the file lies outside the project folder,
    /// so it is the same on every machine. Falls back to the full path only when the two share no root.
    /// </summary>
    public static string RelativePath(string path, string projectDirectory)
    {
        var file = Normalize(path).Split(new[] { '/' }, StringSplitOptions.None);
        var root = Normalize(projectDirectory).TrimEnd('/').Split(new[] { '/' }, StringSplitOptions.None);
        if (projectDirectory.Length == 0)
        {
            return string.Join("/", file);
        }

        var common = 0;
        while (common < root.Length && common < file.Length - 1 && string.Equals(root[common], file[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        if (common == 0)
        {
            return string.Join("/", file);
        }

        var parts = new System.Collections.Generic.List<string>();
        for (var i = common; i < root.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < file.Length; i++)
        {
            parts.Add(file[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>
    /// The content root in the form <see cref="RelativePath"/> gives a post's path ('/'-separated, relative to the
    /// project, <c>.</c> and <c>..</c> resolved), so a post's path can be cut below it: <c>./content/</c>, an absolute
    /// path to the project's <c>content</c> folder and <c>content</c> itself all give <c>content</c>, and the project
    /// folder itself gives the empty string. Written as given, an absolute root was never a prefix of the posts'
    /// relative paths, and its folders became every post's categories.
    /// </summary>
    public static string ContentRoot(string contentRoot, string projectDirectory)
    {
        var root = Normalize(contentRoot.Trim());
        var project = Normalize(projectDirectory);
        var rooted = Path.IsPathRooted(root);
        if (project.Length > 0 && !rooted)
        {
            root = project.TrimEnd('/') + "/" + root;
            rooted = Path.IsPathRooted(root);
        }

        var segments = new System.Collections.Generic.List<string>();
        foreach (var segment in root.Split('/'))
        {
            if (segment == "." || (segment.Length == 0 && (segments.Count > 0 || !rooted)))
            {
                continue;
            }

            if (segment == "..")
            {
                // A rooted path's first segment is its root ("" or "C:"): nothing goes above it.
                if (segments.Count > (rooted ? 1 : 0) && segments[segments.Count - 1] != "..")
                {
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                if (rooted)
                {
                    continue;
                }
            }

            segments.Add(segment);
        }

        var resolved = string.Join("/", segments);
        if (project.Length == 0 || !rooted)
        {
            return resolved;
        }

        // RelativePath cuts a file's path: a stand-in file name below the root gives the root's own relative form.
        var relative = RelativePath(resolved.TrimEnd('/') + "/_", project);
        return relative == "_" ? "" : relative.Substring(0, relative.Length - 2);
    }

    /// <summary>'\' separates folders only where the host says so; on Unix it is a character of the name.</summary>
    private static string Normalize(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>
    /// An option's text. The build's targets carry '#' and ';' (comment starters in the compiler's options file) as
    /// U+E023 and U+E03B; they are turned back here.
    /// </summary>
    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim().Replace('\uE023', '#').Replace('\uE03B', ';')
            : null;

    private static bool Bool(string? value, bool fallback) =>
        value is null ? fallback : value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1";

    /// <summary>MSBuild properties cannot hold a bare line break comfortably: accept <c>\n</c> escapes.</summary>
    private static string? Unescape(string? value) => value?.Replace("\\n", "\n").Replace("\\r", "\r").Replace("\\t", "\t");
}
