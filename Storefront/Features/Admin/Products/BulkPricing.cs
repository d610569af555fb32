using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Browse;

namespace Storefront.Features.Admin.Products;

/// <summary>
/// "All filtered products 10 % cheaper": every variant of the products the grid's filter selects gets its price
/// scaled, each change enters the price history, and one audit entry lists them, all in one transaction.
/// </summary>
public sealed class BulkPricing(IDbContextFactory<StorefrontDb> dbFactory, IStringLocalizer<AdminText> text, TimeProvider time, ListingIndex listings)
{
    public const decimal MinPercent = -90;
    public const decimal MaxPercent = 200;
    public const int MaxVariants = 10_000;

    public async Task<BulkPriceResult> ChangeByPercentAsync(ClaimsPrincipal user, ProductListQuery filter, decimal percent, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return new BulkPriceResult(false, text["NotAllowed"], 0, 0);
        }
        if (percent == 0 || percent < MinPercent || percent > MaxPercent || decimal.Round(percent, 2) != percent)
        {
            return new BulkPriceResult(false, text["BulkPercentInvalid", MinPercent, MaxPercent], 0, 0);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var productIds = ProductAdmin.Filter(db.Products, filter).Select(p => p.Id);
        var count = await db.Variants.CountAsync(v => productIds.Contains(v.ProductId), ct);
        if (count == 0)
        {
            return new BulkPriceResult(false, text["BulkNothingSelected"], 0, 0);
        }
        if (count > MaxVariants)
        {
            return new BulkPriceResult(false, text["BulkTooMany", count, MaxVariants], 0, 0);
        }
        var variants = await db.Variants.Where(v => productIds.Contains(v.ProductId)).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var changes = new List<object>(variants.Count);
        foreach (var variant in variants)
        {
            var price = Scale(variant.PriceCents, percent);
            if (price == variant.PriceCents)
            {
                continue;
            }
            changes.Add(new { VariantId = variant.Id, variant.Sku, Before = variant.PriceCents, After = price });
            variant.PriceCents = price;
            // A reduction marker that is no longer above the price would mislead: the reduction has ended.
            if (variant.CompareAtCents is { } compareAt && compareAt <= price)
            {
                variant.CompareAtCents = null;
            }
            variant.Version++;
            db.PriceHistory.Add(new PriceHistory { VariantId = variant.Id, PriceCents = price, FromUtc = now });
        }
        var products = variants.Select(v => v.ProductId).Distinct().Count();
        AuditTrail.Record(db, actor, now, "Product", "*", "BulkPriceChange", $"{percent:+0.##;-0.##} % · {products} · {changes.Count}",
            new { filter.Search, filter.CategoryId, filter.BrandId, Status = filter.Status.ToString(), Percent = percent }, changes);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new BulkPriceResult(false, text["Conflict"], 0, 0);
        }
        listings.Invalidate();
        return new BulkPriceResult(true, null, products, changes.Count);
    }

    /// <summary>The price scaled by <paramref name="percent"/>, rounded to the cent, never below one cent.</summary>
    public static long Scale(long cents, decimal percent) =>
        Math.Max(1, (long)decimal.Round(cents * (100 + percent) / 100m, 0, MidpointRounding.AwayFromZero));
}
