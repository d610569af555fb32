using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Cart;

public sealed class CartServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private CartService Carts => app.Get<CartService>();
    private static string NewShopper() => $"a:{Guid.NewGuid():N}";

    [Fact]
    public async Task Adding_the_same_variant_twice_adds_up_one_line()
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 5);

        Assert.True((await Carts.AddAsync(shopper, variant.Id, 2, Ct)).Succeeded);
        Assert.True((await Carts.AddAsync(shopper, variant.Id, 1, Ct)).Succeeded);

        var cart = await Carts.GetAsync(shopper, Ct);
        var line = Assert.Single(cart.Lines);
        Assert.Equal(3, line.Quantity);
        Assert.Equal(3, await Carts.CountAsync(shopper, Ct));
        Assert.Equal(variant.PriceCents * 3, cart.Subtotal.Cents);
    }

    [Fact]
    public async Task More_than_in_stock_is_refused_with_a_clear_message_and_nothing_saved()
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 1, maximum: 3);

        var result = await Carts.AddAsync(shopper, variant.Id, variant.Stock + 1, Ct);

        Assert.False(result.Succeeded);
        Assert.Contains(variant.Stock.ToString(), result.Error);
        Assert.Equal(0, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task Sold_out_variants_cannot_be_added()
    {
        var db = app.Get<StorefrontDb>();
        var soldOut = await db.Variants.AsNoTracking().FirstAsync(v => v.Stock == 0, Ct);

        var result = await Carts.AddAsync(NewShopper(), soldOut.Id, 1, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("Sorry, this variant is sold out.", result.Error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(11)]
    public async Task Quantities_outside_one_to_ten_are_refused(int quantity)
    {
        var variant = await VariantWithStockAsync(minimum: 1);

        var result = await Carts.AddAsync(NewShopper(), variant.Id, quantity, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("Choose a quantity between 1 and 10.", result.Error);
    }

    [Fact]
    public async Task Unknown_variants_are_refused()
    {
        var result = await Carts.AddAsync(NewShopper(), 987654, 1, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("This item is no longer available.", result.Error);
    }

    [Fact]
    public async Task Removing_a_line_empties_the_cart()
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 1);
        await Carts.AddAsync(shopper, variant.Id, 1, Ct);

        await Carts.RemoveAsync(shopper, variant.Id, Ct);

        Assert.Empty((await Carts.GetAsync(shopper, Ct)).Lines);
    }

    [Fact]
    public async Task A_visitor_without_a_cart_has_zero_items() => Assert.Equal(0, await Carts.CountAsync(null, Ct));

    private async Task<Storefront.Features.Catalog.Variant> VariantWithStockAsync(int minimum, int maximum = int.MaxValue) =>
        await app.Get<StorefrontDb>().Variants.AsNoTracking()
            .Where(v => v.Stock >= minimum && v.Stock <= maximum)
            .OrderBy(v => v.Id)
            .FirstAsync(Ct);
}
