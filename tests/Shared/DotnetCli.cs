using System.Diagnostics;

namespace PostGenerator.Testing;

/// <summary>Runs the .NET CLI on a project of a test's own, as a user would from a fresh shell. Linked into each test project.</summary>
internal static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };

        // The test host runs under MSBuild's environment; the nested command must find its own.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish:\n{output}");
        }

        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }
}
