using System.Threading.Channels;

namespace Storefront.Features.Signals;

/// <summary>
/// Records what shoppers do (views, searches, add-to-cart, favourites, purchases) for the shopping stream and the KPIs.
/// Recording only puts the event on a bounded in-memory queue; <see cref="SignalWriter"/> writes it in batches, so a
/// page pays nothing noticeable and a failing write never breaks it. Visitors without a shopper id (no cookie yet)
/// are not recorded: there is no one to attribute the event to, and browsing alone sets no cookie.
/// </summary>
public sealed class ShopperSignals(TimeProvider time, ILogger<ShopperSignals> logger)
{
    public const int QueueCapacity = 10_000;
    public const int MaxContextLength = 200;

    private readonly Channel<SignalItem> queue = Channel.CreateBounded<SignalItem>(new BoundedChannelOptions(QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private long dropped;

    internal ChannelReader<SignalItem> Reader => queue.Reader;

    public void ProductViewed(string? ownerKey, int productId, string context = "product") =>
        Record(ownerKey, ShopperEventKind.ProductViewed, productId, null, context);

    /// <summary>A search as the shopper typed it (trimmed, capped); stored as context "search:{query}".</summary>
    public void Searched(string? ownerKey, string? query)
    {
        var q = query?.Trim();
        if (!string.IsNullOrEmpty(q))
        {
            Record(ownerKey, ShopperEventKind.Searched, null, null, "search:" + q);
        }
    }

    public void AddedToCart(string? ownerKey, int productId, int variantId, string context = "product") =>
        Record(ownerKey, ShopperEventKind.AddedToCart, productId, variantId, context);

    public void FavouritedProduct(string? ownerKey, int productId) =>
        Record(ownerKey, ShopperEventKind.Favourited, productId, null, "product");

    public void FavouritedBrand(string? ownerKey, int brandId) =>
        Record(ownerKey, ShopperEventKind.Favourited, null, null, $"brand:{brandId}");

    /// <summary>For checkout: one call per order line once the order is placed.</summary>
    public void Purchased(string? ownerKey, int productId, int variantId, string context = "checkout") =>
        Record(ownerKey, ShopperEventKind.Purchased, productId, variantId, context);

    /// <summary>For checkout: funnel events (free-shipping bar shown/crossed, step reached/left) with where they happened.</summary>
    public void Funnel(string? ownerKey, ShopperEventKind kind, string context) => Record(ownerKey, kind, null, null, context);
    /// <summary>A stream card was shown; <paramref name="cardKind"/> goes into the context as "stream:{kind}".</summary>
    public void StreamImpression(string? ownerKey, int? productId, string cardKind, string? cardKey = null) =>
        Record(ownerKey, ShopperEventKind.StreamImpression, productId, null, StreamContext(productId, cardKind, cardKey));

    /// <summary>A stream card was opened; the context matches its impression's.</summary>
    public void StreamClick(string? ownerKey, int? productId, string cardKind, string? cardKey = null) =>
        Record(ownerKey, ShopperEventKind.StreamClick, productId, null, StreamContext(productId, cardKind, cardKey));

    /// <summary>"stream:{kind}"; a card that is not about a product names itself ("stream:editorial:editorial-3").</summary>
    private static string StreamContext(int? productId, string cardKind, string? cardKey) =>
        productId is null && cardKey is not null ? $"stream:{cardKind}:{cardKey}" : "stream:" + cardKind;

    /// <summary>Completes once every event recorded before the call has been written (or given up on).</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        try
        {
            await queue.Writer.WriteAsync(new SignalItem(null, done), ct);
        }
        catch (ChannelClosedException)
        {
            return; // shutting down: the writer drains what is queued
        }
        await done.Task.WaitAsync(ct);
    }

    internal void Complete() => queue.Writer.TryComplete();

    private void Record(string? ownerKey, ShopperEventKind kind, int? productId, int? variantId, string? context)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return;
        }
        var item = new SignalItem(new ShopperEvent
        {
            OwnerKey = ownerKey,
            Kind = kind,
            ProductId = productId,
            VariantId = variantId,
            Context = context is { Length: > MaxContextLength } ? context[..MaxContextLength] : context,
            AtUtc = time.GetUtcNow().UtcDateTime,
        }, null);
        if (!queue.Writer.TryWrite(item))
        {
            // Full (the database is far behind) or shutting down: losing a signal beats slowing the page.
            var total = Interlocked.Increment(ref dropped);
            if (total == 1 || total % 1000 == 0)
            {
                logger.LogWarning("Shopper signal queue full or closed; {Dropped} signals dropped so far", total);
            }
        }
    }
}

/// <summary>An event to write, or a flush marker to complete once everything before it is written.</summary>
internal readonly record struct SignalItem(ShopperEvent? Event, TaskCompletionSource? Flushed);
