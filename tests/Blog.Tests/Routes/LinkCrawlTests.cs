using System.Net;
using AngleSharp.Dom;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Routes;

/// <summary>Follows every link a reader (or a crawler) can follow, starting at the home page.</summary>
public class LinkCrawlTests(BlogFactory factory) : IClassFixture<BlogFactory>
{
    private static readonly Uri Origin = new("http://localhost/");

    [Fact]
    public async Task Every_link_leads_to_a_page_every_fragment_to_an_element_and_every_page_is_reached()
    {
        var client = factory.CreateNonRedirectingClient();
        var fetched = new Dictionary<string, (HttpStatusCode Status, string? MediaType, IDocument? Document)>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var failures = new List<string>();

        async Task<(HttpStatusCode Status, string? MediaType, IDocument? Document)> FetchAsync(string url)
        {
            if (!fetched.TryGetValue(url, out var result))
            {
                using var response = await client.GetAsync(url);
                string? mediaType = response.Content.Headers.ContentType?.MediaType;
                var document = mediaType == "text/html" ? Html.Parse(await response.Content.ReadAsStringAsync()) : null;
                result = (response.StatusCode, mediaType, document);
                fetched[url] = result;
                if (document is not null && response.StatusCode == HttpStatusCode.OK)
                {
                    queue.Enqueue(url);
                }
            }

            return result;
        }

        var crawled = new HashSet<string>(StringComparer.Ordinal);
        await FetchAsync("/");
        while (queue.TryDequeue(out var pageUrl))
        {
            if (!crawled.Add(pageUrl))
            {
                continue;
            }

            var document = fetched[pageUrl].Document!;
            var pageUri = new Uri(Origin, pageUrl);
            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src], iframe[src]"))
            {
                string reference = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!Uri.TryCreate(pageUri, reference, out var target))
                {
                    failures.Add($"{pageUrl}: '{reference}' is not a URL.");
                    continue;
                }

                if (target.Scheme is not ("http" or "https") || target.Authority != Origin.Authority)
                {
                    continue; // data: icons, mailto:, and links to other sites
                }

                string url = target.PathAndQuery;
                var (status, _, targetDocument) = await FetchAsync(url);
                if (status != HttpStatusCode.OK)
                {
                    failures.Add($"{pageUrl}: <{element.LocalName}> '{reference}' answered {(int)status}.");
                    continue;
                }

                string fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (fragment.Length > 0 && targetDocument?.GetElementById(fragment) is null)
                {
                    failures.Add($"{pageUrl}: '{reference}' names no element with id '{fragment}'.");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));

        // Nothing is an orphan: every page meant for readers is reachable by following links from the home page.
        var unreached = Expected.IndexedUrls(factory.Options.PageSize).Where(url => !crawled.Contains(url)).ToList();
        Assert.True(unreached.Count == 0, "Not linked from anywhere: " + string.Join(", ", unreached));
    }
}
