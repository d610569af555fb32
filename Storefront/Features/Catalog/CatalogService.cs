using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Localization;

namespace Storefront.Features.Catalog;

/// <summary>Read side of the catalog for shoppers: departments, product pages, bestsellers (browsing lives in Browse/).</summary>
public sealed class CatalogService(IDbContextFactory<StorefrontDb> dbFactory, IMemoryCache cache, TimeProvider time, ProductCards cards)
{
    private static readonly TimeSpan DepartmentsCacheTime = TimeSpan.FromMinutes(1);

    /// <summary>The cache entry of the header's departments; the merchant's category editor removes it on change.</summary>
    public const string DepartmentsCacheKey = "catalog:departments";

    public async Task<IReadOnlyList<CategoryLink>> DepartmentsAsync(CancellationToken ct = default)
    {
        var rows = await cache.GetOrCreateAsync(DepartmentsCacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = DepartmentsCacheTime;
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await db.Categories.AsNoTracking()
                .Where(c => c.ParentId == null)
                .OrderBy(c => c.SortOrder)
                .Select(c => new { c.Id, c.Slug, c.NameEn, c.NameDe })
                .ToListAsync(ct);
        }) ?? [];
        return rows.Select(c => new CategoryLink(c.Id, c.Slug, Cultures.Pick(c.NameEn, c.NameDe))).ToList();
    }

    /// <summary>Most units sold over the last 90 days; newest products fill up when there are too few orders.</summary>
    public async Task<IReadOnlyList<ProductCard>> BestsellersAsync(int take, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, 100);
        var since = time.GetUtcNow().UtcDateTime.AddDays(-90);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = await (
                from line in db.OrderLines
                join order in db.Orders on line.OrderId equals order.Id
                where order.PlacedAtUtc >= since && order.Status != OrderStatus.Cancelled
                group line by line.ProductId into g
                orderby g.Sum(l => l.Quantity) descending, g.Key
                select g.Key)
            .Take(take)
            .ToListAsync(ct);
        if (ids.Count < take)
        {
            var newest = await Visible(db.Products)
                .Where(p => !ids.Contains(p.Id))
                .OrderByDescending(p => p.CreatedAtUtc).ThenBy(p => p.Id)
                .Select(p => p.Id)
                .Take(take - ids.Count)
                .ToListAsync(ct);
            ids.AddRange(newest);
        }
        var tiles = await cards.ProjectAsync(Visible(db.Products).Where(p => ids.Contains(p.Id)), ct);
        return tiles.OrderBy(c => ids.IndexOf(c.Id)).ToList();
    }

    public async Task<ProductDetails?> ProductAsync(int id, CancellationToken ct = default)
    {
        if (id <= 0)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var p = await Visible(db.Products)
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Slug, p.NameEn, p.NameDe, p.DescriptionEn, p.DescriptionDe,
                Brand = p.Brand!.Name,
                BrandSlug = p.Brand.Slug,
                Category = new { p.Category!.Id, p.Category.Slug, p.Category.NameEn, p.Category.NameDe, p.Category.SizeKind },
                Department = p.Category.Parent == null ? null : new { p.Category.Parent.Id, p.Category.Parent.Slug, p.Category.Parent.NameEn, p.Category.Parent.NameDe },
                // Scalar subqueries (LIMIT 1 on the product's images): an object projection here becomes a window
                // function over every image of the catalog on SQLite.
                ImagePath = p.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
                ImageAltEn = p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltEn).FirstOrDefault(),
                ImageAltDe = p.Images.OrderBy(i => i.SortOrder).Select(i => i.AltDe).FirstOrDefault(),
                p.Origin, p.MaterialEn, p.MaterialDe, p.CareEn, p.CareDe, p.IsSustainable, p.VatRatePercent,
                Variants = p.Variants.OrderBy(v => v.Id)
                    .Select(v => new { v.Id, v.Sku, v.Size, v.ColourEn, v.ColourDe, v.ColourHex, v.PriceCents, v.CompareAtCents, v.Stock })
                    .ToList(),
                Rating = p.RatingAverage,
                p.ReviewCount,
                p.MembersEarlyUntilUtc,
            })
            .FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return null;
        }
        return new ProductDetails(
            p.Id, p.Slug, Cultures.Pick(p.NameEn, p.NameDe), Cultures.Pick(p.DescriptionEn, p.DescriptionDe), p.Brand, p.BrandSlug,
            new CategoryLink(p.Category.Id, p.Category.Slug, Cultures.Pick(p.Category.NameEn, p.Category.NameDe)),
            p.Department is null ? null : new CategoryLink(p.Department.Id, p.Department.Slug, Cultures.Pick(p.Department.NameEn, p.Department.NameDe)),
            p.ImagePath ?? "", Cultures.Pick(p.ImageAltEn ?? "", p.ImageAltDe ?? ""),
            p.Origin, Cultures.Pick(p.MaterialEn, p.MaterialDe), Cultures.Pick(p.CareEn, p.CareDe),
            p.IsSustainable, p.VatRatePercent, p.Category.SizeKind,
            p.Variants.Select(v => new VariantOption(v.Id, v.Sku, v.Size, Cultures.Pick(v.ColourEn, v.ColourDe), v.ColourHex,
                new Money(v.PriceCents), v.CompareAtCents is { } c ? new Money(c) : null, v.Stock)).ToList(),
            p.Rating, p.ReviewCount, p.MembersEarlyUntilUtc);
    }

    internal static IQueryable<Product> Visible(IQueryable<Product> products) => products.AsNoTracking().Where(p => !p.IsArchived);
}
