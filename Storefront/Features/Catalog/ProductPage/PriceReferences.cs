using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;

namespace Storefront.Features.Catalog.ProductPage;

/// <summary>
/// The lawful reference prices of reduced variants (§11 PAngV, see <see cref="LowestPriceRule"/>), read from the
/// price history. A reduction is shown only where the merchant marks one (a compare-at price is set) AND the lowest
/// price of the 30 days before it is above the current price; the merchant's compare-at amount itself is never shown.
/// </summary>
public sealed class PriceReferences(IDbContextFactory<StorefrontDb> dbFactory, TimeProvider time)
{
    public const int MaxVariantsPerCall = 2000;

    /// <summary>
    /// Variant id → the price to strike through (the lowest price of the 30 days before its current price took
    /// effect), for those of <paramref name="variantIds"/> whose reduction may be shown; all others are absent.
    /// One query, whatever the number of variants.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Money>> LowestPrices30DaysAsync(IReadOnlyCollection<int> variantIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(variantIds);
        var ids = variantIds.Where(id => id > 0).Distinct().Take(MaxVariantsPerCall).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<int, Money>();
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Variants.AsNoTracking()
            .Where(v => ids.Contains(v.Id) && v.CompareAtCents != null)
            .Select(v => new
            {
                v.Id,
                v.PriceCents,
                History = db.PriceHistory.Where(h => h.VariantId == v.Id && h.FromUtc <= now)
                    .Select(h => new { h.FromUtc, h.PriceCents })
                    .ToList(),
            })
            .ToListAsync(ct);
        var result = new Dictionary<int, Money>();
        foreach (var row in rows)
        {
            if (LowestPriceRule.ReferencePrice(row.PriceCents, row.History.Select(h => new PricePoint(h.FromUtc, h.PriceCents)), now) is { } reference)
            {
                result[row.Id] = reference;
            }
        }
        return result;
    }

    /// <summary>
    /// The product with every variant's <see cref="VariantOption.CompareAtPrice"/> replaced by its lawful reference
    /// (or null: no reduction), so everything that strikes a price through on the product page shows the right one.
    /// </summary>
    public async Task<ProductDetails> ApplyAsync(ProductDetails product, CancellationToken ct = default)
    {
        var references = await LowestPrices30DaysAsync(product.Variants.Where(v => v.CompareAtPrice is not null).Select(v => v.Id).ToList(), ct);
        return product with
        {
            Variants = product.Variants.Select(v => v with { CompareAtPrice = references.TryGetValue(v.Id, out var r) ? r : null }).ToList(),
        };
    }
}
