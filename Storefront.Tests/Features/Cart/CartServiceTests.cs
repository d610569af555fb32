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

    [Theory]
    [InlineData("0", "Choose a quantity between 1 and 10.")]
    [InlineData("-2", "Choose a quantity between 1 and 10.")]
    [InlineData("11", "Choose a quantity between 1 and 10.")]
    [InlineData("abc", "Enter the quantity as a whole number.")]
    [InlineData("", "Enter the quantity as a whole number.")]
    [InlineData(null, "Enter the quantity as a whole number.")]
    [InlineData("2.5", "Enter the quantity as a whole number.")]
    [InlineData("99999999999999999999", "Enter the quantity as a whole number.")]
    public async Task Bad_quantities_on_the_cart_page_are_refused_and_leave_the_line_as_it_was(string? typed, string message)
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 5);
        await Carts.AddAsync(shopper, variant.Id, 2, Ct);

        var result = await Carts.SetQuantityAsync(shopper, variant.Id, typed, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
        Assert.Equal(2, Assert.Single((await Carts.GetAsync(shopper, Ct)).Lines).Quantity);
    }

    [Fact]
    public async Task A_quantity_beyond_stock_is_refused_with_what_is_left()
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 2, maximum: 5);
        await Carts.AddAsync(shopper, variant.Id, 1, Ct);

        var result = await Carts.SetQuantityAsync(shopper, variant.Id, (variant.Stock + 1).ToString(), Ct);

        Assert.False(result.Succeeded);
        Assert.Equal($"Only {variant.Stock} left in stock.", result.Error);
        Assert.Equal(1, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task Changing_the_quantity_updates_the_line_and_the_subtotal()
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 4);
        await Carts.AddAsync(shopper, variant.Id, 1, Ct);

        var result = await Carts.SetQuantityAsync(shopper, variant.Id, " 4 ", Ct);

        Assert.True(result.Succeeded, result.Error);
        var cart = await Carts.GetAsync(shopper, Ct);
        Assert.Equal(4, Assert.Single(cart.Lines).Quantity);
        Assert.Equal(variant.PriceCents * 4, cart.Subtotal.Cents);
    }

    [Fact]
    public async Task Changing_the_quantity_of_a_line_that_is_not_in_the_cart_is_refused()
    {
        var shopper = NewShopper();
        var variant = await VariantWithStockAsync(minimum: 1);

        var result = await Carts.SetQuantityAsync(shopper, variant.Id, "1", Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("This item is no longer in your cart.", result.Error);
        Assert.Empty((await Carts.GetAsync(shopper, Ct)).Lines);
    }

    [Fact]
    public async Task Prices_and_stock_come_from_the_catalog_and_problems_are_flagged()
    {
        var shopper = NewShopper();
        var db = app.Get<StorefrontDb>();
        var variants = await db.Variants.Where(v => v.Stock >= 3).OrderBy(v => v.Id).Skip(40).Take(2).ToListAsync(Ct);
        await Carts.AddAsync(shopper, variants[0].Id, 3, Ct);
        await Carts.AddAsync(shopper, variants[1].Id, 1, Ct);

        // The merchant lowers stock and changes the price after the shopper added the items.
        variants[0].Stock = 1;
        variants[0].PriceCents += 100;
        variants[1].Stock = 0;
        await db.SaveChangesAsync(Ct);

        var cart = await Carts.GetAsync(shopper, Ct);
        Assert.Equal(variants[0].PriceCents, cart.Lines[0].UnitPrice.Cents);
        Assert.Equal(CartLineProblem.NotEnoughStock, cart.Lines[0].Problem);
        Assert.Equal(CartLineProblem.SoldOut, cart.Lines[1].Problem);
        Assert.True(cart.HasProblems);
    }

    [Fact]
    public async Task A_cart_of_100_lines_is_read_in_one_query_and_adds_up()
    {
        var shopper = NewShopper();
        var variants = await app.Get<StorefrontDb>().Variants.AsNoTracking()
            .Where(v => v.Stock >= 2 && !v.Product!.IsArchived)
            .OrderBy(v => v.Id)
            .Take(100)
            .ToListAsync(Ct);
        Assert.Equal(100, variants.Count);
        foreach (var (variant, i) in variants.Select((v, i) => (v, i)))
        {
            app.Time.Advance(TimeSpan.FromSeconds(1));
            Assert.True((await Carts.AddAsync(shopper, variant.Id, 1 + i % 2, Ct)).Succeeded);
        }

        CartView cart;
        using (var sql = SqlCommandCounter.Start())
        {
            cart = await Carts.GetAsync(shopper, Ct);
            Assert.Equal(1, sql.Count);
        }

        Assert.Equal(variants.Select(v => v.Id), cart.Lines.Select(l => l.VariantId));
        Assert.Equal(150, cart.ItemCount);
        Assert.Equal(variants.Select((v, i) => v.PriceCents * (1 + i % 2)).Sum(), cart.Subtotal.Cents);
        Assert.All(cart.Lines, l => Assert.False(string.IsNullOrEmpty(l.ProductName)));
        Assert.Equal(150, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task A_visitor_without_a_cart_has_zero_items() => Assert.Equal(0, await Carts.CountAsync(null, Ct));

    private async Task<Storefront.Features.Catalog.Variant> VariantWithStockAsync(int minimum, int maximum = int.MaxValue) =>
        await app.Get<StorefrontDb>().Variants.AsNoTracking()
            .Where(v => v.Stock >= minimum && v.Stock <= maximum)
            .OrderBy(v => v.Id)
            .FirstAsync(Ct);
}
