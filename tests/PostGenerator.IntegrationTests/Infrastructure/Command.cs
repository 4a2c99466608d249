using System.Diagnostics;
using System.Text;

namespace PostGenerator.IntegrationTests.Infrastructure;

/// <summary>What a finished command printed (standard output and error, in the order they came) and how it ended.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Duration)
{
    public CommandResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"`{CommandLine}` exited with {ExitCode} after {Duration.TotalSeconds:0.0} s:\n{Output}");
        return this;
    }

    public CommandResult ShouldFail()
    {
        Assert.True(ExitCode != 0, $"`{CommandLine}` was expected to fail but exited with 0:\n{Output}");
        return this;
    }

    /// <summary>The output's lines without the trailing line break, for exact comparisons.</summary>
    public IReadOnlyList<string> Lines => Output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}

/// <summary>
/// Runs a program the way a user's shell would, with a clean, English, non-interactive .NET environment. Every
/// command has a time limit; a command that outlives it is ended with the processes it started.
/// </summary>
public static class Command
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static CommandResult Run(ITestOutputHelper log, string workingDirectory, string fileName, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        CleanEnvironment(start.Environment);
        var commandLine = string.Join(" ", new[] { fileName }.Concat(start.ArgumentList).Select(Quote));
        log.WriteLine($"$ cd {workingDirectory} && {commandLine}");

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var limit = timeout ?? DefaultTimeout;
        using (var cancellation = new CancellationTokenSource(limit))
        {
            try
            {
                // Waits for the exit and for the end of both streams, so no output is lost.
                process.WaitForExitAsync(cancellation.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException($"`{commandLine}` did not finish within {limit.TotalMinutes} minutes:\n{Text(output)}");
            }
        }

        var result = new CommandResult(commandLine, process.ExitCode, Text(output), stopwatch.Elapsed);
        log.WriteLine($"  exit {result.ExitCode} after {result.Duration.TotalSeconds:0.0} s");
        log.WriteLine(Indent(result.Output));
        return result;
    }

    /// <summary>
    /// The test itself runs under MSBuild and the test host, whose variables would leak into the nested builds and
    /// point them at this build's state. A user's shell has none of them. Build servers are off so that no process
    /// outlives its command (and keeps our output pipes open).
    /// </summary>
    private static void CleanEnvironment(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("TESTINGPLATFORM", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_ROLL_FORWARD", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["UseSharedCompilation"] = "false";
        environment["NUGET_XMLDOC_MODE"] = "skip";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or ';' or '&' or '|') ? argument : "'" + argument.Replace("'", "'\\''") + "'";

    private static string Indent(string text) => string.Join("\n", text.TrimEnd('\n').Split('\n').Select(line => "  | " + line));
}
