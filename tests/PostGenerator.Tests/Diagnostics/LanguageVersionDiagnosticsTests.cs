using Microsoft.CodeAnalysis.CSharp;
using PostGenerator.Tests.Infrastructure;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

public sealed class LanguageVersionDiagnosticsTests
{
    [Fact]
    public void Old_language_version_is_reported_once_on_the_first_post()
    {
        var posts = new PostSet()
            .Add("content/_posts/2024-01-02-b.md", "---\ntitle: B\n---\n")
            .Add("content/_posts/2024-01-01-a.md", "---\ntitle: A\n---\n");
        var diagnostics = AnalyzerHarness.Run(posts, LanguageVersion.CSharp10);
        Assert.Equal(new[] { "POST016 content/_posts/2024-01-01-a.md(1,1)-(1,1)" }, AnalyzerHarness.Describe(diagnostics));
        Assert.StartsWith("The project compiles as C# 10.0, and the posts need C# 11 or later", diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Supported_language_version_is_not_reported()
    {
        var posts = new PostSet().Add("content/_posts/2024-01-01-a.md", "---\ntitle: A\n---\n");
        Assert.Empty(AnalyzerHarness.Run(posts, LanguageVersion.CSharp11));
    }

    [Fact]
    public void No_posts_no_report()
    {
        Assert.Empty(AnalyzerHarness.Run(new PostSet().AddUnmarked("notes.md", "not a post"), LanguageVersion.CSharp9));
    }
}
