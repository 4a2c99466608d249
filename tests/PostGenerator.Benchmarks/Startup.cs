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
            case "generated-steps":
                // Where a first request's time goes: loading the assembly, finding the method, the call itself.
                var load = Assembly.LoadFrom(path);
                var loaded = watch.Elapsed.TotalMilliseconds;
                var method = load.GetType("Consumer.Uses", throwOnError: true)!.GetMethod("FirstRequest")!;
                var found = watch.Elapsed.TotalMilliseconds;
                method.Invoke(null, null);
                var called = watch.Elapsed.TotalMilliseconds;
                method.Invoke(null, null);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load {loaded:F1} ms, find {found - loaded:F1} ms, first call {called - found:F1} ms, second call {watch.Elapsed.TotalMilliseconds - called:F2} ms"));
                return 0;
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
