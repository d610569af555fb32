using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout;

public sealed class OrderPlacementTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private OrderPlacement Placement => app.Get<OrderPlacement>();
    private CartService Carts => app.Get<CartService>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();

    private static string NewShopper() => $"a:{Guid.NewGuid():N}";

    private static PlaceOrderCommand Command(string owner, string? key = null, long? expectedTotal = null, string email = "guest@example.com",
        ApprovedPayment? payment = null, ShippingAddress? address = null) =>
        new(owner, key ?? Guid.NewGuid().ToString("N"), null, email,
            address ?? new ShippingAddress("Erika Mustermann", "Hauptstraße 1", "20095", "Hamburg", "Germany"),
            ShippingMethod.Standard, payment ?? new ApprovedPayment("invoice", "inv_test", null, PaymentState.Pending), expectedTotal, "http://shop.test/");

    [Fact]
    public async Task Places_an_order_priced_from_the_catalog_takes_the_stock_and_empties_the_cart()
    {
        var shopper = NewShopper();
        var (first, second) = (await FreshVariantAsync(stock: 5), await FreshVariantAsync(stock: 5));
        await AddAsync(shopper, first.Id, 2);
        await AddAsync(shopper, second.Id, 1);
        var quote = await Placement.QuoteAsync(shopper, ShippingMethod.Standard, null, Ct);

        var result = await Placement.PlaceAsync(Command(shopper, expectedTotal: quote.Totals.Total.Cents), Ct);

        Assert.Equal(PlaceOrderOutcome.Placed, result.Outcome);
        await using var db = await Db.CreateDbContextAsync(Ct);
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).Include(o => o.StatusChanges).Include(o => o.Payments)
            .SingleAsync(o => o.Id == result.Order!.Id, Ct);
        var subtotal = first.PriceCents * 2 + second.PriceCents;
        Assert.Equal(subtotal, order.SubtotalCents);
        Assert.Equal(subtotal >= 5000 ? 0 : 495, order.ShippingCents);
        Assert.Equal(order.SubtotalCents + order.ShippingCents, order.TotalCents);
        Assert.Equal(quote.Totals.Total.Cents, order.TotalCents);
        Assert.True(order.VatCents > 0 && order.VatCents < order.TotalCents);
        Assert.Equal(first.PriceCents, order.Lines.Single(l => l.VariantId == first.Id).UnitPriceCents);
        Assert.Equal(OrderStatus.Placed, Assert.Single(order.StatusChanges).Status);
        Assert.Equal(PaymentState.Pending, Assert.Single(order.Payments).State);
        Assert.Matches(@"^SF-\d{6}$", order.Number);
        Assert.Equal(3, await StockAsync(first.Id));
        Assert.Equal(4, await StockAsync(second.Id));
        Assert.Equal(first.Version + 1, (await db.Variants.AsNoTracking().SingleAsync(v => v.Id == first.Id, Ct)).Version);
        Assert.Equal(0, await Carts.CountAsync(shopper, Ct));
        var mail = await db.Outbox.AsNoTracking().Where(m => m.Kind == "order-confirmation" && m.Subject.Contains(order.Number)).SingleAsync(Ct);
        Assert.Equal("guest@example.com", mail.To);
        Assert.Contains($"http://shop.test/orders/{order.Number}?access={order.AccessToken}", mail.HtmlBody);
        Assert.True(order.AccessToken!.Length >= 32);
    }

    [Fact]
    public async Task A_double_submit_with_the_same_key_gives_one_order()
    {
        var shopper = NewShopper();
        var variant = await FreshVariantAsync(stock: 5);
        await AddAsync(shopper, variant.Id, 1);
        var key = Guid.NewGuid().ToString("N");

        var first = await Placement.PlaceAsync(Command(shopper, key), Ct);
        var second = await Placement.PlaceAsync(Command(shopper, key), Ct);

        Assert.Equal(PlaceOrderOutcome.Placed, first.Outcome);
        Assert.Equal(PlaceOrderOutcome.AlreadyPlaced, second.Outcome);
        Assert.Equal(first.Order!.Number, second.Order!.Number);
        Assert.Equal(1, await OrdersOfAsync(variant.Id));
        Assert.Equal(4, await StockAsync(variant.Id));
    }

    [Fact]
    public async Task Two_tabs_submitting_the_same_checkout_at_once_create_exactly_one_order()
    {
        var shopper = NewShopper();
        var variant = await FreshVariantAsync(stock: 5);
        await AddAsync(shopper, variant.Id, 2);
        var key = Guid.NewGuid().ToString("N");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Placement.PlaceAsync(Command(shopper, key), Ct), Ct)));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Single(results, r => r.Outcome == PlaceOrderOutcome.Placed);
        Assert.Single(results.Select(r => r.Order!.Number).Distinct());
        Assert.Equal(1, await OrdersOfAsync(variant.Id));
        Assert.Equal(3, await StockAsync(variant.Id));
    }

    [Fact]
    public async Task Fifty_shoppers_racing_for_twenty_units_get_exactly_twenty_orders_and_stock_never_goes_negative()
    {
        var variant = await FreshVariantAsync(stock: 20);
        var shoppers = Enumerable.Range(0, 50).Select(_ => NewShopper()).ToList();
        foreach (var shopper in shoppers)
        {
            await AddAsync(shopper, variant.Id, 1);
        }

        var results = await Task.WhenAll(shoppers.Select(s => Task.Run(() => Placement.PlaceAsync(Command(s), Ct), Ct)));

        Assert.Equal(20, results.Count(r => r.Outcome == PlaceOrderOutcome.Placed));
        var refused = results.Where(r => !r.Succeeded).ToList();
        Assert.Equal(30, refused.Count);
        Assert.All(refused, r =>
        {
            Assert.Equal(PlaceOrderOutcome.SoldOut, r.Outcome);
            Assert.Contains("has just sold out", r.Error);
        });
        Assert.Equal(0, await StockAsync(variant.Id));
        Assert.Equal(20, await OrdersOfAsync(variant.Id));
        // The losers keep their carts to change them.
        Assert.Equal(30, (await Task.WhenAll(shoppers.Select(s => Carts.CountAsync(s, Ct)))).Sum());
    }

    [Fact]
    public async Task A_price_changed_since_the_review_step_places_nothing_and_says_the_new_total()
    {
        var shopper = NewShopper();
        var variant = await FreshVariantAsync(stock: 5);
        await AddAsync(shopper, variant.Id, 1);
        var seen = await Placement.QuoteAsync(shopper, ShippingMethod.Standard, null, Ct);
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            await db.Variants.Where(v => v.Id == variant.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.PriceCents, v => v.PriceCents + 100), Ct);
        }

        var result = await Placement.PlaceAsync(Command(shopper, expectedTotal: seen.Totals.Total.Cents), Ct);

        Assert.Equal(PlaceOrderOutcome.PriceChanged, result.Outcome);
        Assert.Contains("A price changed", result.Error);
        Assert.Equal(0, await OrdersOfAsync(variant.Id));
        Assert.Equal(5, await StockAsync(variant.Id));
        Assert.Equal(1, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task A_tampered_total_is_refused_and_nothing_is_saved()
    {
        var shopper = NewShopper();
        var variant = await FreshVariantAsync(stock: 5);
        await AddAsync(shopper, variant.Id, 3);

        var result = await Placement.PlaceAsync(Command(shopper, expectedTotal: 1), Ct);

        Assert.Equal(PlaceOrderOutcome.PriceChanged, result.Outcome);
        Assert.Equal(5, await StockAsync(variant.Id));
        Assert.Equal(3, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task An_empty_cart_places_nothing()
    {
        var result = await Placement.PlaceAsync(Command(NewShopper()), Ct);

        Assert.Equal(PlaceOrderOutcome.CartEmpty, result.Outcome);
        Assert.Equal("Your cart is empty – add something before you check out.", result.Error);
    }

    [Fact]
    public async Task A_product_archived_during_checkout_places_nothing_and_keeps_the_other_lines()
    {
        var shopper = NewShopper();
        var (kept, archived) = (await FreshVariantAsync(stock: 5), await FreshVariantAsync(stock: 5));
        await AddAsync(shopper, kept.Id, 1);
        await AddAsync(shopper, archived.Id, 1);
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            await db.Products.Where(p => p.Id == archived.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsArchived, true), Ct);
        }

        var result = await Placement.PlaceAsync(Command(shopper), Ct);

        Assert.Equal(PlaceOrderOutcome.Unavailable, result.Outcome);
        Assert.Contains("is no longer available", result.Error);
        Assert.Equal(5, await StockAsync(kept.Id));
        Assert.Equal(2, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task A_card_payment_marks_the_order_paid_and_keeps_only_the_last_four_digits()
    {
        var shopper = NewShopper();
        var variant = await FreshVariantAsync(stock: 5);
        await AddAsync(shopper, variant.Id, 1);

        var result = await Placement.PlaceAsync(Command(shopper, payment: new ApprovedPayment("card", "ch_abc", "4242", PaymentState.Captured)), Ct);

        await using var db = await Db.CreateDbContextAsync(Ct);
        var order = await db.Orders.AsNoTracking().Include(o => o.StatusChanges).Include(o => o.Payments).SingleAsync(o => o.Id == result.Order!.Id, Ct);
        Assert.Equal(OrderStatus.Paid, order.Status);
        Assert.Equal([OrderStatus.Placed, OrderStatus.Paid], order.StatusChanges.OrderBy(s => s.Id).Select(s => s.Status));
        var payment = Assert.Single(order.Payments);
        Assert.Equal("4242", payment.CardLast4);
        Assert.Equal(order.TotalCents, payment.AmountCents);
    }

    [Theory]
    [InlineData("Erika", "Hauptstraße 1", "2009", "Hamburg", "Germany", "A German postcode has exactly 5 digits.")]
    [InlineData("Erika", "", "20095", "Hamburg", "Germany", "Enter the street and house number.")]
    [InlineData("Erika", "Hauptstraße 1", "20095", "Hamburg", "Narnia", "Choose a country we deliver to.")]
    public async Task A_bad_address_places_nothing(string name, string street, string postcode, string city, string country, string message)
    {
        var shopper = NewShopper();
        var variant = await FreshVariantAsync(stock: 5);
        await AddAsync(shopper, variant.Id, 1);

        var result = await Placement.PlaceAsync(Command(shopper, address: new ShippingAddress(name, street, postcode, city, country)), Ct);

        Assert.Equal(PlaceOrderOutcome.Invalid, result.Outcome);
        Assert.Equal(message, result.Error);
        Assert.Equal(5, await StockAsync(variant.Id));
    }

    private async Task AddAsync(string shopper, int variantId, int quantity)
    {
        var added = await Carts.AddAsync(shopper, variantId, quantity, Ct);
        Assert.True(added.Succeeded, added.Error);
    }

    /// <summary>A variant of a product no other test in this class uses, with exactly <paramref name="stock"/> units.</summary>
    private async Task<Storefront.Features.Catalog.Variant> FreshVariantAsync(int stock)
    {
        await gate.WaitAsync(Ct);
        try
        {
            await using var db = await Db.CreateDbContextAsync(Ct);
            // A local copy: EF Core would inline a static readonly collection as a constant in its cached query.
            var taken = used.ToList();
            var variant = await db.Variants.Where(v => !v.Product!.IsArchived && v.Stock > 0 && !taken.Contains(v.ProductId))
                .OrderBy(v => v.Id).FirstAsync(Ct);
            used.Add(variant.ProductId);
            variant.Stock = stock;
            variant.Version++;
            await db.SaveChangesAsync(Ct);
            return variant;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> StockAsync(int variantId)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Variants.AsNoTracking().Where(v => v.Id == variantId).Select(v => v.Stock).SingleAsync(Ct);
    }

    private async Task<int> OrdersOfAsync(int variantId)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.OrderLines.AsNoTracking().CountAsync(l => l.VariantId == variantId && db.Orders.Any(o => o.Id == l.OrderId && o.IdempotencyKey != null), Ct);
    }

    private static readonly SemaphoreSlim gate = new(1, 1);
    private static readonly HashSet<int> used = [];
}
