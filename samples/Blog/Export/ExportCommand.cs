namespace Blog.Export;

/// <summary>
/// <c>export &lt;dir&gt; [--clean]</c>: write the site as static files instead of serving it. Every other argument is
/// left to the host's configuration, so <c>--Site:Url=https://example.com</c> works for both.
/// </summary>
internal sealed record ExportCommand(string Directory, bool Clean)
{
    public const string Usage = "Usage: dotnet run --project samples/Blog -- export <directory> [--clean] [--Site:Url=https://example.com]";

    /// <summary>Splits the arguments; null when they do not ask for an export.</summary>
    /// <param name="hostArgs">The arguments for the host's configuration.</param>
    /// <param name="error">Why the export arguments are unusable, or null.</param>
    public static ExportCommand? Parse(string[] args, out string[] hostArgs, out string? error)
    {
        error = null;
        if (args is not ["export", .. var rest])
        {
            hostArgs = args;
            return null;
        }

        bool clean = rest.Contains("--clean", StringComparer.Ordinal);
        rest = rest.Where(static arg => arg != "--clean").ToArray();
        if (rest is not [var directory, ..] || directory.StartsWith("--", StringComparison.Ordinal))
        {
            hostArgs = rest;
            error = "export needs the directory to write to.";
            return null;
        }

        hostArgs = rest[1..];
        return new ExportCommand(directory, clean);
    }
}
