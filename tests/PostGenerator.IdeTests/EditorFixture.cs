using Xunit;

namespace PostGenerator.IdeTests;

/// <summary>One consumer project, restored and loaded once for the class; every test forks the loaded solution.</summary>
public sealed class EditorFixture : IAsyncLifetime
{
    private ConsumerProject? _consumer;

    public EditorHost Host { get; private set; } = null!;

    public TimeSpan RestoreTime { get; private set; }

    public TimeSpan LoadTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _consumer = ConsumerProject.Create();
        RestoreTime = clock.Elapsed;
        // A build host that hangs must fail the run, not stall it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        Host = await EditorHost.OpenAsync(_consumer, timeout.Token);
        LoadTime = clock.Elapsed - RestoreTime;
    }

    public Task DisposeAsync()
    {
        Host?.Dispose();
        _consumer?.Dispose();
        return Task.CompletedTask;
    }
}
