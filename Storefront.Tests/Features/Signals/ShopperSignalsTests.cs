using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Signals;

public sealed class ShopperSignalsTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private ShopperSignals Signals => app.Get<ShopperSignals>();
    private static string NewShopper() => $"a:{Guid.NewGuid():N}";

    [Fact]
    public async Task Every_kind_of_signal_is_written_in_the_background_with_who_what_and_when()
    {
        var shopper = NewShopper();
        var at = app.Time.GetUtcNow().UtcDateTime;

        Signals.ProductViewed(shopper, 7);
        Signals.Searched(shopper, "  Rennrad ");
        Signals.AddedToCart(shopper, 7, 70);
        Signals.FavouritedProduct(shopper, 7);
        Signals.FavouritedBrand(shopper, 3);
        Signals.Purchased(shopper, 7, 70, "order:SF-123456");
        await Signals.FlushAsync(Ct);

        var events = await app.Get<StorefrontDb>().ShopperEvents.AsNoTracking()
            .Where(e => e.OwnerKey == shopper).OrderBy(e => e.Id).ToListAsync(Ct);
        Assert.Equal(
            [
                (ShopperEventKind.ProductViewed, (int?)7, (int?)null, "product"),
                (ShopperEventKind.Searched, null, null, "search:Rennrad"),
                (ShopperEventKind.AddedToCart, 7, 70, "product"),
                (ShopperEventKind.Favourited, 7, null, "product"),
                (ShopperEventKind.Favourited, null, null, "brand:3"),
                (ShopperEventKind.Purchased, 7, 70, "order:SF-123456"),
            ],
            events.Select(e => (e.Kind, e.ProductId, e.VariantId, e.Context)));
        Assert.All(events, e => Assert.Equal(at, e.AtUtc));
    }

    [Fact]
    public async Task Visitors_without_a_shopper_id_and_empty_searches_are_not_recorded()
    {
        var before = await app.Get<StorefrontDb>().ShopperEvents.CountAsync(Ct);

        Signals.ProductViewed(null, 7);
        Signals.Searched(NewShopper(), "   ");
        await Signals.FlushAsync(Ct);

        Assert.Equal(before, await app.Get<StorefrontDb>().ShopperEvents.CountAsync(Ct));
    }

    [Fact]
    public async Task A_5000_character_search_is_stored_capped()
    {
        var shopper = NewShopper();

        Signals.Searched(shopper, new string('x', 5000));
        await Signals.FlushAsync(Ct);

        var e = await app.Get<StorefrontDb>().ShopperEvents.AsNoTracking().SingleAsync(e => e.OwnerKey == shopper, Ct);
        Assert.Equal(ShopperSignals.MaxContextLength, e.Context!.Length);
    }

    [Fact]
    public async Task Many_signals_at_once_are_all_written()
    {
        var shopper = NewShopper();

        await Parallel.ForAsync(0, 2000, Ct, (i, _) =>
        {
            Signals.ProductViewed(shopper, i % 50 + 1);
            return ValueTask.CompletedTask;
        });
        await Signals.FlushAsync(Ct);

        Assert.Equal(2000, await app.Get<StorefrontDb>().ShopperEvents.CountAsync(e => e.OwnerKey == shopper, Ct));
    }
}
