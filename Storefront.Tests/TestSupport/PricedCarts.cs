using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;

namespace Storefront.Tests.TestSupport;

/// <summary>Carts at known prices for pricing tests: each call takes another variant and sets its price and stock.</summary>
public sealed class PricedCarts(SeededApp app, int stride)
{
    private int next;

    /// <summary>Puts <paramref name="quantity"/> of a variant no earlier call used, priced <paramref name="priceCents"/>, in the owner's cart.</summary>
    public async Task AddAsync(string ownerKey, long priceCents, int quantity = 1)
    {
        var ct = TestContext.Current.CancellationToken;
        var skip = Interlocked.Increment(ref next) * stride;
        int variantId;
        await using (var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(ct))
        {
            var variant = await db.Variants.Where(v => !v.Product!.IsArchived).OrderBy(v => v.Id).Skip(skip).FirstAsync(ct);
            variant.PriceCents = priceCents;
            variant.Stock = 50;
            variant.Version++;
            await db.SaveChangesAsync(ct);
            variantId = variant.Id;
        }
        var added = await app.Get<CartService>().AddAsync(ownerKey, variantId, quantity, ct);
        Assert.True(added.Succeeded, added.Error);
    }
}
