using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Signals;

/// <summary>Drains the signal queue into the database in batches; on shutdown it writes what is still queued.</summary>
internal sealed class SignalWriter(ShopperSignals signals, IDbContextFactory<StorefrontDb> dbFactory, ILogger<SignalWriter> logger)
    : BackgroundService
{
    public const int MaxBatch = 500;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // No new signals; the loop below ends once the queue is empty.
        signals.Complete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = signals.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await WriteBatchAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host is stopping: fall through and drain.
        }
        while (reader.TryPeek(out _))
        {
            await WriteBatchAsync();
        }
    }

    private async Task WriteBatchAsync()
    {
        var events = new List<ShopperEvent>();
        var flushes = new List<TaskCompletionSource>();
        while (events.Count < MaxBatch && signals.Reader.TryRead(out var item))
        {
            if (item.Event is { } e)
            {
                events.Add(e);
            }
            if (item.Flushed is { } f)
            {
                flushes.Add(f);
            }
        }
        if (events.Count > 0)
        {
            try
            {
                await using var db = await dbFactory.CreateDbContextAsync();
                db.ShopperEvents.AddRange(events);
                await db.SaveChangesAsync();
            }
            catch (Exception ex)
            {
                // Signals are best effort: log and move on rather than retry forever or stop the writer.
                logger.LogError(ex, "Could not write {Count} shopper signals; they are dropped", events.Count);
            }
        }
        foreach (var flush in flushes)
        {
            flush.TrySetResult();
        }
    }
}
