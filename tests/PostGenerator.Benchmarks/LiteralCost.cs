using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PostGenerator.Benchmarks;

/// <summary>
/// What a representation of the HTML costs the compiler: the same bytes of HTML-like text (<see cref="HtmlText"/>)
/// compiled and emitted by Roslyn as UTF-8 literals of several sizes, as string constants, and as base64 of their
/// gzip in UTF-8 literals. Best of <c>runs</c> each, one process, side by side, so the ratios hold on a noisy machine.
/// </summary>
public static class LiteralCost
{
    public static int Run(int megabytes, int runs)
    {
        var total = megabytes * 1_000_000;
        Console.WriteLine($"{megabytes} MB of HTML-like text (UTF-8), Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}, best of {runs}");
        Console.WriteLine();
        Console.WriteLine("| representation | literals | C# bytes | parse + emit (ms) | × string constants |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var cases = new (string Name, int Per, Func<string, string> Literal, string Type)[]
        {
            ("string constants, 4 KB each", 4_000, s => $"const string H{{0}} = {Quote(s)};", "string"),
            ("UTF-8 literals, 4 KB each (a post each, as generated)", 4_000, s => $"static System.ReadOnlySpan<byte> H{{0}}() => {Quote(s)}u8;", "u8"),
            ("UTF-8 literals, 80 KB each (a blob per shard)", 80_000, s => $"static System.ReadOnlySpan<byte> H{{0}}() => {Quote(s)}u8;", "u8"),
            ("UTF-8 literals, 1 MB each (a blob per site part)", 1_000_000, s => $"static System.ReadOnlySpan<byte> H{{0}}() => {Quote(s)}u8;", "u8"),
            ("base64 of gzip in UTF-8 literals, 4 KB of HTML each", 4_000, s => $"static System.ReadOnlySpan<byte> H{{0}}() => \"{Gzip64(s)}\"u8;", "gz"),
        };
        double? baseline = null;
        foreach (var (name, per, literal, _) in cases)
        {
            var source = Source(total, per, literal);
            var best = double.MaxValue;
            for (var run = 0; run < runs; run++)
            {
                best = Math.Min(best, Compile(source));
            }

            baseline ??= best;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {total / per:N0} | {Encoding.UTF8.GetByteCount(source):N0} | {best:F0} | {best / baseline.Value:F2} |"));
        }

        return 0;
    }

    private static string Source(int total, int per, Func<string, string> literal)
    {
        var random = new Random(1);
        var builder = new StringBuilder(total * 2).Append("static class D {\n");
        for (var i = 0; i < total / per; i++)
        {
            builder.Append(string.Format(CultureInfo.InvariantCulture, literal(HtmlText.Paragraphs(random, per)), i)).Append('\n');
        }

        return builder.Append("}\n").ToString();
    }

    private static string Quote(string s) => SymbolDisplay.FormatLiteral(s, quote: true);

    private static string Gzip64(string s)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(Encoding.UTF8.GetBytes(s));
        }

        return Convert.ToBase64String(output.ToArray());
    }

    /// <summary>Parse and emit (no PDB) of <paramref name="source"/>, timed.</summary>
    private static double Compile(string source)
    {
        var watch = Stopwatch.StartNew();
        Compiler.Emit(Compiler.Create(Compiler.Parse(source)), pdb: false);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static readonly LiteralCompiler Compiler = new();
}
