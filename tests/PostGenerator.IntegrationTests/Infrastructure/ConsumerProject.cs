using System.Xml.Linq;

namespace PostGenerator.IntegrationTests.Infrastructure;

/// <summary>
/// A project made the way a user makes one: <c>dotnet new console</c>, a nuget.config that adds the local feed to
/// the default source, <c>dotnet add package PostGenerator</c>, posts under <c>content/</c>. Edits go through the
/// same files a user would touch: the project file, Program.cs, posts, .globalconfig.
/// </summary>
public sealed class ConsumerProject
{
    private readonly ITestOutputHelper log;

    private ConsumerProject(string directory, string name, ITestOutputHelper log)
    {
        Directory = directory;
        Name = name;
        this.log = log;
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public string TargetFramework => Property("TargetFramework") ?? throw new InvalidOperationException("No TargetFramework.");

    /// <summary>
    /// Creates the project and adds the package. <paramref name="targetFramework"/> replaces the template's own, as a
    /// user does by editing the project file (the SDK's console template offers only its own framework).
    /// </summary>
    public static ConsumerProject Create(PackageFixture package, ITestOutputHelper log, string name, string? targetFramework = null)
    {
        var directory = package.NewConsumerDirectory(name);
        Command.Run(log, package.WorkRoot, "dotnet", ["new", "console", "--name", name, "--output", directory, "--no-restore"]).ShouldSucceed();
        var project = new ConsumerProject(directory, name, log);

        // The local feed plus the default source; the package is mapped to the feed alone, so it cannot come from
        // anywhere else, and everything else (a targeting pack, a compiler package) comes from the default source.
        project.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{package.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="{PackageFixture.PackageId}" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);

        if (targetFramework is not null)
        {
            project.SetProperty("TargetFramework", targetFramework);
        }

        project.DotNet("add", "package", PackageFixture.PackageId, "--version", package.Version).ShouldSucceed();
        return project;
    }

    /// <summary>
    /// A project with the test site's posts under <paramref name="contentFolder"/> and the Program.cs of
    /// <see cref="TestSite"/>, using the generated types in the default namespace (the project's name).
    /// </summary>
    public static ConsumerProject CreateWithTestSite(PackageFixture package, ITestOutputHelper log, string name, string? targetFramework = null, string contentFolder = "content")
    {
        var project = Create(package, log, name, targetFramework);
        project.AddTestSite(contentFolder);
        project.WriteFile("Program.cs", TestSite.Program(name));
        return project;
    }

    /// <summary>The posts a test site starts with: the repository's Chinese seed post and the posts in TestData/posts.</summary>
    public void AddTestSite(string contentFolder = "content")
    {
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "TestData", "posts"), Path.Combine(Directory, contentFolder));
        File.Copy(
            Path.Combine(Repository.PostsFolder, Repository.SeedPostFileName),
            Path.Combine(Directory, contentFolder, "_posts", Repository.SeedPostFileName));
    }

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
    }

    public void MoveFile(string from, string to)
    {
        var target = Path.Combine(Directory, to);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(Path.Combine(Directory, from), target);
    }

    public string? Property(string name) =>
        LoadProject().Descendants(name).LastOrDefault()?.Value;

    /// <summary>Sets a property in the project file's first PropertyGroup, as a user would type it.</summary>
    public void SetProperty(string name, string value)
    {
        var project = LoadProject();
        var existing = project.Descendants(name).ToList();
        if (existing.Count > 0)
        {
            existing.ForEach(e => e.Value = value);
        }
        else
        {
            project.Root!.Element("PropertyGroup")!.Add(new XElement(name, value));
        }

        SaveProject(project);
    }

    /// <summary>Adds an ItemGroup with the given items, for example <c>&lt;AdditionalFiles Remove="..." /&gt;</c>.</summary>
    public void AddItemGroup(string itemsXml)
    {
        var project = LoadProject();
        project.Root!.Add(XElement.Parse($"<ItemGroup>{itemsXml}</ItemGroup>"));
        SaveProject(project);
    }

    public CommandResult DotNet(params string[] arguments) => Command.Run(log, Directory, "dotnet", arguments);

    /// <summary>
    /// An ordinary incremental <c>dotnet build</c>, as a user runs it after an edit. Build servers are off so that
    /// no compiler server outlives the test; the build itself is the same.
    /// </summary>
    public CommandResult Build(params string[] arguments) =>
        DotNet(["build", "--disable-build-servers", "-tl:off", "-consoleLoggerParameters:NoSummary", .. arguments]);

    /// <summary>Runs the built program with the same .NET a user's <c>dotnet run</c> would use.</summary>
    public CommandResult Run() =>
        DotNet(Path.Combine("bin", "Debug", TargetFramework, Name + ".dll")).ShouldSucceed();

    private XDocument LoadProject() => XDocument.Load(ProjectFile, LoadOptions.PreserveWhitespace);

    private void SaveProject(XDocument project)
    {
        project.Save(ProjectFile);
        log.WriteLine($"{Name}.csproj is now:\n{File.ReadAllText(ProjectFile)}");
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
