using System.Buffers;
using System.Globalization;
using Blog.Site;

namespace Blog.Feeds;

/// <summary>The sitemaps.org sitemap of every page a search engine should index.</summary>
internal sealed class Sitemap(SiteOptions site, IReadOnlyList<SitePage> pages)
{
    public const string ContentType = "application/xml; charset=utf-8";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public void Write(IBufferWriter<byte> output)
    {
        XmlOutput.Write(output, writer =>
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                if (page.Indexed is not { } lastModified)
                {
                    continue;
                }

                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, site.Absolute(page.Url));
                writer.WriteElementString("lastmod", Namespace, lastModified.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        });
    }
}
