using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Cart.Favourites;
using Storefront.Features.Cart.RecentlyViewed;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Checkout;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Cart;

public sealed class ShopperMergeTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private CartService Carts => app.Get<CartService>();
    private FavouritesService Favourites => app.Get<FavouritesService>();
    private ShopperMerge Merge => app.Get<ShopperMerge>();
    private static string NewVisitor() => $"a:{Guid.NewGuid():N}";
    private static string NewAccount() => $"u:{Guid.NewGuid()}";

    [Fact]
    public async Task Merges_the_anonymous_cart_into_the_account_at_sign_in()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var variants = await VariantsWithStockAsync(minimum: 8, count: 3);
        await Carts.AddAsync(account, variants[0].Id, 2, Ct);
        await Carts.AddAsync(account, variants[1].Id, 1, Ct);
        await Carts.AddAsync(visitor, variants[1].Id, 3, Ct);
        await Carts.AddAsync(visitor, variants[2].Id, 1, Ct);

        var outcome = await Merge.MergeAsync(visitor, account, Ct);

        var cart = await Carts.GetAsync(account, Ct);
        Assert.Equal(
            [(variants[0].Id, 2), (variants[1].Id, 4), (variants[2].Id, 1)],
            cart.Lines.Select(l => (l.VariantId, l.Quantity)));
        Assert.Equal(2, outcome.CartLines);
        Assert.Empty((await Carts.GetAsync(visitor, Ct)).Lines);
        Assert.False(await app.Get<StorefrontDb>().Carts.AnyAsync(c => c.OwnerKey == visitor, Ct));
    }

    [Fact]
    public async Task Merged_quantities_are_capped_at_stock_and_at_the_line_maximum()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var scarce = await VariantsWithStockAsync(minimum: 3, maximum: 3, count: 1);
        var plenty = await VariantsWithStockAsync(minimum: 30, count: 1);
        await Carts.AddAsync(account, scarce[0].Id, 2, Ct);
        await Carts.AddAsync(visitor, scarce[0].Id, 2, Ct);
        await Carts.AddAsync(account, plenty[0].Id, 7, Ct);
        await Carts.AddAsync(visitor, plenty[0].Id, 6, Ct);

        await Merge.MergeAsync(visitor, account, Ct);

        var lines = (await Carts.GetAsync(account, Ct)).Lines.ToDictionary(l => l.VariantId, l => l.Quantity);
        Assert.Equal(3, lines[scarce[0].Id]);
        Assert.Equal(CartService.MaxQuantityPerLine, lines[plenty[0].Id]);
    }

    [Fact]
    public async Task Lines_that_sold_out_since_they_were_added_are_not_carried_over()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var db = app.Get<StorefrontDb>();
        var variant = await db.Variants.Where(v => v.Stock >= 1).OrderByDescending(v => v.Id).FirstAsync(Ct);
        await Carts.AddAsync(visitor, variant.Id, 1, Ct);
        variant.Stock = 0;
        await db.SaveChangesAsync(Ct);

        await Merge.MergeAsync(visitor, account, Ct);

        Assert.Empty((await Carts.GetAsync(account, Ct)).Lines);
    }

    [Fact]
    public async Task Favourites_are_united_without_duplicates()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var products = await app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Id).Select(p => p.Id).Take(3).ToListAsync(Ct);
        var brand = await app.Get<StorefrontDb>().Brands.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Id).FirstAsync(Ct);
        await Favourites.SetAsync(account, FavouriteKind.Product, products[0], true, Ct);
        await Favourites.SetAsync(account, FavouriteKind.Product, products[1], true, Ct);
        await Favourites.SetAsync(visitor, FavouriteKind.Product, products[1], true, Ct);
        await Favourites.SetAsync(visitor, FavouriteKind.Product, products[2], true, Ct);
        await Favourites.SetAsync(visitor, FavouriteKind.Brand, brand, true, Ct);

        var outcome = await Merge.MergeAsync(visitor, account, Ct);

        var ids = await Favourites.IdsAsync(account, Ct);
        Assert.Equal(products.ToHashSet(), ids.Products.ToHashSet());
        Assert.Equal([brand], ids.Brands);
        Assert.Equal(2, outcome.Favourites);
        Assert.Equal(4, await app.Get<StorefrontDb>().Favourites.CountAsync(f => f.OwnerKey == account, Ct));
        Assert.Empty((await Favourites.IdsAsync(visitor, Ct)).Products);
    }

    [Fact]
    public async Task Recently_viewed_and_other_events_move_to_the_account()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var products = await app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Id).Select(p => p.Id).Skip(10).Take(2).ToListAsync(Ct);
        var signals = app.Get<ShopperSignals>();
        signals.ProductViewed(account, products[0]);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        signals.ProductViewed(visitor, products[1]);
        signals.Searched(visitor, "rennrad");
        // Not flushed on purpose: the merge waits for queued signals before re-keying.

        var outcome = await Merge.MergeAsync(visitor, account, Ct);

        Assert.Equal(2, outcome.Events);
        var recent = await app.Get<RecentlyViewedService>().ForAsync(account, ct: Ct);
        Assert.Equal([products[1], products[0]], recent.Select(r => r.ProductId));
        Assert.Empty(await app.Get<RecentlyViewedService>().ForAsync(visitor, ct: Ct));
        Assert.True(await app.Get<StorefrontDb>().ShopperEvents.AnyAsync(e => e.OwnerKey == account && e.Context == "search:rennrad", Ct));
    }

    [Fact]
    public async Task A_second_merge_changes_nothing()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var variant = (await VariantsWithStockAsync(minimum: 5, count: 1))[0];
        await Carts.AddAsync(visitor, variant.Id, 2, Ct);
        await Favourites.SetAsync(visitor, FavouriteKind.Product, variant.ProductId, true, Ct);
        await Merge.MergeAsync(visitor, account, Ct);

        var second = await Merge.MergeAsync(visitor, account, Ct);

        Assert.Equal(MergeOutcome.Nothing, second);
        Assert.Equal(2, Assert.Single((await Carts.GetAsync(account, Ct)).Lines).Quantity);
        Assert.Equal([variant.ProductId], (await Favourites.IdsAsync(account, Ct)).Products);
    }

    [Fact]
    public async Task A_visitor_with_nothing_to_merge_leaves_the_account_untouched()
    {
        var account = NewAccount();
        var variant = (await VariantsWithStockAsync(minimum: 5, count: 1))[0];
        await Carts.AddAsync(account, variant.Id, 1, Ct);

        var outcome = await Merge.MergeAsync(NewVisitor(), account, Ct);

        Assert.Equal(MergeOutcome.Nothing, outcome);
        Assert.Equal(1, await Carts.CountAsync(account, Ct));
    }

    [Fact]
    public async Task The_address_entered_in_checkout_as_a_visitor_follows_into_the_accounts_checkout()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var checkout = app.Get<CheckoutService>();
        var address = new ShippingAddress("Vera Visitor", "Am Markt 3", "04109", "Leipzig", "Germany");
        Assert.True((await checkout.SaveAddressAsync(visitor, address, Ct)).Succeeded);
        Assert.True((await checkout.SaveShippingAsync(visitor, "Express", Ct)).Succeeded);

        await Merge.MergeAsync(visitor, account, Ct);

        var state = await checkout.GetAsync(account, "vera@example.com", Ct);
        Assert.Equal(address, state.Address);
        Assert.True(state.AddressDone);
        Assert.Equal(ShippingMethod.Express, state.Shipping);
        Assert.False(await app.Get<StorefrontDb>().CheckoutSessions.AnyAsync(s => s.OwnerKey == visitor, Ct));
    }

    [Fact]
    public async Task A_newer_address_in_the_accounts_checkout_is_kept()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var checkout = app.Get<CheckoutService>();
        Assert.True((await checkout.SaveAddressAsync(visitor, new ShippingAddress("Old Guest", "Altweg 1", "10115", "Berlin", "Germany"), Ct)).Succeeded);
        app.Time.Advance(TimeSpan.FromMinutes(5));
        var accountAddress = new ShippingAddress("Account Holder", "Neuweg 2", "20095", "Hamburg", "Germany");
        Assert.True((await checkout.SaveAddressAsync(account, accountAddress, Ct)).Succeeded);

        await Merge.MergeAsync(visitor, account, Ct);

        Assert.Equal(accountAddress, (await checkout.GetAsync(account, "holder@example.com", Ct)).Address);
        Assert.False(await app.Get<StorefrontDb>().CheckoutSessions.AnyAsync(s => s.OwnerKey == visitor, Ct));
    }

    [Fact]
    public async Task Helpful_votes_move_to_the_account_so_nobody_votes_twice()
    {
        var (visitor, account) = (NewVisitor(), NewAccount());
        var db = app.Get<StorefrontDb>();
        var reviews = await db.Reviews.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.Id, r.ProductId }).Take(2).ToListAsync(Ct);
        var votes = app.Get<ReviewService>();
        Assert.True(await votes.VoteHelpfulAsync(reviews[0].ProductId, reviews[0].Id, account, null, Ct));
        Assert.True(await votes.VoteHelpfulAsync(reviews[0].ProductId, reviews[0].Id, visitor, null, Ct));
        Assert.True(await votes.VoteHelpfulAsync(reviews[1].ProductId, reviews[1].Id, visitor, null, Ct));

        await Merge.MergeAsync(visitor, account, Ct);

        var accountVotes = await db.ReviewVotes.AsNoTracking().Where(v => v.VoterKey == account).Select(v => v.ReviewId).OrderBy(id => id).ToListAsync(Ct);
        Assert.Equal(reviews.Select(r => r.Id).Order(), accountVotes);
        Assert.False(await db.ReviewVotes.AnyAsync(v => v.VoterKey == visitor, Ct));
    }

    private async Task<List<Storefront.Features.Catalog.Variant>> VariantsWithStockAsync(int minimum, int count, int maximum = int.MaxValue)
    {
        var variants = await app.Get<StorefrontDb>().Variants.AsNoTracking()
            .Where(v => v.Stock >= minimum && v.Stock <= maximum && !v.Product!.IsArchived)
            .OrderBy(v => v.Id)
            .Take(count)
            .ToListAsync(Ct);
        Assert.Equal(count, variants.Count);
        return variants;
    }
}
