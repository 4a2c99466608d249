namespace PostGenerator.IntegrationTests.Infrastructure;

/// <summary>Paths in the repository this test assembly was built from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string GeneratorProject => Path.Combine(Root, "src", "PostGenerator", "PostGenerator.csproj");

    public static string BuildFolder => Path.Combine(Root, "src", "PostGenerator", "build");

    public static string PostsFolder => Path.Combine(Root, "content", "_posts");

    /// <summary>
    /// The folder of the Roslyn 4.8 compiler host (tests/PostGenerator.Roslyn48), built in the same configuration as
    /// this test assembly, which references it so that it is built first.
    /// </summary>
    public static string Roslyn48HostFolder => Path.Combine(Root, "tests", "PostGenerator.Roslyn48", "bin", Configuration, "net10.0");

    /// <summary>The Chinese seed post every consumer gets: CJK title, slug, category and URL.</summary>
    public const string SeedPostFileName = "2023-10-28-白宫发拜登王毅照 敲定11月旧金山拜习会.md";

    public static string Read(params string[] relativePath) => File.ReadAllText(Path.Combine([Root, .. relativePath]));

    /// <summary>The configuration this test assembly was built in; the generator was built in the same one.</summary>
    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PostGenerator.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PostGenerator.sln above {AppContext.BaseDirectory}.");
    }
}
