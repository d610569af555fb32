using Storefront.Features.Stream;
using Storefront.Features.Stream.Sources;
using static Storefront.Tests.Features.Stream.StreamRankerTests;

namespace Storefront.Tests.Features.Stream;

/// <summary>The taste profile learnt from behaviour, and the sources that use it (pure, no database).</summary>
public sealed class ShopperTasteTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    // Products 1–3: category 10 of brand 1 at about 40 €; 4: category 10 at 200 €; 5: category 20 of brand 2.
    private static readonly ProductFact[] Catalog =
    [
        Fact(1, brandId: 1, categoryId: 10, priceCents: 3_900), Fact(2, brandId: 1, categoryId: 10, priceCents: 4_200),
        Fact(3, brandId: 3, categoryId: 10, priceCents: 4_500), Fact(4, brandId: 3, categoryId: 10, priceCents: 20_000),
        Fact(5, brandId: 2, categoryId: 20, priceCents: 4_000),
    ];

    [Fact]
    public void Views_and_purchases_make_a_category_and_brand_the_shoppers_own()
    {
        var taste = Shopper(views: [1, 1, 2, 3], purchases: [2]).Taste;

        Assert.Equal(1, taste.Category(10));
        Assert.Equal(0, taste.Category(20));
        Assert.True(taste.Brand(1) > taste.Brand(3));
        Assert.True(taste.Match(Catalog[2]) > taste.Match(Catalog[4]), "same category beats an untouched one");
    }

    [Fact]
    public void A_price_far_from_what_the_shopper_looks_at_fits_less()
    {
        var taste = Shopper(views: [1, 2, 3], purchases: []).Taste;

        Assert.True(taste.PriceFit(Catalog[2]) > 0.9);
        Assert.True(taste.PriceFit(Catalog[3]) < 0.1, "five times the usual price");
        Assert.Equal(1, taste.PriceFit(Catalog[4])); // no evidence in that category
    }

    [Fact]
    public void Confidence_grows_with_evidence_and_old_signals_fade()
    {
        var thin = Shopper(views: [1], purchases: []).Taste;
        var rich = Shopper(views: Enumerable.Repeat(1, 60).ToArray(), purchases: [2, 3]).Taste;
        var old = Shopper(views: [1], purchases: [], daysAgo: 80).Taste;

        Assert.True(thin.Confidence < 0.1);
        Assert.True(rich.Confidence > 0.7);
        Assert.True(old.Evidence < thin.Evidence);
    }

    [Fact]
    public void Viewed_products_not_bought_come_back_more_often_looked_at_first()
    {
        var snapshot = Shopper(views: [1, 1, 1, 3, 2], purchases: [2]);

        var candidates = new ViewedSource().Propose(snapshot).OrderByDescending(c => c.Relevance).ToList();

        Assert.Equal([1, 3], candidates.Select(c => c.ProductId));
        Assert.Equal(("WhyViewedTimes", 3), (candidates[0].Why.TextKey, candidates[0].Why.B));
        Assert.Equal("WhyViewedOnce", candidates[1].Why.TextKey);
    }

    [Fact]
    public void Views_older_than_the_window_are_not_proposed()
    {
        var snapshot = Shopper(views: [1, 1], purchases: [], daysAgo: ViewedSource.WindowDays + 1);

        Assert.Empty(new ViewedSource().Propose(snapshot));
    }

    [Fact]
    public void Trending_for_a_shopper_with_a_known_taste_prefers_their_category()
    {
        var sales = new Dictionary<int, UnitsSold> { [3] = new(3, 50, 10), [5] = new(5, 50, 10) };
        var views = Enumerable.Repeat(1, 40).ToArray();
        var snapshot = Shopper(views, purchases: []) with { Sales = sales };

        var trending = new TrendingSource().Propose(snapshot).ToDictionary(c => c.ProductId, c => c.Relevance);

        Assert.True(trending[3] > trending[5], "equally popular, but only product 3 is in the shopper's category");
    }

    private static ShopperSnapshot Shopper(int[] views, int[] purchases, int daysAgo = 2)
    {
        var at = Now.AddDays(-daysAgo);
        var lines = purchases.Select((id, i) => new PurchasedLine(i + 1, id, id * 10, 1, at, "M", 5, 1000)).ToList();
        var signals = views.Select((id, i) => new ShopperSignal(SignalKind.Viewed, id, at.AddMinutes(i))).ToList();
        return Snapshot(Catalog) with { Purchases = lines, Signals = signals };
    }
}
