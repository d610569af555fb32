using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Stream;

namespace Storefront.Tests.Features.Stream;

/// <summary>Shoppers and catalog rows for stream tests, read from or written to the test's seeded database.</summary>
internal static class StreamTestData
{
    public static async Task<StreamShopper> DemoShopperAsync(this StorefrontDb db, string email, CancellationToken ct)
    {
        var id = await db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
        return new StreamShopper(ShopperContext.UserKey(id), id);
    }

    public static StreamShopper NewVisitor() => new($"a:{Guid.NewGuid():N}", null);

    /// <summary>In-stock products of a category that no demo activity touches much (the end of the id range).</summary>
    public static async Task<List<int>> QuietProductsAsync(this StorefrontDb db, int count, int skip, CancellationToken ct) =>
        await db.Products.AsNoTracking()
            .Where(p => !p.IsArchived && p.Variants.Any(v => v.Stock > 0) && !db.OrderLines.Any(l => l.ProductId == p.Id))
            .OrderByDescending(p => p.Id).Skip(skip).Take(count).Select(p => p.Id).ToListAsync(ct);

    public static async Task FavouriteAsync(this StorefrontDb db, string owner, int? productId, int? brandId, DateTime at, CancellationToken ct)
    {
        db.Favourites.Add(new Favourite { OwnerKey = owner, ProductId = productId, BrandId = brandId, CreatedAtUtc = at });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    public static async Task SetStockAsync(this StorefrontDb db, int productId, int stock, CancellationToken ct) =>
        await db.Variants.Where(v => v.ProductId == productId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, stock), ct);
}
