using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace PostGenerator.IdeTests;

/// <summary>
/// The IDE path: a consumer project loaded with MSBuildWorkspace, a post edited in memory, and that post's squiggles
/// (exact line and column, from the project's own analyzer) and the regenerated documents read back, all without a
/// build. The consumer sets PostSiteUrl and PostTagUrl so the seed post's links to its site's tag pages are checked.
/// </summary>
public sealed class PostEditingTests : IClassFixture<EditorFixture>, IDisposable
{
    private const string Seed = "2023-10-28-白宫发拜登王毅照 敲定11月旧金山拜习会.md";
    private const string Second = "2024-01-02-second.md";

    /// <summary>The seed's six links to tag pages of tags no post declares, all on its one long body line.</summary>
    private static readonly string[] SeedTagLinks =
    [
        "POST013 (16,57)-(16,114) 'https://www.epochtimes.com/gb/tag/%E6%8B%9C%E7%99%BB.html' 拜登",
        "POST013 (16,140)-(16,197) 'https://www.epochtimes.com/gb/tag/%E7%8E%8B%E6%AF%85.html' 王毅",
        "POST013 (16,346)-(16,403) 'https://www.epochtimes.com/gb/tag/%E7%8E%8B%E6%AF%85.html' 王毅",
        "POST013 (16,440)-(16,497) 'https://www.epochtimes.com/gb/tag/%E6%8B%9C%E7%99%BB.html' 拜登",
        "POST013 (16,585)-(16,651) 'https://www.epochtimes.com/gb/tag/%E6%8B%9C%E4%B9%A0%E4%BC%9A.html' 拜习会",
        "POST013 (16,1826)-(16,1892) 'https://www.epochtimes.com/gb/tag/%E6%8B%9C%E4%B9%A0%E4%BC%9A.html' 拜习会",
    ];

    private readonly EditorHost _host;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromMinutes(2));
    private readonly CancellationToken _cancellationToken;

    public PostEditingTests(EditorFixture fixture, ITestOutputHelper output)
    {
        _host = fixture.Host;
        _cancellationToken = _timeout.Token;
        output.WriteLine($"dotnet restore {fixture.RestoreTime.TotalSeconds:0.0} s, MSBuildWorkspace load {fixture.LoadTime.TotalSeconds:0.0} s");

        // Shown with every failure: what the workspace said while loading.
        output.WriteLine(_host.Failures);
    }

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task Loaded_project_has_the_generated_posts_and_the_seed_post_squiggles()
    {
        var project = _host.Project;
        Assert.True(
            _host.Workspace.Diagnostics.All(d => d.Kind != WorkspaceDiagnosticKind.Failure),
            "The workspace could not load the project:\n" + _host.Failures);
        Assert.Equal(
            new[] { Seed, Second },
            project.AdditionalDocuments.Select(d => Path.GetFileName(d.FilePath!)).Order(StringComparer.Ordinal));

        // MSBuild ran in the workspace's build host; the MSBuild assemblies in this test's output were never loaded.
        Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "Microsoft.Build");

        var generated = await EditorHost.GeneratedAsync(project, _cancellationToken);
        Assert.True(generated.ContainsKey("Posts.g.cs"), $"No Posts.g.cs among [{string.Join(", ", generated.Keys)}].\n{_host.Failures}");
        Assert.Contains("public const string Title = \"Second post\";", generated["Posts.g.cs"]);
        Assert.Contains("public const string Title = \"白宫发拜登王毅照 敲定11月旧金山拜习会\";", generated["Posts.g.cs"]);
        Assert.Contains("public const string Dotnet = \"dotnet\";", generated["Tags.g.cs"]);

        // Generated code and the project's own code compile together in the editor's compilation.
        await AssertCompilesAsync(project);

        Assert.Equal(SeedTagLinks, await SquigglesAsync(project, Seed));
        Assert.Empty(await SquigglesAsync(project, Second));

        // Nothing was built: a design-time build writes no assembly.
        var built = Directory.GetFiles(_host.Consumer.Directory, "*.dll", SearchOption.AllDirectories);
        Assert.True(built.Length == 0, "The project was built: " + string.Join(", ", built));
    }

    [Fact]
    public async Task Typing_a_link_to_an_undeclared_tag_squiggles_its_href()
    {
        var project = await TypeAsync(_host.Project, Second, "dotnet</a>.", "dotnet</a> and <a href=\"https://www.epochtimes.com/gb/tag/%E4%B9%A0%E8%BF%91%E5%B9%B3.html\">习近平</a>.");

        Assert.Equal(
            new[] { "POST013 (6,97)-(6,163) 'https://www.epochtimes.com/gb/tag/%E4%B9%A0%E8%BF%91%E5%B9%B3.html' 习近平" },
            await SquigglesAsync(project, Second));
        Assert.Equal(SeedTagLinks, await SquigglesAsync(project, Seed));

        // The edit lives in the editor's snapshot only, as unsaved typing does.
        Assert.Equal(ConsumerProject.SecondPost, File.ReadAllText(_host.Consumer.PostPath(Second)));
        Assert.Empty(await SquigglesAsync(_host.Project, Second));
    }

    [Fact]
    public async Task Declaring_a_tag_in_another_post_clears_the_seed_links_to_it()
    {
        var project = await TypeAsync(_host.Project, Second, "tags: [dotnet]", "tags: [dotnet, 拜登]");

        Assert.Equal(SeedTagLinks.Where(s => !s.EndsWith(" 拜登", StringComparison.Ordinal)), await SquigglesAsync(project, Seed));
        Assert.Empty(await SquigglesAsync(project, Second));

        var generated = await EditorHost.GeneratedAsync(project, _cancellationToken);
        Assert.Contains("public const string 拜登 = \"拜登\";", generated["Tags.g.cs"]);
        await AssertCompilesAsync(project);
    }

    [Fact]
    public async Task Breaking_the_front_matter_squiggles_it_and_drops_the_post()
    {
        var before = await EditorHost.GeneratedAsync(_host.Project, _cancellationToken);
        var project = await TypeAsync(_host.Project, Second, "tags: [dotnet]", "\ttags: [dotnet]");

        // With its front matter unreadable its tags are unknown: the post gets its own error, not one for its link to
        // the dotnet tag page (which it may be the one to declare).
        Assert.Equal(["POST003 (4,1)-(4,2) '\t'"], await SquigglesAsync(project, Second));
        Assert.Equal(SeedTagLinks, await SquigglesAsync(project, Seed));

        // A post that cannot be read is left out; the others are still generated, unchanged.
        var generated = await EditorHost.GeneratedAsync(project, _cancellationToken);
        Assert.DoesNotContain("Second post", generated["Posts.g.cs"]);
        Assert.Contains("public const string Title = \"白宫发拜登王毅照 敲定11月旧金山拜习会\";", generated["Posts.g.cs"]);
        // Its data went with it: the shard file that held this post (alone) is gone, and no other file names it.
        var itsShard = before.Keys.Single(k => k.StartsWith("Posts/", StringComparison.Ordinal) && before[k].Contains("Second post", StringComparison.Ordinal));
        Assert.DoesNotContain(itsShard, generated.Keys);
        Assert.DoesNotContain(generated.Values, text => text.Contains("Second post", StringComparison.Ordinal));
        Assert.Equal(before.Count - 1, generated.Count);
        Assert.Subset(before.Keys.ToHashSet(), generated.Keys.ToHashSet());
        Assert.All(generated.Keys.Where(k => k.StartsWith("Posts/", StringComparison.Ordinal)), key => Assert.Equal(before[key], generated[key]));
        await AssertCompilesAsync(project);

        // Mending it brings the post back.
        project = await TypeAsync(project, Second, "\ttags: [dotnet]", "tags: [dotnet]");
        Assert.Empty(await SquigglesAsync(project, Second));
        Assert.Equal(before, await EditorHost.GeneratedAsync(project, _cancellationToken));
    }

    [Fact]
    public async Task Retitling_a_post_regenerates_its_documents()
    {
        var before = await EditorHost.GeneratedAsync(_host.Project, _cancellationToken);
        var project = await TypeAsync(_host.Project, Second, "title: Second post", "title: 第二篇");

        var generated = await EditorHost.GeneratedAsync(project, _cancellationToken);
        Assert.Equal(before.Keys, generated.Keys);
        Assert.Contains("public const string Title = \"第二篇\";", generated["Posts.g.cs"]);
        Assert.DoesNotContain("Second post", generated["Posts.g.cs"]);
        var changed = generated.Keys.Where(k => before[k] != generated[k]).ToArray();
        Assert.Contains("Posts.g.cs", changed);
        Assert.Contains(changed, k => k.StartsWith("Posts/", StringComparison.Ordinal) && generated[k].Contains("第二篇", StringComparison.Ordinal));
        Assert.Empty(await SquigglesAsync(project, Second));
        await AssertCompilesAsync(project);
    }

    /// <summary>Typing: replaces the first <paramref name="find"/> in the post with one text change at its span.</summary>
    private async Task<Project> TypeAsync(Project project, string post, string find, string replace)
    {
        var id = _host.PostId(project, post);
        var text = (await project.GetAdditionalDocument(id)!.GetTextAsync(_cancellationToken)).ToString();
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {post}:\n{text}");
        return await EditorHost.TypeAsync(project, id, new TextChange(new TextSpan(at, find.Length), replace), _cancellationToken);
    }

    /// <summary>One post's squiggles: <c>ID (line,col)-(line,col) 'text under it'</c> and the message's quoted name, lines and columns from 1.</summary>
    private async Task<string[]> SquigglesAsync(Project project, string post)
    {
        var id = _host.PostId(project, post);
        var document = project.GetAdditionalDocument(id)!;
        var text = await document.GetTextAsync(_cancellationToken);
        var diagnostics = await _host.PostDiagnosticsAsync(project, id, _cancellationToken);
        Assert.All(diagnostics, d => Assert.Equal(document.FilePath, d.Location.GetLineSpan().Path));
        return diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
                var name = d.Id == "POST013" ? " " + message.Split('\'')[1] : "";
                return $"{d.Id} ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) '{text.ToString(d.Location.SourceSpan)}'{name}";
            })
            .ToArray();
    }

    private async Task AssertCompilesAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync(_cancellationToken);
        var errors = compilation!.GetDiagnostics(_cancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(errors.Length == 0, string.Join("\n", errors) + "\n" + _host.Failures);
    }
}
