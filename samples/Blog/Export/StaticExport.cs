using Blog.Site;

namespace Blog.Export;

/// <summary>
/// Writes every page of the site to a directory, ready for a static host such as GitHub Pages: the same bytes the
/// server answers with, one file per page. A URL ending in <c>/</c> becomes that directory's <c>index.html</c>; any
/// other URL names its file. File names are the decoded URL, as Jekyll writes them and as static hosts look them up.
/// </summary>
internal static class StaticExport
{
    /// <summary>Tells GitHub Pages to publish the files as they are instead of running Jekyll over them.</summary>
    private const string NoJekyllMarker = ".nojekyll";

    public static int Run(BlogSite site, ExportCommand command, TextWriter log)
    {
        string root = Path.GetFullPath(command.Directory);
        if (command.Clean && Directory.Exists(root))
        {
            foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo directory)
                {
                    directory.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }

        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            string file = Path.Combine(root, RelativeFilePath(page.Url));
            if (!written.TryAdd(file, page.Url))
            {
                throw new InvalidOperationException($"The URLs {written[file]} and {page.Url} would both be written to {file}.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, page.Render());
        }

        File.WriteAllBytes(Path.Combine(root, NoJekyllMarker), []);
        log.WriteLine($"Exported {written.Count} pages to {root}");
        return 0;
    }

    /// <summary>The file a URL is served from, relative to the export's root, with the platform's separators.</summary>
    /// <exception cref="ArgumentException">The URL is not site-relative or would leave the export's directory.</exception>
    public static string RelativeFilePath(string url)
    {
        if (!url.StartsWith('/') || url.Contains('?') || url.Contains('#'))
        {
            throw new ArgumentException($"{url} is not a site-relative path.", nameof(url));
        }

        string path = url.EndsWith('/') ? url + "index.html" : url;
        var segments = path[1..].Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            // Decoded one segment at a time, so an encoded slash cannot make a directory and ".." cannot climb out.
            string segment = Uri.UnescapeDataString(segments[i]);
            if (segment.Length == 0 || segment is "." or ".." || segment.AsSpan().IndexOfAny(['/', '\\', '\0']) >= 0)
            {
                throw new ArgumentException($"{url} has a segment that cannot be a file name: '{segment}'.", nameof(url));
            }

            segments[i] = segment;
        }

        return Path.Combine(segments);
    }
}
