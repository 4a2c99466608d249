namespace PostGenerator.IntegrationTests.Infrastructure;

/// <summary>
/// The Program.cs a consumer gets and what it must print for the posts of <see cref="ConsumerProject.AddTestSite"/>.
/// The program uses the generated API the way the README shows: the index, a constant URL, lookup by slug, tags.
/// </summary>
public static class TestSite
{
    public const string SeedSlug = "白宫发拜登王毅照 敲定11月旧金山拜习会";

    public const string SeedTitle = "白宫发拜登王毅照 敲定11月旧金山拜习会";

    /// <summary>The seed's URL: its category and slug percent-encoded as Jekyll encodes them, the space made a '-'.</summary>
    public const string SeedUrl =
        "/%E5%A4%A7%E7%BA%AA%E5%85%83/2023/10/28/" +
        "%E7%99%BD%E5%AE%AB%E5%8F%91%E6%8B%9C%E7%99%BB%E7%8E%8B%E6%AF%85%E7%85%A7-%E6%95%B2%E5%AE%9A11%E6%9C%88%E6%97%A7%E9%87%91%E5%B1%B1%E6%8B%9C%E4%B9%A0%E4%BC%9A.html";

    /// <summary>A post to add to the site whose date does not exist (month 13): POST007, where the value starts.</summary>
    public const string BrokenPostPath = "content/_posts/2024-06-01-broken-date.md";

    public const string BrokenPost = "---\ntitle: A post with a bad date\ndate: 2024-13-45\n---\nThe date above is not a date.\n";

    public const int BrokenPostLine = 3;

    public const int BrokenPostColumn = 7;

    public static string Program(string postNamespace) => $$"""
        using System.Text;
        using {{postNamespace}};

        Console.OutputEncoding = Encoding.UTF8;
        Console.WriteLine($"runtime: .NET {Environment.Version.Major}");
        Console.WriteLine($"namespace: {typeof(Post).Namespace}");
        foreach (Post post in Posts.All)
        {
            Console.WriteLine($"{post.Date:yyyy-MM-dd} {post.Title} {post.Url}");
        }

        const string url = Posts.HelloPackage.Url;
        Console.WriteLine($"const: {url}");
        Post seed = Posts.BySlug("{{SeedSlug}}") ?? throw new InvalidOperationException("The seed post is missing.");
        Console.WriteLine($"seed: {seed.Title}, {seed.Author}, html has its text: {seed.Html.Contains("白宫周五（10月27日）发布总统")}");
        Console.WriteLine($"tags: {string.Join(", ", Tags.All)}");
        Console.WriteLine($"categories: {string.Join(", ", Categories.All)}");
        """;

    /// <summary>What <see cref="Program"/> prints for the test site, newest post first.</summary>
    public static IReadOnlyList<string> Output(string postNamespace, int runtime = 10) =>
    [
        $"runtime: .NET {runtime}",
        $"namespace: {postNamespace}",
        "2024-05-05 Raw HTML post /2024/05/05/raw-html.html",
        "2024-04-01 A post in a nested folder /notes/2024/04/01/nested-folder.html",
        "2024-03-02 Hello from the package /engineering/2024/03/02/hello-package.html",
        $"2023-10-28 {SeedTitle} {SeedUrl}",
        "const: /engineering/2024/03/02/hello-package.html",
        $"seed: {SeedTitle}, 大纪元, html has its text: True",
        "tags: dotnet, nuget, 大纪元",
        "categories: engineering, notes, 大纪元",
    ];
}
