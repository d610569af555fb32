using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout.Vouchers;

public sealed class VoucherServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly PricedCarts carts = new(app, stride: 7);

    private VoucherService Vouchers => app.Get<VoucherService>();
    private OrderPlacement Placement => app.Get<OrderPlacement>();
    private CartService Carts => app.Get<CartService>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task An_unknown_code_is_refused_by_name_and_nothing_is_kept()
    {
        var shopper = await CartWithAsync(priceCents: 2000);

        var result = await Vouchers.ApplyAsync(shopper, " nosuchcode ", null, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal("We don't know the voucher code NOSUCHCODE. Please check its spelling.", result.Error);
        Assert.Null((await Carts.GetAsync(shopper, Ct)).VoucherCode);
    }

    [Fact]
    public async Task Expired_and_not_yet_valid_vouchers_say_so()
    {
        var expired = await VoucherAsync(VoucherKind.Percent, 10, from: Now.AddDays(-30), until: Now.Date.AddDays(-2));
        var future = await VoucherAsync(VoucherKind.Percent, 10, from: Now.Date.AddDays(3));
        var shopper = await CartWithAsync(priceCents: 2000);

        var tooLate = await Vouchers.ApplyAsync(shopper, expired, null, Ct);
        var tooEarly = await Vouchers.ApplyAsync(shopper, future, null, Ct);

        Assert.Equal($"The voucher {expired} expired on {Now.Date.AddDays(-3):d}.", tooLate.Error);
        Assert.Equal($"The voucher {future} can be used from {Now.Date.AddDays(3):d}.", tooEarly.Error);
    }

    [Fact]
    public async Task A_minimum_order_voucher_applies_once_the_cart_reaches_it_and_the_quote_takes_it_off()
    {
        var code = await VoucherAsync(VoucherKind.FixedAmount, 500, minOrderCents: 4000);
        var shopper = await CartWithAsync(priceCents: 2000);

        var refused = await Vouchers.ApplyAsync(shopper, code, null, Ct);
        await Carts.AddAsync(shopper, (await Carts.GetAsync(shopper, Ct)).Lines[0].VariantId, 1, Ct);
        var applied = await Vouchers.ApplyAsync(shopper, code.ToLowerInvariant(), null, Ct);
        var quote = await Placement.QuoteAsync(shopper, ShippingMethod.Standard, null, Ct);

        Assert.Equal($"The voucher {code} needs an order of at least €40.00 – €20.00 to go.", refused.Error);
        Assert.True(applied.Succeeded, applied.Error);
        Assert.Equal(4000, quote.Totals.Subtotal.Cents);
        Assert.Equal(500, quote.Totals.Discount.Cents);
        Assert.Equal(4000 + 495 - 500, quote.Totals.Total.Cents);
        Assert.Equal(code, quote.Voucher!.Terms.Code);
    }

    [Fact]
    public async Task A_cart_that_shrinks_below_the_minimum_is_priced_without_the_voucher_and_says_why()
    {
        var code = await VoucherAsync(VoucherKind.FixedAmount, 500, minOrderCents: 4000);
        var shopper = await CartWithAsync(priceCents: 2000, quantity: 2);
        Assert.True((await Vouchers.ApplyAsync(shopper, code, null, Ct)).Succeeded);

        await Carts.SetQuantityAsync(shopper, (await Carts.GetAsync(shopper, Ct)).Lines[0].VariantId, "1", Ct);
        var quote = await Placement.QuoteAsync(shopper, ShippingMethod.Standard, null, Ct);

        Assert.Equal(VoucherProblem.BelowMinimum, quote.Voucher!.Problem);
        Assert.Equal(0, quote.Totals.Discount.Cents);
        Assert.Equal(2000 + 495, quote.Totals.Total.Cents);
        Assert.Equal(code, (await Carts.GetAsync(shopper, Ct)).VoucherCode);
    }

    [Fact]
    public async Task A_free_shipping_voucher_waives_standard_shipping_only()
    {
        var code = await VoucherAsync(VoucherKind.FreeShipping, 0);
        var shopper = await CartWithAsync(priceCents: 2000);
        Assert.True((await Vouchers.ApplyAsync(shopper, code, null, Ct)).Succeeded);

        var standard = await Placement.QuoteAsync(shopper, ShippingMethod.Standard, null, Ct);
        var express = await Placement.QuoteAsync(shopper, ShippingMethod.Express, null, Ct);

        Assert.Equal(0, standard.Totals.Shipping.Cents);
        Assert.Equal(2000, standard.Totals.Total.Cents);
        Assert.True(express.Totals.Shipping.Cents > 0);
    }

    [Fact]
    public async Task Placing_redeems_the_voucher_and_a_single_use_voucher_is_refused_to_the_same_customer_next_time()
    {
        var code = await VoucherAsync(VoucherKind.Percent, 10, singleUse: true);
        var email = $"v{Guid.NewGuid():N}@example.com";
        var first = await CartWithAsync(priceCents: 2995);
        Assert.True((await Vouchers.ApplyAsync(first, code, email, Ct)).Succeeded);
        var quote = await Placement.QuoteAsync(first, ShippingMethod.Standard, email, Ct);

        var placed = await Placement.PlaceAsync(Command(first, email, quote.Totals.Total.Cents), Ct);
        var second = await CartWithAsync(priceCents: 2995);
        var again = await Vouchers.ApplyAsync(second, code, email.ToUpperInvariant(), Ct);

        Assert.Equal(PlaceOrderOutcome.Placed, placed.Outcome);
        await using var db = await Db.CreateDbContextAsync(Ct);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == placed.Order!.Id, Ct);
        Assert.Equal(300, order.DiscountCents); // 10 % of €29.95, rounded
        Assert.Equal(code, order.VoucherCode);
        Assert.Equal(2995 + 495 - 300, order.TotalCents);
        var redemption = await db.VoucherRedemptions.AsNoTracking().SingleAsync(r => r.OrderId == order.Id, Ct);
        Assert.Equal(email, redemption.CustomerEmail);
        Assert.Null((await Carts.GetAsync(first, Ct)).VoucherCode);
        Assert.Equal($"You have already used the voucher {code}; it can be used once per customer.", again.Error);
    }

    [Fact]
    public async Task Two_checkouts_racing_with_one_single_use_voucher_get_the_discount_once()
    {
        var code = await VoucherAsync(VoucherKind.FixedAmount, 1000, singleUse: true);
        var email = $"race{Guid.NewGuid():N}@example.com";
        var shoppers = new[] { await CartWithAsync(priceCents: 3000), await CartWithAsync(priceCents: 3000) };
        foreach (var shopper in shoppers)
        {
            // A guest's email is not known in the cart: both carts accept the code.
            Assert.True((await Vouchers.ApplyAsync(shopper, code, null, Ct)).Succeeded);
        }
        var expected = (await Placement.QuoteAsync(shoppers[0], ShippingMethod.Standard, email, Ct)).Totals.Total.Cents;

        var results = await Task.WhenAll(shoppers.Select(s => Task.Run(() => Placement.PlaceAsync(Command(s, email, expected), Ct), Ct)));

        Assert.Single(results, r => r.Outcome == PlaceOrderOutcome.Placed);
        Assert.Single(results, r => r.Outcome == PlaceOrderOutcome.PriceChanged);
        await using var db = await Db.CreateDbContextAsync(Ct);
        var voucherId = await db.Vouchers.Where(v => v.Code == code).Select(v => v.Id).SingleAsync(Ct);
        Assert.Equal(1, await db.VoucherRedemptions.CountAsync(r => r.VoucherId == voucherId, Ct));
    }

    [Fact]
    public async Task Removing_the_voucher_prices_the_cart_without_it()
    {
        var code = await VoucherAsync(VoucherKind.Percent, 20);
        var shopper = await CartWithAsync(priceCents: 5000);
        Assert.True((await Vouchers.ApplyAsync(shopper, code, null, Ct)).Succeeded);

        await Vouchers.RemoveAsync(shopper, Ct);

        Assert.Null((await Carts.GetAsync(shopper, Ct)).VoucherCode);
        Assert.Equal(0, (await Placement.QuoteAsync(shopper, ShippingMethod.Standard, null, Ct)).Totals.Discount.Cents);
    }

    [Fact]
    public async Task A_code_on_an_empty_cart_asks_for_something_in_the_cart_first()
    {
        var code = await VoucherAsync(VoucherKind.Percent, 10);

        var result = await Vouchers.ApplyAsync($"a:{Guid.NewGuid():N}", code, null, Ct);

        Assert.Equal("Add something to your cart first, then enter the voucher.", result.Error);
    }

    private static PlaceOrderCommand Command(string owner, string email, long expectedTotal) =>
        new(owner, Guid.NewGuid().ToString("N"), null, email, new ShippingAddress("Erika Mustermann", "Hauptstraße 1", "20095", "Hamburg", "Germany"),
            ShippingMethod.Standard, new ApprovedPayment("invoice", "inv_test", null, PaymentState.Pending), expectedTotal, "http://shop.test/");

    private async Task<string> VoucherAsync(VoucherKind kind, long value, long minOrderCents = 0, DateTime? from = null, DateTime? until = null,
        bool singleUse = false)
    {
        var code = $"T{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await using var db = await Db.CreateDbContextAsync(Ct);
        db.Vouchers.Add(new Voucher
        {
            Code = code, Kind = kind, Value = value, MinOrderCents = minOrderCents, ValidFromUtc = from ?? Now.AddDays(-1), ValidUntilUtc = until,
            SingleUsePerCustomer = singleUse,
        });
        await db.SaveChangesAsync(Ct);
        return code;
    }

    /// <summary>A new anonymous shopper with one line at a known price.</summary>
    private async Task<string> CartWithAsync(long priceCents, int quantity = 1)
    {
        var shopper = $"a:{Guid.NewGuid():N}";
        await carts.AddAsync(shopper, priceCents, quantity);
        return shopper;
    }
}
