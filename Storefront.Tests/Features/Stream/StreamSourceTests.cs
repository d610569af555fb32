using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Features.Stream;
using Storefront.Features.Stream.Sources;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Stream;

/// <summary>Each candidate source over snapshots loaded from the real seeded database.</summary>
public sealed class StreamSourceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private StorefrontDb Db => app.Get<StorefrontDb>();
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    private async Task<ShopperSnapshot> SnapshotAsync(StreamShopper shopper, DateTime? at = null) =>
        (await app.Get<ShopperSnapshotLoader>().LoadAsync(shopper, at ?? Now, Ct)).Snapshot;

    [Fact]
    public async Task Anna_gets_a_rebuy_card_for_her_cat_litter_with_the_same_variant_and_quantity()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);

        var candidates = new RebuySource().Propose(await SnapshotAsync(anna)).ToList();

        var litter = await LastLitterLineAsync(anna.UserId!);
        var card = Assert.Single(candidates, c => c.ProductId == litter.ProductId);
        Assert.Equal(litter.VariantId, card.VariantId);
        Assert.Equal(litter.Quantity, card.Quantity);
        Assert.Equal("WhyRebuy", card.Why.TextKey);
        Assert.InRange(card.Why.A, 26, 31); // every ~28 days
        Assert.InRange(card.Why.B, 23, 25); // last order 24 days before the seed's anchor
    }

    [Fact]
    public async Task The_rebuy_card_appears_only_near_the_cycle_date()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);
        var litter = await LastLitterLineAsync(anna.UserId!);
        bool Proposed(ShopperSnapshot s) => new RebuySource().Propose(s).Any(c => c.ProductId == litter.ProductId);

        Assert.False(Proposed(await SnapshotAsync(anna, litter.PlacedAtUtc.AddDays(5))));
        Assert.True(Proposed(await SnapshotAsync(anna, litter.PlacedAtUtc.AddDays(27))));
        Assert.False(Proposed(await SnapshotAsync(anna, litter.PlacedAtUtc.AddDays(90))));
    }

    [Fact]
    public async Task A_price_drop_on_a_favourite_is_measured_against_the_lowest_price_of_the_last_30_days()
    {
        var visitor = StreamTestData.NewVisitor();
        var ids = await Db.QuietProductsAsync(2, skip: 0, Ct);
        var (honest, inflated) = (ids[0], ids[1]);
        // Honest: 50 € for two months, 40 € since five days. Inflated: 39 € until ten days ago, then "was 50 €", now 40 €.
        await PriceAsync(honest, 4000, 5000, (-60, 5000), (-5, 4000));
        await PriceAsync(inflated, 4000, 5000, (-60, 3900), (-10, 5000), (-3, 4000));
        await Db.FavouriteAsync(visitor.OwnerKey!, honest, null, Now.AddDays(-20), Ct);
        await Db.FavouriteAsync(visitor.OwnerKey!, inflated, null, Now.AddDays(-20), Ct);

        var candidates = new PriceDropSource().Propose(await SnapshotAsync(visitor)).ToList();

        var drop = Assert.Single(candidates);
        Assert.Equal(honest, drop.ProductId);
        Assert.Equal(("WhyPriceDropFavourite", 20), (drop.Why.TextKey, drop.Why.A));
    }

    [Fact]
    public async Task A_favourite_seen_sold_out_comes_back_as_a_back_in_stock_card()
    {
        var visitor = StreamTestData.NewVisitor();
        var product = (await Db.QuietProductsAsync(1, skip: 3, Ct))[0];
        await Db.FavouriteAsync(visitor.OwnerKey!, product, null, Now.AddDays(-2), Ct);
        await Db.SetStockAsync(product, 0, Ct);
        var stream = app.Get<ShoppingStream>();

        await stream.BuildAsync(visitor, ct: Ct); // sees it sold out and remembers
        Assert.Empty(new BackInStockSource().Propose(await SnapshotAsync(visitor)));
        await Db.SetStockAsync(product, 5, Ct);

        var page = await stream.BuildAsync(visitor, ct: Ct);
        var card = Assert.Single(page.Cards, c => c.Product?.Id == product);
        Assert.Equal(StreamCardKind.BackInStock, card.Kind);
        Assert.Equal("Back in stock. You wanted it while it was sold out.", card.Why);
    }

    [Fact]
    public async Task New_arrivals_of_a_followed_brand_are_proposed_with_the_brand_in_the_why()
    {
        var visitor = StreamTestData.NewVisitor();
        var fresh = await Db.Products.AsNoTracking()
            .Where(p => !p.IsArchived && p.CreatedAtUtc > Now.AddDays(-25) && p.CreatedAtUtc < Now && p.Variants.Any(v => v.Stock > 0))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.BrandId, Brand = p.Brand!.Name }).FirstAsync(Ct);
        await Db.FavouriteAsync(visitor.OwnerKey!, null, fresh.BrandId, Now.AddDays(-40), Ct);

        var candidates = new NewFromBrandsSource().Propose(await SnapshotAsync(visitor)).ToList();

        var card = Assert.Single(candidates, c => c.ProductId == fresh.Id);
        Assert.Equal(("WhyNewFromFavouriteBrand", fresh.Brand), (card.Why.TextKey, card.Why.NameEn));
        Assert.All(candidates, c => Assert.Equal(fresh.Brand, c.Why.NameEn));
    }

    [Fact]
    public async Task Viewing_a_product_proposes_others_of_its_category_in_its_price_band()
    {
        var visitor = StreamTestData.NewVisitor();
        var viewed = await Db.Products.AsNoTracking().Where(p => p.Slug != "" && !p.IsArchived)
            .Select(p => new { p.Id, p.CategoryId, Price = p.Variants.Min(v => v.PriceCents), p.NameEn })
            .OrderBy(p => p.Id).FirstAsync(Ct);
        var signals = app.Get<ShopperSignals>();
        signals.ProductViewed(visitor.OwnerKey, viewed.Id);
        signals.ProductViewed(visitor.OwnerKey, viewed.Id);
        await signals.FlushAsync(Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));

        var snapshot = await SnapshotAsync(visitor);
        var candidates = new SimilarSource().Propose(snapshot).ToList();

        Assert.InRange(candidates.Count, 1, SimilarSource.PerAnchor);
        Assert.All(candidates, c =>
        {
            var product = snapshot.Products[c.ProductId];
            Assert.Equal(viewed.CategoryId, product.CategoryId);
            Assert.InRange(product.PriceCents, viewed.Price * 0.6, viewed.Price * 1.4);
            Assert.NotEqual(viewed.Id, c.ProductId);
            Assert.Equal(("WhySimilarViewed", viewed.NameEn), (c.Why.TextKey, c.Why.NameEn));
        });
    }

    [Fact]
    public async Task Products_others_bought_with_yours_in_two_orders_are_proposed_as_bought_together()
    {
        var ids = await Db.QuietProductsAsync(3, skip: 6, Ct);
        var (mine, together, once) = (ids[0], ids[1], ids[2]);
        var me = $"test-{Guid.NewGuid():N}";
        await OrderAsync(me, -20, mine);
        await OrderAsync($"other-{Guid.NewGuid():N}", -15, mine, together, once);
        await OrderAsync($"other-{Guid.NewGuid():N}", -10, mine, together);

        var candidates = new BoughtTogetherSource().Propose(await SnapshotAsync(new StreamShopper("u:" + me, me))).ToList();

        var card = Assert.Single(candidates);
        Assert.Equal(together, card.ProductId);
        Assert.Equal("WhyBoughtTogether", card.Why.TextKey);
    }

    [Fact]
    public async Task Anonymous_visitors_get_the_bestsellers_as_the_cold_start()
    {
        var page = await app.Get<ShoppingStream>().BuildAsync(StreamShopper.Anonymous, ct: Ct);

        Assert.False(page.IsPersonal);
        Assert.Equal(ShoppingStream.DefaultTake, page.Cards.Count);
        // Bestsellers, and the merchant's editorial cards meant for everyone
        Assert.All(page.Cards, c => Assert.Contains(c.Kind, new[] { StreamCardKind.Trending, StreamCardKind.Editorial }));
        Assert.All(page.Cards.Where(c => c.Kind == StreamCardKind.Editorial), c => Assert.Null(c.Product));
        Assert.All(page.Cards.Where(c => c.Product is not null), c => Assert.True(c.Product!.InStock));
        var bestsellers = await ShopperSnapshotLoader.BestsellersAsync(Db, Now, Ct, 40);
        Assert.Contains(page.Cards[0].Product!.Id, bestsellers.Take(3));
    }

    private async Task<(int ProductId, int VariantId, int Quantity, DateTime PlacedAtUtc)> LastLitterLineAsync(string userId)
    {
        var line = await (
                from l in Db.OrderLines
                join o in Db.Orders on l.OrderId equals o.Id
                join p in Db.Products on l.ProductId equals p.Id
                where o.UserId == userId && p.Category!.Slug == "cat-litter"
                orderby o.PlacedAtUtc descending
                select new { l.ProductId, l.VariantId, l.Quantity, o.PlacedAtUtc })
            .FirstAsync(Ct);
        return (line.ProductId, line.VariantId, line.Quantity, line.PlacedAtUtc);
    }

    private async Task PriceAsync(int productId, long current, long compareAt, params (int Days, long Cents)[] history)
    {
        var variants = await Db.Variants.Where(v => v.ProductId == productId).Select(v => v.Id).ToListAsync(Ct);
        await Db.Variants.Where(v => v.ProductId == productId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PriceCents, current).SetProperty(v => v.CompareAtCents, compareAt), Ct);
        await Db.PriceHistory.Where(h => variants.Contains(h.VariantId)).ExecuteDeleteAsync(Ct);
        Db.PriceHistory.AddRange(variants.SelectMany(v => history.Select(h => new PriceHistory { VariantId = v, PriceCents = h.Cents, FromUtc = Now.AddDays(h.Days) })));
        await Db.SaveChangesAsync(Ct);
        Db.ChangeTracker.Clear();
    }

    private async Task OrderAsync(string userId, int days, params int[] productIds)
    {
        var variants = await Db.Variants.AsNoTracking().Where(v => productIds.Contains(v.ProductId))
            .GroupBy(v => v.ProductId).Select(g => g.OrderBy(v => v.Id).First()).ToListAsync(Ct);
        Db.Orders.Add(new Order
        {
            Number = $"T-{Guid.NewGuid():N}"[..20], UserId = userId, Email = "test@storefront.test", Status = OrderStatus.Delivered,
            PlacedAtUtc = Now.AddDays(days),
            Lines = variants.Select(v => new OrderLine
            {
                ProductId = v.ProductId, VariantId = v.Id, ProductName = "x", Sku = v.Sku, Size = v.Size, Colour = v.ColourEn,
                UnitPriceCents = v.PriceCents, Quantity = 1, VatRatePercent = 19,
            }).ToList(),
        });
        await Db.SaveChangesAsync(Ct);
        Db.ChangeTracker.Clear();
    }
}
