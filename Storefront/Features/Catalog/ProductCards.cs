using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Localization;

namespace Storefront.Features.Catalog;

/// <summary>Projects products to tiles in one SQL query, keeping the query's order.</summary>
internal static class ProductCards
{
    public static async Task<List<ProductCard>> ProjectAsync(IQueryable<Product> products, CancellationToken ct)
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
                CompareAt = p.Variants.OrderBy(v => v.PriceCents).ThenBy(v => v.Id).Select(v => v.CompareAtCents).FirstOrDefault(),
                InStock = p.Variants.Any(v => v.Stock > 0),
                p.IsSustainable,
                Rating = p.RatingAverage,
                p.ReviewCount,
            })
            .ToListAsync(ct);
        return rows.Select(r => new ProductCard(
            r.Id, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Brand,
            r.ImagePath ?? "", Cultures.Pick(r.ImageAltEn ?? "", r.ImageAltDe ?? ""),
            new Money(r.Price), r.CompareAt is { } c && c > r.Price ? new Money(c) : null,
            r.InStock, r.IsSustainable, r.Rating, r.ReviewCount)).ToList();
    }
}
