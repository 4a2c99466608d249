using System.Buffers;
using Microsoft.AspNetCore.StaticFiles;

namespace Blog.Site;

/// <summary>
/// Jekyll's static files (images and other assets under the content root), compiled into the assembly by the project
/// file and served at the path they have under the content root, as Jekyll copies them.
/// </summary>
internal static class StaticFiles
{
    private const string Prefix = "static/";

    public static IEnumerable<SitePage> Load()
    {
        var assembly = typeof(StaticFiles).Assembly;
        var types = new FileExtensionContentTypeProvider();
        foreach (var name in assembly.GetManifestResourceNames().Where(static name => name.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // MSBuild writes the folder part with the separator of the machine that built it.
            string path = name[Prefix.Length..].Replace('\\', '/');
            string url = "/" + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
            if (!types.TryGetContentType(path, out var contentType))
            {
                contentType = "application/octet-stream";
            }
            else if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType is "application/javascript" or "application/json" or "image/svg+xml")
            {
                contentType += "; charset=utf-8";
            }

            using var stream = assembly.GetManifestResourceStream(name)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            yield return new SitePage(url, contentType, output => output.Write(bytes));
        }
    }
}
