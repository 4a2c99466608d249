using System.Reflection;
using System.Runtime.CompilerServices;
using PostGenerator.Testing;
using Xunit;

namespace PostGenerator.Tests.Diagnostics;

/// <summary>
/// End to end: a real project consumes the generator as the samples do, and <c>dotnet build</c> prints each
/// diagnostic as <c>file(line,col): severity ID: message</c>, with the severity a <c>.globalconfig</c> and
/// <c>&lt;NoWarn&gt;</c> give it; the valid posts still compile.
/// </summary>
public sealed class BuildOutputTests
{
    [Fact]
    public void Dotnet_build_prints_exact_file_line_column()
    {
        var repository = RepositoryRoot();
        var project = Path.Combine(Path.GetTempPath(), "postgenerator-build-" + Guid.NewGuid().ToString("N"));
        var posts = Path.Combine(project, "content", "_posts");
        Directory.CreateDirectory(posts);
        try
        {
            var source = Path.Combine(repository, "src", "PostGenerator");
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{source}/build/PostGenerator.props" />
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>Consumer</RootNamespace>
                    <NoWarn>$(NoWarn);POST009</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{source}/PostGenerator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                  <Import Project="{source}/build/PostGenerator.targets" />
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, ".globalconfig"), "is_global = true\ndotnet_diagnostic.POST011.severity = none\ndotnet_diagnostic.POST013.severity = error\n");
            File.WriteAllText(Path.Combine(project, "Use.cs"), "public static class Use { public static string Title => Consumer.Posts.Good.Title; }\n");
            File.WriteAllText(Path.Combine(posts, "2024-01-01-good.md"), "---\r\ntitle: Good\r\ndate: 2024-01-02\r\ntags: [ok]\r\n---\r\n中文 [x](/tags/nope/) [y](/tags/ok/)\r\n");
            File.WriteAllText(Path.Combine(posts, "2024-01-02-bad.md"), "---\ntitle: Bad\n\ttags: [a]\n---\n");
            File.WriteAllText(Path.Combine(posts, "2024-01-03-untitled.md"), "---\ndate: 2024-01-03\n---\n");

            var (exitCode, output) = Build(project);
            var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal))
                .Select(l => l[..l.IndexOf(':', l.IndexOf("): ", StringComparison.Ordinal) + 3)].Replace(project, "", StringComparison.Ordinal))
                .Distinct()
                .Order(StringComparer.Ordinal)
                .ToArray();

            Assert.Equal(
                new[]
                {
                    "/content/_posts/2024-01-01-good.md(6,8): error POST013",
                    "/content/_posts/2024-01-02-bad.md(3,1): error POST003",
                },
                lines);
            Assert.NotEqual(0, exitCode);
        }
        finally
        {
            try
            {
                Directory.Delete(project, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static (int ExitCode, string Output) Build(string project)
    {
        var configuration = typeof(BuildOutputTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return DotnetCli.Run(project, TimeSpan.FromMinutes(5), "build", project, "-c", configuration, "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary");
    }

    private static string RepositoryRoot([CallerFilePath] string file = "")
    {
        var directory = Path.GetDirectoryName(file);
        while (directory is not null && !File.Exists(Path.Combine(directory, "PostGenerator.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Cannot find the repository from " + file);
    }
}
