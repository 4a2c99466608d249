using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace PostGenerator.Benchmarks;

/// <summary>
/// One measurement per process, for build-bench.sh: milliseconds from the start of Main to the first post's HTML,
/// either from a built consumer assembly (<c>generated</c>) or by reading and parsing every post first (<c>parse</c>),
/// as an app that renders its posts at start-up would. <c>allocations</c> prints the bytes allocated by reading the
/// HTML of every post from the consumer assembly after the first read.
/// </summary>
public static class Startup
{
    public static int Run(string mode, string path)
    {
        var watch = Stopwatch.StartNew();
        switch (mode)
        {
            case "generated":
                Call<int>(path, "FirstRequest");
                break;
            case "parse":
                var posts = Directory.GetFiles(Path.Combine(path, "_posts")).Order(StringComparer.Ordinal)
                    .Select(f => new CorpusPost(f, File.ReadAllText(f)))
                    .ToList();
                Floor.Run(posts);
                break;
            case "allocations":
                Call<int>(path, "FirstRequest");
                Console.WriteLine(Call<long>(path, "BytesAllocatedReadingEveryHtml").ToString(CultureInfo.InvariantCulture));
                return 0;
            default:
                return 2;
        }

        Console.WriteLine(watch.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture));
        return 0;
    }

    private static T Call<T>(string assemblyPath, string method) =>
        (T)Assembly.LoadFrom(assemblyPath).GetType("Consumer.Uses", throwOnError: true)!.GetMethod(method)!.Invoke(null, null)!;
}
