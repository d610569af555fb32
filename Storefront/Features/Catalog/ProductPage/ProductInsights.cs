using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Localization;

namespace Storefront.Features.Catalog.ProductPage;

/// <summary>When a product would arrive; <see cref="Window"/> is null when every variant is sold out.</summary>
public sealed record DeliveryEstimate(DeliveryWindow? Window, bool SomeVariantsSoldOut)
{
    public bool SoldOut => Window is null;
}

/// <summary>"<see cref="Count"/> people bought this in the last <see cref="Days"/> days".</summary>
public sealed record RecentBuyers(int Count, int Days);

/// <summary>What orders tell about a product: delivery dates, "customers also bought", recent buyers.</summary>
public sealed class ProductInsights(
    IDbContextFactory<StorefrontDb> dbFactory,
    PriceReferences prices,
    DeliveryEstimator delivery,
    IOptions<SocialProofOptions> socialProof,
    TimeProvider time)
{
    public const int AlsoBoughtCount = 8;

    public DeliveryEstimate DeliveryFor(IReadOnlyCollection<VariantOption> variants)
    {
        var inStock = variants.Count(v => v.InStock);
        return new DeliveryEstimate(inStock == 0 ? null : delivery.Estimate(), inStock > 0 && inStock < variants.Count);
    }

    /// <summary>
    /// Up to <see cref="AlsoBoughtCount"/> other products that were most often in the same (not cancelled) orders as
    /// this one, most co-purchases first; archived products are left out. One query for ranking and tiles, one for
    /// the tiles' lawful reference prices.
    /// </summary>
    public async Task<IReadOnlyList<ProductCard>> AlsoBoughtAsync(int productId, CancellationToken ct = default)
    {
        if (productId <= 0)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // From this product's order lines to the other lines of the same orders (both by index), counting orders once
        // even when either product is in an order twice (two sizes).
        var ranking =
            from mine in db.OrderLines
            where mine.ProductId == productId && db.Orders.Any(o => o.Id == mine.OrderId && o.Status != OrderStatus.Cancelled)
            join other in db.OrderLines on mine.OrderId equals other.OrderId
            where other.ProductId != productId
            group other.OrderId by other.ProductId into g
            select new { ProductId = g.Key, Orders = g.Distinct().Count() };
        // Scalar subqueries (not joins over whole tables) for the tile's image and cheapest variant: they run for 8 rows only.
        var rows = await (
                from r in ranking
                join p in db.Products on r.ProductId equals p.Id
                where !p.IsArchived
                orderby r.Orders descending, p.Id
                select new
                {
                    p.Id, p.Slug, p.NameEn, p.NameDe,
                    Brand = p.Brand!.Name,
                    ImagePath = p.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
                    ImageAltEn = p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltEn).FirstOrDefault(),
                    ImageAltDe = p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltDe).FirstOrDefault(),
                    CheapestId = p.Variants.OrderBy(v => v.PriceCents).ThenBy(v => v.Id).Select(v => (int?)v.Id).FirstOrDefault(),
                    Price = p.Variants.Min(v => (long?)v.PriceCents),
                    InStock = p.Variants.Any(v => v.Stock > 0),
                    p.IsSustainable,
                    Rating = p.Reviews.Average(x => (double?)x.Rating),
                    ReviewCount = p.Reviews.Count,
                })
            .Take(AlsoBoughtCount)
            .AsNoTracking()
            .ToListAsync(ct);
        var references = await prices.LowestPrices30DaysAsync(rows.Where(r => r.CheapestId is not null).Select(r => r.CheapestId!.Value).ToList(), ct);
        return rows.Select(r => new ProductCard(
            r.Id, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Brand,
            r.ImagePath ?? "", Cultures.Pick(r.ImageAltEn ?? "", r.ImageAltDe ?? ""),
            new Money(r.Price ?? 0),
            r.CheapestId is { } cheapest && references.TryGetValue(cheapest, out var reference) ? reference : null,
            r.InStock, r.IsSustainable, r.Rating, r.ReviewCount)).ToList();
    }

    /// <summary>
    /// How many different people (account, or e-mail address for guest orders) bought the product in not cancelled
    /// orders over the configured window; null when that is below the configured minimum, so nothing is shown.
    /// </summary>
    public async Task<RecentBuyers?> RecentBuyersAsync(int productId, CancellationToken ct = default)
    {
        if (productId <= 0)
        {
            return null;
        }
        var options = socialProof.Value;
        var since = time.GetUtcNow().UtcDateTime.AddDays(-options.WindowDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var buyers = await db.Orders.AsNoTracking()
            .Where(o => o.PlacedAtUtc >= since && o.Status != OrderStatus.Cancelled && o.Lines.Any(l => l.ProductId == productId))
            .Select(o => o.UserId ?? "mail:" + o.Email.ToLower())
            .Distinct()
            .CountAsync(ct);
        return buyers >= options.MinimumBuyers ? new RecentBuyers(buyers, options.WindowDays) : null;
    }
}
