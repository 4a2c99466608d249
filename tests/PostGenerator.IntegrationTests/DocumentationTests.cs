using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PostGenerator.IntegrationTests;

/// <summary>The README's options table and version against the build files and the project that define them.</summary>
public sealed partial class DocumentationTests
{
    /// <summary>Options the build uses itself and does not pass to the compiler.</summary>
    private static readonly string[] MSBuildOnlyOptions = ["PostEnableDefaultItems", "PostTuneCompiler"];

    [Fact]
    public void The_README_documents_every_option_with_the_default_the_build_files_give_it()
    {
        var documented = ReadmeOptions();
        var defaults = BuildFileDefaults();

        var compilerVisible = BuildFile("PostGenerator.props").Descendants("CompilerVisibleProperty")
            .Select(p => (string)p.Attribute("Include")!)
            .Where(name => name.StartsWith("Post", StringComparison.Ordinal));
        Assert.Equal(compilerVisible.Concat(MSBuildOnlyOptions).Order(StringComparer.Ordinal), documented.Keys.Order(StringComparer.Ordinal));

        foreach (var (name, readmeDefault) in documented)
        {
            var expected = defaults.TryGetValue(name, out var value) ? Describe(value) : "*(empty)*";
            Assert.True(expected == readmeDefault, $"The README gives {name} the default {readmeDefault}; the build files give it {expected}.");
        }
    }

    [Fact]
    public void The_README_and_the_CHANGELOG_name_the_version_the_project_builds()
    {
        var version = XDocument.Load(Repository.GeneratorProject).Descendants("VersionPrefix").Single().Value;

        var referenced = PackageReferenceVersion().Matches(Repository.Read("README.md")).Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal([version], referenced);
        Assert.Contains($"## [{version}]", Repository.Read("CHANGELOG.md").ReplaceLineEndings("\n").Split('\n'));
    }

    /// <summary>Each option in the README's table with its default, as written there.</summary>
    private static Dictionary<string, string> ReadmeOptions()
    {
        var readme = Repository.Read("README.md").ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("\n## Options\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return OptionRow().Matches(section).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Value.Trim(), StringComparer.Ordinal);
    }

    /// <summary>The defaults set with <c>Condition="'$(Name)' == ''"</c> in the props and targets.</summary>
    private static Dictionary<string, string> BuildFileDefaults() =>
        new[] { "PostGenerator.props", "PostGenerator.targets" }
            .SelectMany(file => BuildFile(file).Descendants("PropertyGroup").Elements())
            .Where(p => p.Name.LocalName.StartsWith("Post", StringComparison.Ordinal)
                && (string?)p.Attribute("Condition") == $"'$({p.Name.LocalName})' == ''")
            .ToDictionary(p => p.Name.LocalName, p => p.Value, StringComparer.Ordinal);

    /// <summary>How the README writes a default: in code style, or in words where the value is not readable as text.</summary>
    private static string Describe(string value) => value switch
    {
        "" => "*(empty)*",
        @"\n\n" => "*(blank line)*",
        _ => $"`{value}`",
    };

    private static XDocument BuildFile(string name) => XDocument.Load(Path.Combine(Repository.BuildFolder, name));

    [GeneratedRegex(@"^\| `(?<name>Post\w+)` \| (?<default>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex OptionRow();

    [GeneratedRegex(@"<PackageReference Include=""PostGenerator"" Version=""([^""]+)""")]
    private static partial Regex PackageReferenceVersion();
}
