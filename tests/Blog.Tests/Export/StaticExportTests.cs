using System.Diagnostics;
using Blog.Export;
using Blog.Tests.Infrastructure;
using Xunit;

namespace Blog.Tests.Export;

public sealed class StaticExportTests(BlogFactory factory) : IClassFixture<BlogFactory>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("blog-export-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Export_writes_one_file_per_page_with_the_bytes_the_server_answers_with()
    {
        StaticExport.Run(factory.Site, new ExportCommand(Path.Combine(_directory, "site"), Clean: false), TextWriter.Null);
        string root = Path.Combine(_directory, "site");

        var expectedFiles = factory.Site.Pages.Select(static page => StaticExport.RelativeFilePath(page.Url)).Append(".nojekyll");
        Assert.Equal(expectedFiles.Order(StringComparer.Ordinal), FilesUnder(root).Order(StringComparer.Ordinal));

        var client = factory.CreateNonRedirectingClient();
        foreach (var page in factory.Site.Pages)
        {
            using var response = await client.GetAsync(page.Url);
            var served = await response.Content.ReadAsByteArrayAsync();
            Assert.True(
                served.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, StaticExport.RelativeFilePath(page.Url)))),
                $"The exported file of {page.Url} differs from the server's answer.");
        }
    }

    [Fact]
    public async Task Static_hosts_find_each_page_where_they_look_for_its_url()
    {
        StaticExport.Run(factory.Site, new ExportCommand(_directory, Clean: false), TextWriter.Null);

        // A static host decodes the request path and serves that file, or index.html for a directory.
        string seedFile = Uri.UnescapeDataString(SeedPost.Post.Url.TrimStart('/'));
        Assert.StartsWith("大纪元/2023/10/28/白宫发拜登王毅照", seedFile);
        Assert.True(File.Exists(Path.Combine(_directory, seedFile)));
        Assert.True(File.Exists(Path.Combine(_directory, "index.html")));
        Assert.True(File.Exists(Path.Combine(_directory, "page", "2", "index.html")));
        Assert.True(File.Exists(Path.Combine(_directory, "tags", "大纪元", "index.html")));
        Assert.True(File.Exists(Path.Combine(_directory, "feed.xml")));
        Assert.True(File.Exists(Path.Combine(_directory, "sitemap.xml")));

        // GitHub Pages answers unknown paths with 404.html: the same page the server answers them with.
        using var notFound = await factory.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(await notFound.Content.ReadAsByteArrayAsync(), File.ReadAllBytes(Path.Combine(_directory, "404.html")));
    }

    [Fact]
    public void Clean_removes_what_an_earlier_export_left_and_without_it_files_are_overwritten()
    {
        File.WriteAllText(Path.Combine(_directory, "stale.html"), "old");
        File.WriteAllText(Path.Combine(_directory, "index.html"), "old");

        StaticExport.Run(factory.Site, new ExportCommand(_directory, Clean: false), TextWriter.Null);
        Assert.True(File.Exists(Path.Combine(_directory, "stale.html")));
        Assert.NotEqual("old", File.ReadAllText(Path.Combine(_directory, "index.html")));

        StaticExport.Run(factory.Site, new ExportCommand(_directory, Clean: true), TextWriter.Null);
        Assert.False(File.Exists(Path.Combine(_directory, "stale.html")));
        Assert.True(File.Exists(Path.Combine(_directory, "index.html")));
    }

    [Fact]
    public async Task Command_line_export_writes_the_same_files()
    {
        StaticExport.Run(factory.Site, new ExportCommand(Path.Combine(_directory, "in-process"), Clean: false), TextWriter.Null);
        string target = Path.Combine(_directory, "command-line");

        // The real entry point, as `dotnet run --project samples/Blog -- export <dir>` runs it.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "Blog.dll"), "export", target },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"export exited with {process.ExitCode}: {await error}");
        Assert.Contains($"Exported {factory.Site.Pages.Count} pages to {target}", await output);

        var files = FilesUnder(Path.Combine(_directory, "in-process")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, FilesUnder(target).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(_directory, "in-process", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(target, file))),
                $"{file} differs.");
        }
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/tags/", "tags/index.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/a%20b/c%20d.html", "a b/c d.html")]
    [InlineData("/%E5%A4%A7%E7%BA%AA%E5%85%83/", "大纪元/index.html")]
    [InlineData("/tags/c%23/", "tags/c#/index.html")]
    public void Urls_map_to_decoded_file_names(string url, string file)
    {
        Assert.Equal(file.Replace('/', Path.DirectorySeparatorChar), StaticExport.RelativeFilePath(url));
    }

    [Theory]
    [InlineData("relative.html")]
    [InlineData("/../outside.html")]
    [InlineData("/a/%2E%2E/%2E%2E/outside.html")]
    [InlineData("/a%2Fb.html")]
    [InlineData("/a%5Cb.html")]
    [InlineData("/a//b.html")]
    [InlineData("/page?x=1")]
    public void Urls_that_would_escape_the_directory_or_name_no_file_are_refused(string url)
    {
        Assert.Throws<ArgumentException>(() => StaticExport.RelativeFilePath(url));
    }

    [Fact]
    public void Export_arguments_are_split_from_the_host_configuration()
    {
        var command = ExportCommand.Parse(["export", "out", "--clean", "--Site:Url=https://blog.example.com"], out var hostArgs, out var error);

        Assert.Null(error);
        Assert.Equal(new ExportCommand("out", Clean: true), command);
        Assert.Equal(["--Site:Url=https://blog.example.com"], hostArgs);

        Assert.Null(ExportCommand.Parse(["--urls", "http://127.0.0.1:5001"], out hostArgs, out error));
        Assert.Null(error);
        Assert.Equal(["--urls", "http://127.0.0.1:5001"], hostArgs);

        Assert.Null(ExportCommand.Parse(["export"], out _, out error));
        Assert.NotNull(error);
        Assert.Null(ExportCommand.Parse(["export", "--Site:Url=x"], out _, out error));
        Assert.NotNull(error);
    }

    private static IEnumerable<string> FilesUnder(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(root, file));
}
