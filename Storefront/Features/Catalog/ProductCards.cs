using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Localization;

namespace Storefront.Features.Catalog;

/// <summary>
/// Projects products to tiles in one SQL query, keeping the query's order, plus one batched look-up of the lawful
/// reference prices (§11 PAngV): a tile strikes through the lowest price of the last 30 days, never a bare compare-at price.
/// </summary>
public sealed class ProductCards(PriceReferences prices)
{
    public async Task<List<ProductCard>> ProjectAsync(IQueryable<Product> products, CancellationToken ct)
    {
        var rows = await products
            .Select(p => new
            {
                p.Id, p.Slug, p.NameEn, p.NameDe,
                Brand = p.Brand!.Name,
                // Scalar subqueries: SQLite evaluates them for the page's rows only, where a joined "first image"
                // would number every image in the table.
                ImagePath = p.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
                ImageAltEn = p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltEn).FirstOrDefault(),
                ImageAltDe = p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltDe).FirstOrDefault(),
                Price = p.Variants.Min(v => (long?)v.PriceCents) ?? 0,
                // The struck-through price belongs to the same (cheapest) variant as the "from" price.
                CheapestVariantId = p.Variants.OrderBy(v => v.PriceCents).ThenBy(v => v.Id).Select(v => v.Id).FirstOrDefault(),
                InStock = p.Variants.Any(v => v.Stock > 0),
                p.IsSustainable,
                Rating = p.RatingAverage,
                p.ReviewCount,
            })
            .ToListAsync(ct);
        var references = await prices.LowestPrices30DaysAsync(rows.Select(r => r.CheapestVariantId).ToList(), ct);
        return rows.Select(r => new ProductCard(
            r.Id, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Brand,
            r.ImagePath ?? "", Cultures.Pick(r.ImageAltEn ?? "", r.ImageAltDe ?? ""),
            new Money(r.Price), references.TryGetValue(r.CheapestVariantId, out var reference) ? reference : null,
            r.InStock, r.IsSustainable, r.Rating, r.ReviewCount)).ToList();
    }
}
