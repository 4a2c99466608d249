using System.Diagnostics;

namespace PostGenerator.Benchmarks;

/// <summary>One timed run of an action and what the garbage collector did meanwhile, as every command reports it.</summary>
internal readonly record struct GcCost(double Ms, long Allocated, double PausedMs, int Gen0, int Gen1, int Gen2)
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
        var watch = Stopwatch.StartNew();
        action();
        var ms = watch.Elapsed.TotalMilliseconds;
        return new GcCost(
            ms,
            GC.GetTotalAllocatedBytes(precise: true) - allocated,
            (GC.GetTotalPauseDuration() - paused).TotalMilliseconds,
            GC.CollectionCount(0) - gen0,
            GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2);
    }

    /// <summary>The collections of each generation, e.g. <c>6 / 2 / 1</c>.</summary>
    public string Collections(string separator) => $"{Gen0}{separator}{Gen1}{separator}{Gen2}";
}
