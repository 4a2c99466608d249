using System.Globalization;
using System.Text;

namespace PostGenerator.Benchmarks;

/// <summary>One generated post: its path under the content root (<c>_posts/...</c>) and its text.</summary>
public sealed record CorpusPost(string RelativePath, string Text);

/// <summary>
/// Writes N posts shaped like the seed post (a real Jekyll post of a Chinese news site): a CJK title with a space in the
/// file name, an ISO date with milliseconds, flow-style <c>tags</c>, <c>from:</c>, <c>comments: True</c>; bodies of
/// about <c>size</c> UTF-8 bytes mixing Markdown and raw HTML blocks, about a third CJK text, 1 to 3 tags from a pool,
/// tag links and links to earlier posts. The same (N, size, seed) always gives byte-identical files:
/// <see cref="Random"/> with a seed is the same algorithm on every .NET, and nothing reads the clock or the culture.
/// </summary>
public static class CorpusMaker
{
    public const int DefaultSize = 4096;

    private static readonly string[] CjkWords =
    {
        "白宫", "拜登", "王毅", "会晤", "旧金山", "峰会", "外交", "经济", "记者", "报导", "官员", "美国", "中国", "政府", "国会",
        "选举", "科技", "芯片", "贸易", "关税", "市场", "股市", "人权", "法院", "总统", "议员", "台湾", "香港", "日本", "欧洲",
        "安全", "合作", "竞争", "沟通", "声明", "发布", "消息", "照片", "网络", "社交媒体", "亚太", "组织", "会议", "细节", "讨论",
    };

    private static readonly string[] CjkPunctuation = { "，", "。", "、", "；", "：", "“", "”", "（", "）", "！", "？" };

    private static readonly string[] EnglishWords =
    {
        "the", "generator", "compile", "time", "content", "post", "markdown", "render", "pipeline", "incremental", "cache",
        "build", "site", "index", "model", "value", "tag", "page", "server", "request", "response", "memory", "string",
        "span", "output", "input", "step", "edit", "title", "body", "front", "matter", "date", "author", "link", "table",
        "list", "heading", "paragraph", "block", "inline", "emphasis", "quick", "brown", "fox", "jumps", "over", "lazy", "dog",
    };

    /// <summary>The tag pool: half CJK, half English, so identifiers of both kinds are exercised.</summary>
    public static IReadOnlyList<string> TagPool { get; } = MakeTagPool();

    private static readonly string[] Categories = { "大纪元", "新闻", "评论", "科技", "tech" };

    private static readonly string[] Authors = { "大纪元", "林燕", "Alex Morgan", "记者站" };

    /// <summary>The posts, in file-name order. The i-th post's date is i × 7 hours after 2015-01-01T00:00:00Z.</summary>
    public static IReadOnlyList<CorpusPost> Make(int count, int size = DefaultSize, int seed = 1)
    {
        var random = new Random(seed);
        var start = new DateTime(2015, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var metas = new List<(string Name, string Title, string Url)>(count);
        var posts = new List<CorpusPost>(count);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddHours(7L * i).AddSeconds(random.Next(0, 3600)).AddMilliseconds(random.Next(0, 1000));
            var title = Title(random, i);
            var tagCount = random.Next(1, 4);
            var tags = new List<string>();
            while (tags.Count < tagCount)
            {
                var tag = TagPool[random.Next(TagPool.Count)];
                if (!tags.Contains(tag))
                {
                    tags.Add(tag);
                }
            }

            var category = Categories[random.Next(Categories.Length)];
            var fileName = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + title + ".md";
            var text = new StringBuilder(size + 1024);
            text.Append("---\n");
            text.Append("layout: post\n");
            text.Append("title: \"").Append(title).Append("\"\n");
            text.Append("date: ").Append(date.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append('\n');
            text.Append("author: ").Append(Authors[random.Next(Authors.Length)]).Append('\n');
            text.Append("from: https://www.epochtimes.com/gb/").Append(date.ToString("yy/MM/dd", CultureInfo.InvariantCulture))
                .Append("/n").Append((14_000_000 + i).ToString(CultureInfo.InvariantCulture)).Append(".htm\n");
            text.Append("tags: [ ").Append(string.Join(", ", tags)).Append(" ]\n");
            text.Append("comments: True\n");
            text.Append("categories: [ ").Append(category).Append(" ]\n");
            text.Append("---\n");
            Body(text, random, size, tags, metas, i);
            posts.Add(new CorpusPost("_posts/" + fileName, text.ToString()));

            // Jekyll's default "date" permalink: /:categories/:year/:month/:day/:title.html, the title slugified (its
            // space becomes '-') and each part percent-encoded, so these links resolve (the analyzer checks them).
            var url = "/" + Uri.EscapeDataString(category) + "/" + date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture) + "/" + Uri.EscapeDataString(title.Replace(' ', '-')) + ".html";
            metas.Add((fileName.Substring(0, fileName.Length - 3), title, url));
        }

        return posts;
    }

    /// <summary>Writes the posts under <c>dir/_posts/</c> as UTF-8 without BOM, LF line ends; returns the bytes written.</summary>
    public static long Write(string dir, int count, int size = DefaultSize, int seed = 1)
    {
        long bytes = 0;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Directory.CreateDirectory(Path.Combine(dir, "_posts"));
        foreach (var post in Make(count, size, seed))
        {
            var data = encoding.GetBytes(post.Text);
            File.WriteAllBytes(Path.Combine(dir, post.RelativePath), data);
            bytes += data.Length;
        }

        return bytes;
    }

    /// <summary>A CJK title with a space, unique by its number (the seed's shape: "白宫发拜登王毅照 敲定11月旧金山拜习会").</summary>
    private static string Title(Random random, int index) =>
        Pick(random, CjkWords) + Pick(random, CjkWords) + Pick(random, CjkWords) + " "
        + Pick(random, CjkWords) + index.ToString(CultureInfo.InvariantCulture) + Pick(random, CjkWords);

    private static void Body(StringBuilder text, Random random, int size, List<string> tags, List<(string Name, string Title, string Url)> earlier, int index)
    {
        var bodyStart = text.Length;
        // The seed opens with a timestamp comment and a link to the original article.
        text.Append("<!--").Append((1_420_070_400_000L + (index * 25_200_000L)).ToString(CultureInfo.InvariantCulture)).Append("-->\n");
        text.Append("[原文链接](https://www.epochtimes.com/gb/n").Append((14_000_000 + index).ToString(CultureInfo.InvariantCulture)).Append(".htm)\n------\n\n");
        var block = 0;
        var bytes = 0;
        var counted = bodyStart;
        while (bytes < size)
        {
            // Count only what the last block added, so large --size values stay linear.
            bytes += Encoding.UTF8.GetByteCount(text.ToString(counted, text.Length - counted));
            counted = text.Length;
            if (bytes >= size)
            {
                break;
            }

            switch (block++ % 6)
            {
                case 0:
                    // A raw HTML block in the seed's style: CJK paragraphs with tag links.
                    text.Append("<div>\n<p>");
                    CjkSentence(text, random, tags);
                    text.Append("</p><p>");
                    CjkSentence(text, random, tags);
                    text.Append("</p>\n</div>\n\n");
                    break;
                case 1:
                    text.Append("## ").Append(Pick(random, EnglishWords)).Append(' ').Append(Pick(random, EnglishWords)).Append(' ')
                        .Append(block.ToString(CultureInfo.InvariantCulture)).Append("\n\n");
                    EnglishParagraph(text, random, earlier);
                    break;
                case 2:
                    // CJK Markdown with ** closing after CJK punctuation: what UseCjkFriendlyEmphasis is for.
                    text.Append("**");
                    CjkWordsRun(text, random, 4);
                    text.Append("。**");
                    CjkWordsRun(text, random, 40);
                    text.Append("。\n\n");
                    break;
                case 3:
                    for (var i = 0; i < 3; i++)
                    {
                        text.Append("- ").Append(Pick(random, EnglishWords)).Append(" `").Append(Pick(random, EnglishWords)).Append("` ");
                        CjkWordsRun(text, random, 2);
                        text.Append('\n');
                    }

                    text.Append('\n');
                    break;
                case 4:
                    EnglishParagraph(text, random, earlier);
                    if (index % 10 == 5 && block < 6)
                    {
                        // One post in ten links to an earlier one the Jekyll way, through {% post_url %}.
                        var target = earlier[random.Next(earlier.Count)];
                        text.Append("See also [").Append(target.Title).Append("]({% post_url ").Append(target.Name).Append(" %}).\n\n");
                    }

                    break;
                default:
                    if (random.Next(2) == 0)
                    {
                        text.Append("| name | value |\n| --- | --- |\n| ").Append(Pick(random, EnglishWords)).Append(" | ")
                            .Append(random.Next(1000).ToString(CultureInfo.InvariantCulture)).Append(" |\n| ");
                        CjkWordsRun(text, random, 1);
                        text.Append(" | ").Append(Pick(random, EnglishWords)).Append(" |\n\n");
                    }
                    else
                    {
                        text.Append("```csharp\nvar ").Append(Pick(random, EnglishWords)).Append(" = Posts.All.Count; // ")
                            .Append(Pick(random, EnglishWords)).Append("\n```\n\n");
                    }

                    break;
            }
        }
    }

    private static void EnglishParagraph(StringBuilder text, Random random, List<(string Name, string Title, string Url)> earlier)
    {
        var words = random.Next(40, 70);
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var word = Pick(random, EnglishWords);
            switch (random.Next(60))
            {
                case < 3:
                    text.Append("**").Append(word).Append("**");
                    break;
                case < 6:
                    text.Append('*').Append(word).Append('*');
                    break;
                case 6 when earlier.Count > 0:
                    // A link to an earlier post by its URL: links between posts, as real archives have.
                    var target = earlier[random.Next(earlier.Count)];
                    text.Append('[').Append(target.Title).Append("](").Append(target.Url).Append(')');
                    break;
                default:
                    text.Append(word);
                    break;
            }
        }

        text.Append(".\n\n");
    }

    private static void CjkSentence(StringBuilder text, Random random, List<string> tags)
    {
        text.Append("【大纪元讯】");
        CjkWordsRun(text, random, 16);
        var tag = tags[random.Next(tags.Count)];
        // A tag link as the seed has them: to the site's tag page (the default PostTagUrl, /tags/{tag}/).
        text.Append("<a href=\"/tags/").Append(Uri.EscapeDataString(tag)).Append("/\">").Append(tag).Append("</a>");
        CjkWordsRun(text, random, 8);
        text.Append("。");
    }

    private static void CjkWordsRun(StringBuilder text, Random random, int words)
    {
        for (var i = 0; i < words; i++)
        {
            text.Append(Pick(random, CjkWords));
            if (random.Next(5) == 0)
            {
                text.Append(Pick(random, CjkPunctuation));
            }
        }
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static IReadOnlyList<string> MakeTagPool()
    {
        var pool = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            pool.Add(CjkWords[i % CjkWords.Length] + (i / CjkWords.Length == 0 ? "" : (i / CjkWords.Length).ToString(CultureInfo.InvariantCulture)));
            pool.Add(EnglishWords[i % EnglishWords.Length] + (i / EnglishWords.Length == 0 ? "" : "-" + (i / EnglishWords.Length).ToString(CultureInfo.InvariantCulture)));
        }

        return pool;
    }
}
