using System.Text.RegularExpressions;

namespace PostGenerator.IntegrationTests.Infrastructure;

/// <summary>A diagnostic line of MSBuild's console output: <c>path(line,column): severity ID: message [project]</c>.</summary>
public sealed record BuildDiagnostic(string Path, int Line, int Column, string Severity, string Id, string Message);

public static partial class BuildDiagnostics
{
    /// <summary>The distinct diagnostics with an id of PostGenerator's (POSTnnn) in a build's output.</summary>
    public static IReadOnlyList<BuildDiagnostic> Posts(this CommandResult build) =>
        build.Lines
            .Select(line => CanonicalLine().Match(line))
            .Where(match => match.Success)
            .Select(match => new BuildDiagnostic(
                match.Groups["path"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();

    public static IReadOnlyList<BuildDiagnostic> Posts(this CommandResult build, string id) =>
        build.Posts().Where(d => d.Id == id).ToList();

    // The canonical error format that editors and CI systems parse; MSBuild appends the project in brackets.
    [GeneratedRegex(@"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>error|warning|info) (?<id>POST\d{3}): (?<message>.*?)(?: \[[^\]]+\])?$")]
    private static partial Regex CanonicalLine();
}
