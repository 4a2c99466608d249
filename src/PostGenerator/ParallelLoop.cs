using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace PostGenerator;

/// <summary>
/// <c>Parallel.For</c> that fails as the same loop on one thread would: cancellation stays cancellation, and a fault
/// keeps its own type (not <see cref="AggregateException"/>), so the analyzer's internal-error diagnostic and Roslyn's
/// own reporting name the real exception. Each item's work must depend on its own input alone.
/// </summary>
internal static class ParallelLoop
{
    /// <param name="count">The number of items.</param>
    /// <param name="body">The work of item <c>i</c>.</param>
    /// <param name="cancellationToken">Stops the loop, as cancellation.</param>
    /// <param name="maxDegreeOfParallelism">At most this many items at a time (-1: as many as <c>Parallel.For</c> runs); 1 runs the items in order on the calling thread.</param>
    public static void For(int count, Action<int> body, CancellationToken cancellationToken, int maxDegreeOfParallelism = -1)
    {
        if (count <= 1 || maxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                body(i);
            }

            return;
        }

        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }
}
