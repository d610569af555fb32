using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Orders;

namespace Storefront.Features.Catalog;

/// <summary>
/// Keeps the roll-ups on Product (rating average and count, units sold in 90 days) in step with reviews and orders,
/// so category and search listings filter and sort on plain columns instead of aggregating per product.
/// Refreshed at start, every hour, and for single products when one of their reviews changes.
/// </summary>
public sealed class ProductStats(IDbContextFactory<StorefrontDb> dbFactory, Browse.ListingIndex listings, TimeProvider time)
{
    public const int BestsellerWindowDays = 90;

    public async Task RefreshAsync(IReadOnlyCollection<int>? productIds = null, CancellationToken ct = default)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-BestsellerWindowDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = productIds is null ? db.Products : db.Products.Where(p => productIds.Contains(p.Id));
        await products.ExecuteUpdateAsync(s => s
            .SetProperty(p => p.RatingAverage, p => p.Reviews.Average(r => (double?)r.Rating))
            .SetProperty(p => p.ReviewCount, p => p.Reviews.Count)
            .SetProperty(p => p.UnitsSold90Days, p => db.OrderLines
                .Where(l => l.ProductId == p.Id && db.Orders.Any(o => o.Id == l.OrderId && o.PlacedAtUtc >= since && o.Status != OrderStatus.Cancelled))
                .Sum(l => (int?)l.Quantity) ?? 0), ct);
        listings.Invalidate();
    }
}

/// <summary>Refreshes the roll-ups hourly (units sold move with time, not only with orders); start-up refreshes them once.</summary>
internal sealed class ProductStatsRefresher(ProductStats stats, ILogger<ProductStatsRefresher> logger, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await stats.RefreshAsync(ct: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Refreshing product statistics failed; listings keep the previous figures");
            }
        }
    }
}
