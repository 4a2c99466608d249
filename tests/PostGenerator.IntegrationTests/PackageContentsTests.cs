using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace PostGenerator.IntegrationTests;

/// <summary>What is inside the .nupkg that <c>dotnet pack src/PostGenerator</c> makes.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentsTests(PackageFixture package)
{
    private const string AnalyzerFolder = "analyzers/dotnet/cs/";

    /// <summary>Microsoft.CodeAnalysis 4.8 is the compiler of the .NET 8 SDK, the oldest SDK we support.</summary>
    private static readonly Version OldestCompiler = new(4, 8, 0, 0);

    /// <summary>
    /// Assemblies a compiler host already has: the compiler and the libraries it depends on itself, at the versions
    /// the .NET Framework build of Roslyn 4.8 ships (Microsoft.CodeAnalysis.Common 4.8's netstandard2.0 dependencies).
    /// On .NET they are part of the runtime, at higher versions. A second copy in the package would split their types
    /// in two, so they are never shipped.
    /// </summary>
    private static readonly Dictionary<string, Version> ProvidedByTheCompiler = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = OldestCompiler,
        ["Microsoft.CodeAnalysis.CSharp"] = OldestCompiler,
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["System.Text.Encoding.CodePages"] = new(7, 0, 0, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Numerics.Vectors"] = new(4, 1, 4, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
    };

    /// <summary>
    /// The references a .NET Framework-hosted compiler cannot satisfy: Markdig 1.x needs System.Memory 4.6 (assembly
    /// 4.0.2.0), and so does the generator, compiled against it. On .NET the runtime provides it. This is why the
    /// README supports only compilers that run on .NET; if this list changes, its "Requirements and hosts" must too.
    /// </summary>
    private static readonly string[] KnownBeyondTheFrameworkCompiler =
    [
        "Markdig references System.Memory 4.0.2.0, newer than the 4.0.1.2 the .NET Framework compiler ships.",
        "PostGenerator references System.Memory 4.0.2.0, newer than the 4.0.1.2 the .NET Framework compiler ships.",
    ];

    [Fact]
    public void The_package_holds_the_generator_its_libraries_the_build_files_and_the_documents_and_nothing_else()
    {
        string[] expected =
        [
            "CHANGELOG.md",
            "LICENSE",
            "PostGenerator.nuspec",
            "README.md",
            "THIRD-PARTY-NOTICES.txt",
            AnalyzerFolder + "AngleSharp.dll",
            AnalyzerFolder + "Markdig.dll",
            AnalyzerFolder + "PostGenerator.dll",
            AnalyzerFolder + "YamlDotNet.dll",
            "build/PostGenerator.props",
            "build/PostGenerator.targets",
            "buildTransitive/PostGenerator.props",
            "buildTransitive/PostGenerator.targets",
        ];

        // NuGet's own bookkeeping files aside.
        var files = package.Entries.Where(e => !e.StartsWith("_rels/", StringComparison.Ordinal)
            && !e.StartsWith("package/services/", StringComparison.Ordinal)
            && e != "[Content_Types].xml");
        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void The_build_files_are_the_repository_ones_in_both_build_and_buildTransitive()
    {
        foreach (var name in new[] { "PostGenerator.props", "PostGenerator.targets" })
        {
            var source = File.ReadAllBytes(Path.Combine(Repository.BuildFolder, name));
            Assert.Equal(source, package.ReadEntry("build/" + name));
            Assert.Equal(source, package.ReadEntry("buildTransitive/" + name));
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "README.md")), package.ReadEntry("README.md"));
    }

    [Fact]
    public void The_nuspec_describes_a_development_dependency_with_no_dependencies()
    {
        var metadata = package.Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        XElement? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);

        Assert.Equal(PackageFixture.PackageId, Value("id"));
        Assert.StartsWith(VersionPrefix() + "-it.", package.Version, StringComparison.Ordinal);
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("expression", (string?)Element("license")?.Attribute("type"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("authors")));
        Assert.Contains("Jekyll", Value("description"), StringComparison.Ordinal);
        Assert.Contains("source-generator", (Value("tags") ?? "").Split(' '));
        Assert.Equal("git", (string?)Element("repository")?.Attribute("type"));
        Assert.Equal(Value("projectUrl"), (string?)Element("repository")?.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)Element("repository")?.Attribute("commit"));
        // No dependency group at all: nothing for NuGet to resolve or flow to the consumer.
        Assert.Null(Element("dependencies"));
        Assert.Null(Element("frameworkReferences"));
    }

    [Fact]
    public void Every_assembly_the_analyzers_reference_is_in_the_package_or_provided_by_the_compiler()
    {
        var shipped = package.Entries
            .Where(e => e.StartsWith(AnalyzerFolder, StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e), e => e, StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var (name, entry) in shipped.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            foreach (var reference in References(package.ReadEntry(entry)))
            {
                if (shipped.ContainsKey(reference.Name))
                {
                    continue;
                }

                if (!ProvidedByTheCompiler.TryGetValue(reference.Name, out var provided))
                {
                    problems.Add($"{name} references {reference.Name} {reference.Version}, which is neither in the package nor part of the compiler or the runtime.");
                }
                else if (reference.Version > provided)
                {
                    problems.Add($"{name} references {reference.Name} {reference.Version}, newer than the {provided} the .NET Framework compiler ships.");
                }
            }
        }

        Assert.Equal(KnownBeyondTheFrameworkCompiler, problems);
    }

    private static string VersionPrefix()
    {
        var project = XDocument.Load(Repository.GeneratorProject);
        return project.Descendants("VersionPrefix").Single().Value;
    }

    private static IEnumerable<(string Name, Version Version)> References(byte[] assembly)
    {
        using var reader = new PEReader(new MemoryStream(assembly));
        var metadata = reader.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            yield return (metadata.GetString(reference.Name), reference.Version);
        }
    }
}
