using System.Text;
using Microsoft.CodeAnalysis;

namespace PostGenerator.Tests.Infrastructure;

/// <summary>A set of post files and MSBuild options, as a project would hand them to the compiler.</summary>
public sealed class PostSet
{
    public const string ProjectDir = "/proj/";

    private readonly List<(AdditionalText File, string Kind)> _files = new();

    public Dictionary<string, string> Properties { get; } = new()
    {
        ["build_property.RootNamespace"] = "Blog",
        ["build_property.ProjectDir"] = ProjectDir,
    };

    public IReadOnlyList<AdditionalText> Files => _files.Select(f => f.File).ToList();

    public PostSet Add(string relativePath, string text, string kind = "post")
    {
        _files.Add((new TestAdditionalText(ProjectDir + relativePath, text), kind));
        return this;
    }

    public PostSet AddBytes(string relativePath, byte[] bytes, string kind = "post")
    {
        _files.Add((new TestAdditionalText(ProjectDir + relativePath, bytes), kind));
        return this;
    }

    /// <summary>An AdditionalFile the build did not mark as a post: the generator must ignore it.</summary>
    public PostSet AddUnmarked(string relativePath, string text)
    {
        _files.Add((new TestAdditionalText(ProjectDir + relativePath, text), ""));
        return this;
    }

    public PostSet Option(string name, string value)
    {
        Properties["build_property." + name] = value;
        return this;
    }

    /// <summary>The real posts of the repository's content folder, as the samples use them.</summary>
    public static PostSet FromContentFolder()
    {
        var set = new PostSet();
        var root = Path.Combine(AppContext.BaseDirectory, "content");
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = "content/" + Path.GetRelativePath(root, file).Replace('\\', '/');
            set.AddBytes(relative, File.ReadAllBytes(file));
        }

        return set;
    }

    public static string TestData(string relativePath) => Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);

    public TestOptionsProvider OptionsProvider() => new(
        Properties,
        _files.Where(f => f.Kind.Length > 0).ToDictionary(
            f => f.File.Path,
            f => new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PostGeneratorKind"] = f.Kind }));

    public static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
