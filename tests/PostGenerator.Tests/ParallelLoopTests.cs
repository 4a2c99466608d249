using Xunit;

namespace PostGenerator.Tests;

/// <summary>The loop the generator's batches and the analyzer's index run on: it must fail as the same loop on one thread would.</summary>
public class ParallelLoopTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void Every_item_runs_once(int count)
    {
        var runs = new int[count];
        ParallelLoop.For(count, i => Interlocked.Increment(ref runs[i]), CancellationToken.None);
        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void A_fault_keeps_its_own_type_and_message(int count)
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            ParallelLoop.For(count, i => { if (i == count / 2) throw new InvalidOperationException("item " + i); }, CancellationToken.None));
        Assert.Equal("item " + (count / 2), ex.Message);
    }

    [Fact]
    public void Cancellation_part_way_is_cancellation()
    {
        using var cts = new CancellationTokenSource();
        var ran = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => ParallelLoop.For(
            100_000,
            i =>
            {
                if (Interlocked.Increment(ref ran) == 10)
                {
                    cts.Cancel();
                }

                cts.Token.ThrowIfCancellationRequested();
            },
            cts.Token));
        Assert.True(ran < 100_000, $"all {ran} items ran");
    }

    [Fact]
    public void A_cancelled_token_runs_nothing()
    {
        var ran = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => ParallelLoop.For(1, _ => ran++, new CancellationToken(canceled: true)));
        Assert.ThrowsAny<OperationCanceledException>(() => ParallelLoop.For(1000, _ => Interlocked.Increment(ref ran), new CancellationToken(canceled: true)));
        Assert.Equal(0, ran);
    }

    [Fact]
    public void One_at_a_time_runs_the_items_in_order_on_the_calling_thread()
    {
        var thread = Environment.CurrentManagedThreadId;
        var order = new List<int>();
        var otherThreads = 0;
        ParallelLoop.For(
            1000,
            i =>
            {
                order.Add(i);
                if (Environment.CurrentManagedThreadId != thread)
                {
                    Interlocked.Increment(ref otherThreads);
                }
            },
            CancellationToken.None,
            maxDegreeOfParallelism: 1);
        Assert.Equal(Enumerable.Range(0, 1000), order);
        Assert.Equal(0, otherThreads);
    }
}
