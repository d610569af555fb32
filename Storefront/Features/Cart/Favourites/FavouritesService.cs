using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Signals;
using Storefront.Localization;

namespace Storefront.Features.Cart.Favourites;

/// <summary>Favourite products and followed brands (the wish list) of a shopper, keyed like the cart.</summary>
public sealed class FavouritesService(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<CartText> text,
    ShopperSignals signals,
    TimeProvider time)
{
    public async Task<FavouriteIds> IdsAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return FavouriteIds.None;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Favourites.AsNoTracking()
            .Where(f => f.OwnerKey == ownerKey)
            .Select(f => new { f.ProductId, f.BrandId })
            .ToListAsync(ct);
        return new FavouriteIds(
            rows.Where(r => r.ProductId is not null).Select(r => r.ProductId!.Value).ToHashSet(),
            rows.Where(r => r.BrandId is not null).Select(r => r.BrandId!.Value).ToHashSet());
    }

    /// <summary>
    /// Marks or unmarks a product or brand. Idempotent: setting the state it already has changes nothing, so a
    /// repeated post cannot flip it back.
    /// </summary>
    public async Task<CartResult> SetAsync(string ownerKey, FavouriteKind kind, int id, bool favourite, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerKey);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mine = kind == FavouriteKind.Product
            ? db.Favourites.Where(f => f.OwnerKey == ownerKey && f.ProductId == id && f.BrandId == null)
            : db.Favourites.Where(f => f.OwnerKey == ownerKey && f.BrandId == id && f.ProductId == null);
        if (!favourite)
        {
            await mine.ExecuteDeleteAsync(ct);
            return CartResult.Ok;
        }
        var exists = kind == FavouriteKind.Product
            ? await db.Products.AnyAsync(p => p.Id == id && !p.IsArchived, ct)
            : await db.Brands.AnyAsync(b => b.Id == id, ct);
        if (!exists)
        {
            return CartResult.Fail(kind == FavouriteKind.Product ? text["FavouriteUnknownProduct"] : text["FavouriteUnknownBrand"]);
        }
        if (await mine.AnyAsync(ct))
        {
            return CartResult.Ok;
        }
        db.Favourites.Add(new Favourite
        {
            OwnerKey = ownerKey,
            ProductId = kind == FavouriteKind.Product ? id : null,
            BrandId = kind == FavouriteKind.Brand ? id : null,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        if (kind == FavouriteKind.Product)
        {
            signals.FavouritedProduct(ownerKey, id);
        }
        else
        {
            signals.FavouritedBrand(ownerKey, id);
        }
        return CartResult.Ok;
    }

    public async Task<FavouritesView> ListAsync(string? ownerKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return new FavouritesView([], []);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var products = await (
                from f in db.Favourites
                where f.OwnerKey == ownerKey && f.ProductId != null
                join p in db.Products on f.ProductId equals (int?)p.Id
                where !p.IsArchived
                orderby f.CreatedAtUtc descending, f.Id descending
                select new
                {
                    p.Id, p.Slug, p.NameEn, p.NameDe, Brand = p.Brand!.Name,
                    Image = p.Images.OrderBy(i => i.SortOrder).Select(i => new { i.Path, i.AltEn, i.AltDe }).FirstOrDefault(),
                    Price = p.Variants.Min(v => (long?)v.PriceCents) ?? 0,
                    InStock = p.Variants.Any(v => v.Stock > 0),
                })
            .AsNoTracking()
            .ToListAsync(ct);
        var brands = await (
                from f in db.Favourites
                where f.OwnerKey == ownerKey && f.BrandId != null
                join b in db.Brands on f.BrandId equals (int?)b.Id
                orderby f.CreatedAtUtc descending, f.Id descending
                select new { b.Id, b.Slug, b.Name, b.Colour, Products = db.Products.Count(p => p.BrandId == b.Id && !p.IsArchived) })
            .AsNoTracking()
            .ToListAsync(ct);
        return new FavouritesView(
            products.DistinctBy(p => p.Id).Select(p => new FavouriteProduct(
                p.Id, p.Slug, Cultures.Pick(p.NameEn, p.NameDe), p.Brand,
                p.Image?.Path ?? "", p.Image is null ? "" : Cultures.Pick(p.Image.AltEn, p.Image.AltDe),
                new Money(p.Price), p.InStock)).ToList(),
            brands.DistinctBy(b => b.Id).Select(b => new FavouriteBrand(b.Id, b.Slug, b.Name, b.Colour, b.Products)).ToList());
    }

    /// <summary>The brand of a product, for the "follow brand" button on its page.</summary>
    public async Task<ProductBrand?> BrandOfProductAsync(int productId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Products.AsNoTracking()
            .Where(p => p.Id == productId)
            .Select(p => new ProductBrand(p.BrandId, p.Brand!.Slug, p.Brand.Name))
            .FirstOrDefaultAsync(ct);
    }
}
