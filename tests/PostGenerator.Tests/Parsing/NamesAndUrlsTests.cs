using PostGenerator.Emitting;
using PostGenerator.Parsing;
using Xunit;

namespace PostGenerator.Tests.Parsing;

public class NamesAndUrlsTests
{
    [Theory]
    [InlineData("content/_posts/2023-10-28-白宫 敲定.md", "白宫 敲定", ".md", 2023, 10, 28)]
    [InlineData("_posts/2017-1-2-x.markdown", "x", ".markdown", 2017, 1, 2)]
    [InlineData("_posts/2017-01-02-a.b.html", "a.b", ".html", 2017, 1, 2)]
    public void Date_and_slug_from_the_file_name(string path, string slug, string extension, int year, int month, int day)
    {
        var name = PostFileName.Parse(path);
        Assert.True(name.HasDate);
        Assert.Equal((slug, extension, year, month, day), (name.Slug, name.Extension, name.Year, name.Month, name.Day));
    }

    [Theory]
    [InlineData("_posts/no-date.md")]
    [InlineData("_posts/2017-13-02-bad-month.md")]
    [InlineData("_posts/2017-01-02.md")]
    public void File_names_without_a_valid_date(string path) => Assert.False(PostFileName.Parse(path).HasDate);

    [Theory]
    [InlineData("cat1/cat2/_posts/2017-01-02-x.md", new[] { "cat1", "cat2" })]
    [InlineData("_posts/2017-01-02-x.md", new string[0])]
    [InlineData("_posts/sub/2017-01-02-x.md", new string[0])]
    public void Folder_categories(string path, string[] expected) => Assert.Equal(expected, PostFileName.FolderCategories(path));

    [Theory]
    [InlineData("hello-big-world", "Hello Big World")]
    [InlineData("iOS-tips", "Ios Tips")]
    [InlineData("中文-title", "中文 Title")]
    public void Titles_from_slugs(string slug, string title) => Assert.Equal(title, Slugs.Titleize(slug));

    [Theory]
    [InlineData("白宫发拜登王毅照 敲定11月旧金山拜习会", true, true, "白宫发拜登王毅照-敲定11月旧金山拜习会")]
    [InlineData("Hello, World! v1.0", true, true, "Hello,-World!-v1.0")]
    [InlineData("Hello, World! v1.0", false, false, "hello-world-v1-0")]
    [InlineData("  --a  b--  ", false, false, "a-b")]
    [InlineData("C# & .NET", true, true, "C-&-.NET")]
    public void Slugify_like_jekyll(string text, bool pretty, bool cased, string expected) =>
        Assert.Equal(expected, Slugs.Slugify(text, pretty, cased));

    [Theory]
    [InlineData("date", "/cat/2024/03/02/my-post.html")]
    [InlineData("pretty", "/cat/2024/03/02/my-post/")]
    [InlineData("ordinal", "/cat/2024/062/my-post.html")]
    [InlineData("weekdate", "/cat/2024/W09/Sat/my-post.html")]
    [InlineData("none", "/cat/my-post.html")]
    [InlineData("/blog/:year/:i_month/:i_day/:slug", "/blog/2024/3/2/my-post")]
    [InlineData("/:title_/", "/my-post_/")]
    [InlineData("/a/../:title/./", "/a/my-post/")]
    public void Permalink_styles_and_templates(string style, string expected)
    {
        var placeholders = Permalinks.Placeholders("my-post", "2024-03-02-my-post", ["Cat"], new DateTimeOffset(2024, 3, 2, 9, 15, 0, TimeSpan.Zero), ".html");
        Assert.Equal(expected, Permalinks.Build(Permalinks.StyleTemplate(style), placeholders));
    }

    [Fact]
    public void Placeholders_are_percent_encoded_but_template_text_is_not()
    {
        var placeholders = Permalinks.Placeholders("a b?c", "x", ["大纪元", "Two Words"], new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), ".html");
        Assert.Equal("/%E5%A4%A7%E7%BA%AA%E5%85%83/two%20words/a-b-c.html", Permalinks.Build("/:categories/:slug:output_ext", placeholders));
    }

    [Theory]
    [InlineData("Hello world", 2)]
    [InlineData("中文字", 3)]
    [InlineData("Hello 中文 world", 4)]
    [InlineData("abc中def", 3)]
    [InlineData("カタカナ ひらがな 한국어", 11)]
    [InlineData("  ", 0)]
    [InlineData("a!b ~c\u007Fd\tx\u00A0y\u3000z", 5)] // printable ASCII and DEL join a word; tab, no-break and ideographic spaces split
    [InlineData("\u000Ba\u000Db\u0085c", 3)]
    [InlineData("é中\uD840\uDC00x", 4)] // a CJK character outside the BMP is a word of its own
    public void Words_count_cjk_characters_one_each(string text, int expected) => Assert.Equal(expected, PostParser.CountWords(text));

    [Theory]
    [InlineData("hello-world", "HelloWorld")]
    [InlineData("白宫发拜登王毅照 敲定11月旧金山拜习会", "白宫发拜登王毅照_敲定11月旧金山拜习会")]
    [InlineData("2024 plans", "_2024_Plans")]
    [InlineData("class", "Class")]
    [InlineData("", "_")]
    [InlineData("!!!", "_")]
    [InlineData("a-b", "AB")]
    public void Identifiers_from_slugs(string text, string expected) => Assert.Equal(expected, Identifiers.From(text));
}
