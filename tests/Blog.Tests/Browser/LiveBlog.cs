using System.Net;
using Blog.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Blog.Tests.Browser;

/// <summary>
/// The sample served by Kestrel on a free loopback port, and Debian's Chromium driven headless by Playwright.
/// Playwright's own browser download is never used: <c>ExecutablePath</c> points at the system's Chromium.
/// </summary>
public sealed class LiveBlog : IAsyncLifetime
{
    /// <summary>Where the tests look for Chromium; <c>BLOG_TESTS_CHROMIUM</c> overrides it.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("BLOG_TESTS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly BlogFactory _factory = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The server's origin, such as <c>http://127.0.0.1:40123</c>.</summary>
    public string Origin { get; private set; } = "";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public BlogFactory Factory => _factory;

    /// <summary>Screenshots go under the test output, where CI keeps them.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("BLOG_TESTS_CHROMIUM") is null or "")
        {
            // A fresh machine with only the .NET SDK: install Debian's Chromium and fonts, as .ci/run does.
            InstallBrowser();
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {ChromiumPath}. Install Debian's package (apt-get install chromium; .ci/run does this) " +
                "or point BLOG_TESTS_CHROMIUM at a Chromium executable.");
        }

        // Loopback only, port chosen by the system: nothing outside this machine can reach the test server.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        Origin = addresses.Single().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        });
    }

    /// <summary>Runs <c>tests/Blog.Tests/install-browser.sh</c> (copied beside the tests) and waits for it.</summary>
    private static void InstallBrowser()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "install-browser.sh");
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", [script]) { UseShellExecute = false })!;
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// A fresh browser context (its own profile) that lets requests reach only this server. Requests elsewhere, such
    /// as the seed post's Twitter script, are blocked and recorded, so the tests see the page as an offline reader does.
    /// </summary>
    public async Task<(IBrowserContext Context, List<string> Blocked)> NewContextAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            ColorScheme = ColorScheme.Light,
            Locale = "en-US",
        });
        var blocked = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(Origin + "/", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (blocked)
                {
                    blocked.Add(route.Request.Url);
                }

                await route.AbortAsync("blockedbyclient");
            }
        });
        return (context, blocked);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
