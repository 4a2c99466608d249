using System.Diagnostics;

namespace PostGenerator.Benchmarks;

/// <summary>One timed run of an action and what the garbage collector did meanwhile, as every command reports it.</summary>
internal readonly record struct GcCost(double Ms, long Allocated, double PausedMs, int Gen0, int Gen1, int Gen2, long Faults = 0)
{
    /// <summary>Runs <paramref name="action"/> once, after full collections, and measures it.</summary>
    public static GcCost Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var faults = MinorFaults();
        var watch = Stopwatch.StartNew();
        action();
        var ms = watch.Elapsed.TotalMilliseconds;
        faults = MinorFaults() - faults;
        return new GcCost(
            ms,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2,
            faults);
    }

    /// <summary>The process's minor page faults so far (fresh memory touched), from /proc on Linux; 0 elsewhere.</summary>
    public static long MinorFaults()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>The collections of each generation, e.g. <c>6 / 2 / 1</c>.</summary>
    public string Collections(string separator) => $"{Gen0}{separator}{Gen1}{separator}{Gen2}";
}
