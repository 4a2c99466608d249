using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace PostGenerator.IntegrationTests.Infrastructure;

/// <summary>
/// Packs the generator once for all the tests in <see cref="PackageCollection"/>: the current build of the source,
/// into a folder feed in a fresh temporary folder outside the repository. The version is the repository's with a
/// prerelease suffix of its own (<c>0.1.0-it.20261127061530.4821</c>), so NuGet's global package cache can never hand
/// a consumer an older build of the same version. On disposal the temporary folder and that cache entry are deleted.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public const string PackageId = "PostGenerator";

    private readonly BufferedOutput setupLog = new();
    private int consumers;

    public PackageFixture()
    {
        WorkRoot = Path.Combine(Path.GetTempPath(), "postgenerator-it-" + Guid.NewGuid().ToString("N")[..12]);
        FeedDirectory = Path.Combine(WorkRoot, "feed");
        Directory.CreateDirectory(FeedDirectory);
        try
        {
            (PackagePath, Nuspec, Entries, Version) = Pack();
            var locals = Command.Run(setupLog, WorkRoot, "dotnet", ["nuget", "locals", "global-packages", "--list"]).ShouldSucceed();
            GlobalPackagesFolder = locals.Output.Trim().Split("global-packages:", 2)[1].Trim();
        }
        catch
        {
            TryDelete(WorkRoot);
            throw;
        }
    }

    private (string PackagePath, XDocument Nuspec, IReadOnlyList<string> Entries, string Version) Pack()
    {
        var suffix = $"it.{DateTime.UtcNow:yyyyMMddHHmmss}.{Random.Shared.Next(1000, 10000)}";
        Command.Run(setupLog, Repository.Root, "dotnet",
        [
            "pack", Repository.GeneratorProject,
            "--configuration", Repository.Configuration,
            // The test project references the generator, so it has just been built from the current source.
            "--no-build",
            "--output", FeedDirectory,
            "-p:VersionSuffix=" + suffix,
            // Keeps the intermediate .nuspec out of the repository's obj folder.
            "-p:NuspecOutputPath=" + Path.Combine(WorkRoot, "nuspec") + Path.DirectorySeparatorChar,
        ]).ShouldSucceed();

        var packagePath = Assert.Single(Directory.GetFiles(FeedDirectory, "*.nupkg"));
        using var package = ZipFile.OpenRead(packagePath);
        var nuspec = ReadNuspec(package);
        var version = nuspec.Descendants().Single(e => e.Name.LocalName == "version").Value;
        Assert.EndsWith("-" + suffix, version);
        return (packagePath, nuspec, package.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToArray(), version);
    }

    /// <summary>A folder of its own for this run, outside the repository, deleted afterwards.</summary>
    public string WorkRoot { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    public string Version { get; }

    public XDocument Nuspec { get; }

    /// <summary>Every file in the package, in ordinal order.</summary>
    public IReadOnlyList<string> Entries { get; }

    public string GlobalPackagesFolder { get; }

    /// <summary>What packing printed, for a test that wants to show it.</summary>
    public string SetupLog => setupLog.ToString();

    public string NewConsumerDirectory(string name) =>
        Path.Combine(WorkRoot, $"{Interlocked.Increment(ref consumers):00}-{name}");

    public byte[] ReadEntry(string path)
    {
        using var package = ZipFile.OpenRead(PackagePath);
        using var stream = package.GetEntry(path)?.Open() ?? throw new FileNotFoundException(path, PackagePath);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        TryDelete(WorkRoot);
        if (GlobalPackagesFolder.Length > 0)
        {
            // Only our own, uniquely versioned entry: other versions of the package may belong to real projects.
            TryDelete(Path.Combine(GlobalPackagesFolder, PackageId.ToLowerInvariant(), Version.ToLowerInvariant()));
        }
    }

    private static XDocument ReadNuspec(ZipArchive package)
    {
        var entry = Assert.Single(package.Entries, e => e.FullName == PackageId + ".nuspec");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a passing run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private sealed class BufferedOutput : ITestOutputHelper
    {
        private readonly StringBuilder text = new();

        public void WriteLine(string message)
        {
            lock (text)
            {
                text.AppendLine(message);
            }
        }

        public void WriteLine(string format, params object[] args) => WriteLine(string.Format(format, args));

        public override string ToString()
        {
            lock (text)
            {
                return text.ToString();
            }
        }
    }
}

/// <summary>
/// The tests that use the packed package. They run one after another: each builds with both cores, and running two
/// builds at once on the two-core CI machine would only make each slower.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed PostGenerator";
}
