using System.Buffers;
using System.Text;
using Blog.Site;

namespace Blog.Feeds;

/// <summary><c>robots.txt</c>: everything may be crawled, and here is the sitemap.</summary>
internal sealed class Robots(SiteOptions site)
{
    public const string ContentType = "text/plain; charset=utf-8";

    public void Write(IBufferWriter<byte> output) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {site.Absolute(SiteUrls.Sitemap)}\n", output);
}
