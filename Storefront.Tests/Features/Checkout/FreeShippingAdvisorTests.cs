using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout;

public sealed class FreeShippingAdvisorTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private FreeShippingAdvisor Advisor => app.Get<FreeShippingAdvisor>();
    private CartService Carts => app.Get<CartService>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();

    [Fact]
    public async Task Suggests_up_to_three_products_in_stock_not_in_the_cart_that_close_the_gap()
    {
        var shopper = $"a:{Guid.NewGuid():N}";
        var item = await OneSizeVariantAsync(1500, 2500);
        await Carts.AddAsync(shopper, item.Id, 1, Ct);
        var cart = await Carts.GetAsync(shopper, Ct);

        var view = await Advisor.ForCartAsync(shopper, cart, ct: Ct);

        Assert.False(view.Progress.Unlocked);
        Assert.InRange(view.Suggestions.Count, 1, FreeShippingAdvisor.MaxSuggestions);
        Assert.Equal(view.Suggestions.Count, view.Suggestions.Select(s => s.ProductId).Distinct().Count());
        Assert.DoesNotContain(view.Suggestions, s => s.ProductId == item.ProductId);
        Assert.All(view.Suggestions, s => Assert.Equal(FreeShippingAdvisor.OneSize, s.Size));
        // The first suggestion closes the gap with the least extra spend.
        Assert.True(view.Suggestions[0].Price.Cents >= view.Progress.Remaining.Cents);
        await using var db = await Db.CreateDbContextAsync(Ct);
        var ids = view.Suggestions.Select(s => s.VariantId).ToList();
        Assert.All(await db.Variants.AsNoTracking().Where(v => ids.Contains(v.Id)).Select(v => v.Stock).ToListAsync(Ct), stock => Assert.True(stock > 0));
    }

    [Fact]
    public async Task Records_the_bar_shown_below_the_threshold_and_crossed_once_above_it()
    {
        var shopper = $"a:{Guid.NewGuid():N}";
        var cheap = await OneSizeVariantAsync(1000, 2000);
        await Carts.AddAsync(shopper, cheap.Id, 1, Ct);

        var below = await Advisor.ForCartAsync(shopper, await Carts.GetAsync(shopper, Ct), "cart", Ct);
        await app.Get<ShopperSignals>().FlushAsync(Ct);
        await Carts.SetQuantityAsync(shopper, cheap.Id, "5", Ct);
        var above = await Advisor.ForCartAsync(shopper, await Carts.GetAsync(shopper, Ct), "cart", Ct);
        await app.Get<ShopperSignals>().FlushAsync(Ct);
        // Seeing the unlocked bar again is not a second crossing.
        await Advisor.ForCartAsync(shopper, await Carts.GetAsync(shopper, Ct), "cart", Ct);
        await app.Get<ShopperSignals>().FlushAsync(Ct);

        Assert.False(below.Progress.Unlocked);
        Assert.True(above.Progress.Unlocked);
        Assert.Empty(above.Suggestions);
        await using var db = await Db.CreateDbContextAsync(Ct);
        var kinds = await db.ShopperEvents.AsNoTracking().Where(e => e.OwnerKey == shopper && e.Kind >= ShopperEventKind.FreeShippingBarShown)
            .OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync(Ct);
        Assert.Equal([ShopperEventKind.FreeShippingBarShown, ShopperEventKind.FreeShippingBarCrossed], kinds);
    }

    private async Task<Storefront.Features.Catalog.Variant> OneSizeVariantAsync(long min, long max)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Variants.AsNoTracking()
            .Where(v => v.Size == FreeShippingAdvisor.OneSize && v.Stock >= 5 && v.PriceCents >= min && v.PriceCents <= max && !v.Product!.IsArchived
                && v.Product.MembersEarlyUntilUtc == null)
            .OrderBy(v => v.Id).FirstAsync(Ct);
    }
}
