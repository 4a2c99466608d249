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
    public static void For(int count, Action<int> body, CancellationToken cancellationToken)
    {
        if (count <= 1)
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
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }
}
