using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Signals;
using Storefront.Localization;

namespace Storefront.Features.Cart.RecentlyViewed;

public sealed record RecentlyViewedProduct(int ProductId, string Slug, string Name, string BrandName, string ImagePath, string ImageAlt, Money FromPrice);

/// <summary>
/// "Recently viewed" is read from the shopper's product-view signals (no table of its own), so it follows the
/// shopper through the sign-in merge like every other event.
/// </summary>
public sealed class RecentlyViewedService(IDbContextFactory<StorefrontDb> dbFactory)
{
    public const int DefaultCount = 8;

    /// <summary>The last products the shopper looked at, newest first, each once, without <paramref name="exceptProductId"/>.</summary>
    public async Task<IReadOnlyList<RecentlyViewedProduct>> ForAsync(
        string? ownerKey, int? exceptProductId = null, int take = DefaultCount, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return [];
        }
        take = Math.Clamp(take, 1, 50);
        var except = exceptProductId ?? 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var viewed =
            from e in db.ShopperEvents
            where e.OwnerKey == ownerKey && e.Kind == ShopperEventKind.ProductViewed && e.ProductId != null && e.ProductId != except
            group e by e.ProductId into g
            select new { ProductId = g.Key, LastAtUtc = g.Max(e => e.AtUtc) };
        var rows = await (
                from v in viewed
                join p in db.Products on v.ProductId equals (int?)p.Id
                where !p.IsArchived
                orderby v.LastAtUtc descending, p.Id
                select new
                {
                    p.Id, p.Slug, p.NameEn, p.NameDe, Brand = p.Brand!.Name,
                    Image = p.Images.OrderBy(i => i.SortOrder).Select(i => new { i.Path, i.AltEn, i.AltDe }).FirstOrDefault(),
                    Price = p.Variants.Min(x => (long?)x.PriceCents) ?? 0,
                })
            .Take(take)
            .AsNoTracking()
            .ToListAsync(ct);
        return rows.Select(r => new RecentlyViewedProduct(
            r.Id, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Brand,
            r.Image?.Path ?? "", r.Image is null ? "" : Cultures.Pick(r.Image.AltEn, r.Image.AltDe),
            new Money(r.Price))).ToList();
    }
}
