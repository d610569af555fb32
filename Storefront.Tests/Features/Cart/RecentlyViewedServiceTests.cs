using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart.RecentlyViewed;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Cart;

public sealed class RecentlyViewedServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private static string NewShopper() => $"a:{Guid.NewGuid():N}";

    [Fact]
    public async Task Shows_the_last_eight_products_newest_first_each_once_without_the_current_one()
    {
        var shopper = NewShopper();
        var products = await app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => !p.IsArchived)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(11).ToListAsync(Ct);
        var signals = app.Get<ShopperSignals>();
        foreach (var id in products)
        {
            app.Time.Advance(TimeSpan.FromSeconds(10));
            signals.ProductViewed(shopper, id);
        }
        app.Time.Advance(TimeSpan.FromSeconds(10));
        signals.ProductViewed(shopper, products[0]); // seen again: moves to the front, listed once
        await signals.FlushAsync(Ct);

        var recent = await app.Get<RecentlyViewedService>().ForAsync(shopper, exceptProductId: products[10], ct: Ct);

        Assert.Equal(new[] { products[0] }.Concat(products[3..10].AsEnumerable().Reverse()), recent.Select(r => r.ProductId));
        Assert.Equal(RecentlyViewedService.DefaultCount, recent.Count);
        Assert.All(recent, r => Assert.False(string.IsNullOrEmpty(r.Name)));
    }

    [Fact]
    public async Task Visitors_without_a_shopper_id_have_no_history()
    {
        Assert.Empty(await app.Get<RecentlyViewedService>().ForAsync(null, ct: Ct));
    }

    [Fact]
    public async Task Other_shoppers_views_do_not_show_up()
    {
        var (me, someone) = (NewShopper(), NewShopper());
        var signals = app.Get<ShopperSignals>();
        signals.ProductViewed(someone, 1);
        await signals.FlushAsync(Ct);

        Assert.Empty(await app.Get<RecentlyViewedService>().ForAsync(me, ct: Ct));
    }
}
