using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Signals;
using Storefront.Features.Stream;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Stream;

public sealed class ShoppingStreamTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private StorefrontDb Db => app.Get<StorefrontDb>();
    private ShoppingStream Stream => app.Get<ShoppingStream>();

    [Fact]
    public async Task Anna_sees_her_cat_litter_rebuy_first_with_why_text()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);

        var page = await Stream.BuildAsync(anna, ct: Ct);

        Assert.True(page.IsPersonal);
        var first = page.Cards[0];
        Assert.Equal(StreamCardKind.Rebuy, first.Kind);
        Assert.Contains("litter", first.Product!.Name, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^You usually reorder every \d+ days; last order \d+ days ago\.$", first.Why);
        Assert.NotNull(first.Rebuy);
        Assert.Equal(page.Cards.Count(c => c.Product is not null), page.Cards.Where(c => c.Product is not null).Select(c => c.Product!.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_signed_in_stream_costs_a_fixed_handful_of_queries()
    {
        var clara = await Db.DemoShopperAsync("clara@storefront.test", Ct);
        await Stream.BuildAsync(clara, ct: Ct); // first build may remember sold-out favourites (one insert)

        using var sql = SqlCommandCounter.Start();
        var page = await Stream.BuildAsync(clara, ct: Ct);

        Assert.NotEmpty(page.Cards);
        // purchases, events, favourites, marks, sales, co-purchases, product facts, reference prices, notify requests;
        // for the set, loyalty, "your size" and editorial cards: categories, set pieces (ids, facts, variants), fit profile,
        // loyalty standing, editorial cards (+ sized products and charts with a fit profile, which Clara has not)
        Assert.InRange(sql.Count, 1, 16);
    }

    [Fact]
    public async Task The_anonymous_cold_start_is_cached()
    {
        await Stream.BuildAsync(StreamShopper.Anonymous, ct: Ct);

        using var sql = SqlCommandCounter.Start();
        var page = await Stream.BuildAsync(StreamShopper.Anonymous, ct: Ct);

        Assert.NotEmpty(page.Cards);
        Assert.Equal(0, sql.Count);
    }

    [Fact]
    public async Task A_dismissed_card_stays_dismissed_and_moves_to_the_account_at_sign_in()
    {
        var visitor = StreamTestData.NewVisitor();
        var before = await Stream.BuildAsync(visitor, ct: Ct);
        var dismissed = before.Cards[0];

        Assert.True((await Stream.DismissAsync(visitor.OwnerKey, dismissed.Key, Ct)).Succeeded);
        Assert.True((await Stream.DismissAsync(visitor.OwnerKey, dismissed.Key, Ct)).Succeeded); // a double post is harmless

        Assert.DoesNotContain((await Stream.BuildAsync(visitor, ct: Ct)).Cards, c => c.Key == dismissed.Key);
        var account = $"u:{Guid.NewGuid()}";
        await app.Get<ShopperMerge>().MergeAsync(visitor.OwnerKey!, account, Ct);
        Assert.DoesNotContain((await Stream.BuildAsync(new StreamShopper(account, null), ct: Ct)).Cards, c => c.Key == dismissed.Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("rebuy")]
    [InlineData("rebuy-abc")]
    [InlineData("nosuchkind-12")]
    [InlineData("rebuy--5")]
    [InlineData("rebuy-999999")]
    public async Task Unknown_or_tampered_card_keys_are_refused_with_a_message(string? key)
    {
        var result = await Stream.DismissAsync(StreamTestData.NewVisitor().OwnerKey, key, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("This card is no longer in your stream.", result.Error);
    }

    [Fact]
    public async Task Show_fewer_like_this_ranks_that_kind_lower()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);
        var before = await Stream.BuildAsync(anna, ct: Ct);
        var rebuy = before.Cards.First(c => c.Kind == StreamCardKind.Rebuy);

        Assert.True((await Stream.ShowFewerAsync(anna.OwnerKey, rebuy.Key, Ct)).Succeeded);

        var after = await Stream.BuildAsync(anna, ct: Ct);
        var damped = after.Cards.First(c => c.Key == rebuy.Key);
        Assert.Equal(rebuy.Score * StreamRanker.FewerDamping, damped.Score, 6);
        Assert.False((await Stream.ShowFewerAsync(anna.OwnerKey, "junk", Ct)).Succeeded);
        await Db.Set<StreamMark>().Where(m => m.OwnerKey == anna.OwnerKey).ExecuteDeleteAsync(Ct);
    }

    [Fact]
    public async Task Add_again_puts_the_same_variant_and_quantity_into_the_cart()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);
        var rebuy = (await Stream.BuildAsync(anna, ct: Ct)).Cards.First(c => c.Rebuy is not null).Rebuy!;
        var carts = app.Get<CartService>();
        var before = await carts.CountAsync(anna.OwnerKey, Ct);

        var result = await Stream.AddAgainAsync(anna.OwnerKey, anna.UserId, rebuy.VariantId, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(before + rebuy.Quantity, await carts.CountAsync(anna.OwnerKey, Ct));
        var line = (await carts.GetAsync(anna.OwnerKey, Ct)).Lines.Single(l => l.VariantId == rebuy.VariantId);
        Assert.True(line.Quantity >= rebuy.Quantity);
    }

    [Fact]
    public async Task Add_again_refuses_variants_the_shopper_never_ordered()
    {
        var anna = await Db.DemoShopperAsync("anna@storefront.test", Ct);
        var ben = await Db.DemoShopperAsync("ben@storefront.test", Ct);
        var bensVariant = await Db.Orders.Where(o => o.UserId == ben.UserId).SelectMany(o => o.Lines).Select(l => l.VariantId)
            .Where(v => !Db.Orders.Where(o => o.UserId == anna.UserId).SelectMany(o => o.Lines).Any(l => l.VariantId == v))
            .FirstAsync(Ct);

        foreach (var (owner, user, variant) in new[] { (anna.OwnerKey, anna.UserId, bensVariant), (anna.OwnerKey, anna.UserId, -1), (anna.OwnerKey, null, bensVariant) })
        {
            var result = await Stream.AddAgainAsync(owner, user, variant, Ct);
            Assert.False(result.Succeeded);
            Assert.Equal("This item cannot be added again from your orders.", result.Error);
        }
    }

    [Fact]
    public async Task Impressions_and_clicks_are_recorded_as_shopper_events_by_card_kind()
    {
        var visitor = StreamTestData.NewVisitor();
        var page = await Stream.BuildAsync(visitor, ct: Ct);

        Stream.RecordImpressions(visitor.OwnerKey, page.Cards);
        Assert.True(Stream.RecordClick(visitor.OwnerKey, page.Cards[0].Key));
        Assert.False(Stream.RecordClick(visitor.OwnerKey, "junk"));
        await app.Get<ShopperSignals>().FlushAsync(Ct);

        var events = await Db.ShopperEvents.AsNoTracking().Where(e => e.OwnerKey == visitor.OwnerKey).ToListAsync(Ct);
        Assert.Equal(page.Cards.Count, events.Count(e => e.Kind == ShopperEventKind.StreamImpression));
        var click = Assert.Single(events, e => e.Kind == ShopperEventKind.StreamClick);
        Assert.Equal((page.Cards[0].Product!.Id, "stream:trending"), (click.ProductId!.Value, click.Context));
    }
}
