using PostGenerator.Testing;

namespace PostGenerator.IdeTests;

/// <summary>
/// A project of a package user, written to a temporary folder outside the repository (so no Directory.Build.* of
/// ours applies) and restored: the seed post, one more post, and the generator from the package layout that the
/// test project copies into its output (<c>PostGenerator/build</c>, <c>PostGenerator/analyzers/dotnet/cs</c>).
/// </summary>
public sealed class ConsumerProject : IDisposable
{
    /// <summary>Declares <c>dotnet</c> and links to its tag page, which is therefore not a broken link.</summary>
    public const string SecondPost = """
        ---
        title: Second post
        date: 2024-01-02
        tags: [dotnet]
        ---
        Read more under <a href="https://www.epochtimes.com/gb/tag/dotnet.html">dotnet</a>.

        """;

    private ConsumerProject(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    public string PostPath(string fileName) => Path.Combine(Directory, "content", "_posts", fileName);

    public static ConsumerProject Create()
    {
        var package = Path.Combine(AppContext.BaseDirectory, "PostGenerator");
        var analyzers = Path.Combine(package, "analyzers", "dotnet", "cs");
        var expected = new[] { "AngleSharp.dll", "Markdig.dll", "PostGenerator.dll", "YamlDotNet.dll" };
        var present = System.IO.Directory.Exists(analyzers) ? System.IO.Directory.GetFiles(analyzers, "*.dll").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray() : [];
        if (!present.SequenceEqual(expected))
        {
            throw new InvalidOperationException($"The generator's package layout is incomplete in {analyzers}: [{string.Join(", ", present)}]; expected [{string.Join(", ", expected)}].");
        }

        var project = new ConsumerProject(Path.Combine(Path.GetTempPath(), "postgenerator-ide-" + Guid.NewGuid().ToString("N")));
        try
        {
            var posts = Path.Combine(project.Directory, "content", "_posts");
            System.IO.Directory.CreateDirectory(posts);
            File.WriteAllText(project.ProjectFile, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{package}/build/PostGenerator.props" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>Consumer</RootNamespace>
                    <PostSiteUrl>https://www.epochtimes.com/gb</PostSiteUrl>
                    <PostTagUrl>/tag/{"{tag}"}.html</PostTagUrl>
                  </PropertyGroup>
                  <ItemGroup>
                    <Analyzer Include="{analyzers}/*.dll" />
                  </ItemGroup>
                  <Import Project="{package}/build/PostGenerator.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(project.Directory, "Use.cs"), "public static class Use { public static int Count => Consumer.Posts.All.Count; }\n");
            foreach (var seed in System.IO.Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content", "_posts"), "*.md"))
            {
                File.Copy(seed, Path.Combine(posts, Path.GetFileName(seed)));
            }

            File.WriteAllText(Path.Combine(posts, "2024-01-02-second.md"), SecondPost);
            project.Restore();
            return project;
        }
        catch
        {
            project.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A design-time build, like a build, reads obj/project.assets.json: an editor restores before it loads.</summary>
    private void Restore()
    {
        var (exitCode, output) = DotnetCli.Run(Directory, TimeSpan.FromMinutes(3), "restore", ProjectFile, "-nologo", "-nodeReuse:false");
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet restore failed ({exitCode}):\n{output}");
        }
    }
}
