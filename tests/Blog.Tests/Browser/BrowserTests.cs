using Blog.Content;
using Blog.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Blog.Tests.Browser;

public class BrowserTests(LiveBlog blog, ITestOutputHelper output) : IClassFixture<LiveBlog>
{
    /// <summary>The CJK faces of the stylesheet's font stack; one of them must draw the Chinese text.</summary>
    private static readonly string[] CjkFaces =
        ["PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Source Han Sans SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei"];

    [Fact]
    public async Task Reader_goes_from_home_to_the_seed_post_and_on_to_its_tag()
    {
        var (context, blocked) = await blog.NewContextAsync(1280, 800);
        await using var _ = context;
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // Home: the newest posts, each a link.
        await page.GotoAsync(blog.Origin + "/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(blog.Factory.Options.Title);
        await Assertions.Expect(page.Locator(".post-card h2 a").First).ToHaveTextAsync(Posts.All[0].Title);
        await SaveScreenshotAsync(page, "home.png");

        // The seed is the oldest post: page through to it as a reader would, then open it. Each step waits for the
        // new address to commit, not for a load event (once, on CI, a wait for DOMContentLoaded on the tag page ran
        // 30 s past a page that had loaded); the checks after each step wait for the page's content themselves.
        var seed = SeedPost.Post;
        int seedPage = Posts.All.ToList().IndexOf(seed) / blog.Factory.Options.PageSize + 1;
        for (int number = 2; number <= seedPage; number++)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Older posts →" }).ClickAsync();
            await page.WaitForURLAsync($"{blog.Origin}/page/{number}/", new() { WaitUntil = WaitUntilState.Commit });
        }

        await page.GetByRole(AriaRole.Link, new() { Name = seed.Title, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(blog.Origin + seed.Url, new() { WaitUntil = WaitUntilState.Commit });

        // The CJK title and body are there, drawn by a CJK font rather than as empty boxes.
        await Assertions.Expect(page.Locator("h1.post-title")).ToHaveTextAsync(seed.Title);
        await Assertions.Expect(page.GetByText(SeedPost.BodySentence)).ToBeVisibleAsync();
        await AssertDrawnByCjkFontAsync(page, "h1.post-title", seed.Title);
        await AssertDrawnByCjkFontAsync(page, ".post-body p", "【大纪元2023年10月28日讯】");

        // The tweet's script was asked for and could not load; the quotation still shows, inside the column, and the
        // rest of the page (the text after it, the footer) is still there.
        Assert.Contains("https://platform.twitter.com/widgets.js", blocked);
        var tweet = page.Locator(".post-body blockquote.twitter-tweet");
        await Assertions.Expect(tweet).ToBeVisibleAsync();
        var tweetBox = (await tweet.BoundingBoxAsync())!;
        var bodyBox = (await page.Locator(".post-body").BoundingBoxAsync())!;
        Assert.True(tweetBox.X >= bodyBox.X && tweetBox.X + tweetBox.Width <= bodyBox.X + bodyBox.Width + 0.5, "The tweet sticks out of the column.");
        await Assertions.Expect(page.GetByText("责任编辑：叶紫微#")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("footer.site-footer")).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "post.png");

        // On to the posts of its tag.
        await page.Locator(".post-footer .terms-tags a", new() { HasText = SeedPost.Tag }).ClickAsync();
        await page.WaitForURLAsync(blog.Origin + Expected.TagUrl(SeedPost.Tag), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(SeedPost.Tag);
        await Assertions.Expect(page.Locator(".post-card h2 a")).ToHaveCountAsync(Tags.PostsOf(SeedPost.Tag).Count);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = seed.Title, Exact = true })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "tag.png");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("home-phone.png", "/")]
    [InlineData("post-phone.png", Posts.白宫发拜登王毅照_敲定11月旧金山拜习会.Url)]
    [InlineData("tables-phone.png", Posts.ChineseTypographyAndMarkdown.Url)]
    [InlineData("code-phone.png", Posts.ATourOfMarkdigExtensions.Url)]
    public async Task Pages_fit_a_phone_screen_without_scrolling_sideways(string screenshot, string url)
    {
        var (context, _) = await blog.NewContextAsync(390, 844);
        await using var _ = context;
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(blog.Origin + url);
        Assert.Equal(200, response!.Status);

        // Wide tables and code blocks scroll inside themselves; the page itself must not be wider than the screen.
        int pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= 390, $"{url} is {pageWidth}px wide on a 390px screen.");
        await SaveScreenshotAsync(page, screenshot);
    }

    /// <summary>
    /// Asks Chromium which installed fonts drew the text of an element (DevTools' CSS.getPlatformFontsForNode) and
    /// requires a CJK face of the stylesheet's stack to have drawn at least one glyph per Han character.
    /// </summary>
    private async Task AssertDrawnByCjkFontAsync(IPage page, string selector, string mustContain)
    {
        await Assertions.Expect(page.Locator(selector).First).ToContainTextAsync(mustContain);
        string text = await page.Locator(selector).First.InnerTextAsync();
        int hanCharacters = text.Count(static c => c is >= '\u4E00' and <= '\u9FFF');

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        int rootId = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = await cdp.SendAsync("DOM.querySelector", new() { ["nodeId"] = rootId, ["selector"] = selector });
        int nodeId = node!.Value.GetProperty("nodeId").GetInt32();
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new() { ["nodeId"] = nodeId });

        var used = fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(static font => (Family: font.GetProperty("familyName").GetString()!, Glyphs: font.GetProperty("glyphCount").GetInt32()))
            .ToList();
        output.WriteLine($"{selector}: drawn with " + string.Join(", ", used.Select(static font => $"{font.Family} ({font.Glyphs} glyphs)")));
        int cjkGlyphs = used.Where(static font => CjkFaces.Contains(font.Family)).Sum(static font => font.Glyphs);
        Assert.True(
            cjkGlyphs >= hanCharacters,
            $"{hanCharacters} Han characters in {selector}, but the CJK faces drew {cjkGlyphs} glyphs. Fonts used: " +
            string.Join(", ", used.Select(static font => $"{font.Family} ({font.Glyphs})")) +
            ". Install a CJK font (apt-get install fonts-noto-cjk; .ci/run does this).");
    }

    private async Task SaveScreenshotAsync(IPage page, string name)
    {
        string path = Path.Combine(LiveBlog.ScreenshotDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 0);
        output.WriteLine($"Screenshot: {path}");
    }
}
