using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout;
using Storefront.Features.Loyalty;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Loyalty;

public sealed class LoyaltyCheckoutTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly PricedCarts carts = new(app, stride: 11);

    private OrderPlacement Placement => app.Get<OrderPlacement>();
    private CheckoutService Checkout => app.Get<CheckoutService>();
    private OrderTracking Tracking => app.Get<OrderTracking>();
    private LoyaltyService Loyalty => app.Get<LoyaltyService>();
    private CartService Carts => app.Get<CartService>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();

    [Fact]
    public async Task Points_are_earned_once_the_order_is_paid_and_taken_back_when_it_is_cancelled()
    {
        var (userId, owner) = await ShopperWithCartAsync(priceCents: 3250);
        var placed = await PlaceAsync(owner, userId);
        Assert.Equal(0, (await Loyalty.StandingAsync(userId, Ct)).Balance); // invoice: not paid yet

        Assert.True(await Tracking.SetStatusAsync(placed.Number, OrderStatus.Paid, Ct));
        var paid = await Loyalty.StandingAsync(userId, Ct);
        Assert.True(await Tracking.SetStatusAsync(placed.Number, OrderStatus.Cancelled, Ct));
        var cancelled = await Loyalty.StandingAsync(userId, Ct);

        Assert.Equal(32, paid.Balance);
        Assert.Equal(32, paid.TierPoints);
        Assert.Equal(0, cancelled.Balance);
        Assert.Equal(0, cancelled.TierPoints);
    }

    [Fact]
    public async Task Redeemed_points_come_off_the_total_and_are_given_back_when_the_order_is_cancelled()
    {
        var (userId, owner) = await ShopperWithCartAsync(priceCents: 3000);
        await GrantAsync(userId, 1000);
        Assert.True((await Checkout.SaveShippingAsync(owner, "Standard", Ct)).Succeeded);

        var saved = await Checkout.SavePointsAsync(owner, userId, " 500 ", Ct);
        var quote = await Placement.QuoteAsync(owner, ShippingMethod.Standard, null, Ct);
        var placed = await PlaceAsync(owner, userId, quote.Totals.Total.Cents);

        Assert.True(saved.Succeeded);
        Assert.Equal(500, quote.PointsUsed);
        Assert.Equal(500, quote.Totals.Discount.Cents);
        Assert.Equal(3000 + 495 - 500, quote.Totals.Total.Cents);
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            Assert.Equal(500, await db.Orders.Where(o => o.Number == placed.Number).Select(o => o.PointsRedeemed).SingleAsync(Ct));
        }
        Assert.Equal(500, (await Loyalty.StandingAsync(userId, Ct)).Balance);
        Assert.True(await Tracking.SetStatusAsync(placed.Number, OrderStatus.Cancelled, Ct));
        Assert.Equal(1000, (await Loyalty.StandingAsync(userId, Ct)).Balance);
    }

    [Theory]
    [InlineData("400", "You have 300 points; you can't use more than that.")]
    [InlineData("-5", "Enter a whole number of points (0 or more).")]
    [InlineData("1.5", "Enter a whole number of points (0 or more).")]
    [InlineData("", "Enter a whole number of points (0 or more).")]
    public async Task Points_that_cannot_be_used_are_refused_with_a_message(string posted, string message)
    {
        var (userId, owner) = await ShopperWithCartAsync(priceCents: 3000);
        await GrantAsync(userId, 300);
        await Checkout.SaveShippingAsync(owner, "Standard", Ct);

        var result = await Checkout.SavePointsAsync(owner, userId, posted, Ct);

        Assert.Equal(message, result.For("points"));
    }

    [Fact]
    public async Task Points_pay_for_goods_only_and_guests_have_none()
    {
        var (userId, owner) = await ShopperWithCartAsync(priceCents: 200);
        await GrantAsync(userId, 300);
        await Checkout.SaveShippingAsync(owner, "Standard", Ct);

        var tooMany = await Checkout.SavePointsAsync(owner, userId, "250", Ct);
        var guest = await Checkout.SavePointsAsync($"a:{Guid.NewGuid():N}", null, "10", Ct);

        Assert.Equal("You can use up to 200 points on this order.", tooMany.For("points"));
        Assert.Equal("Sign in to collect and use points.", guest.For("points"));
    }

    [Fact]
    public async Task Points_spent_elsewhere_since_the_review_stop_the_order_with_a_message()
    {
        var (userId, owner) = await ShopperWithCartAsync(priceCents: 3000);
        await GrantAsync(userId, 500);
        await Checkout.SaveShippingAsync(owner, "Standard", Ct);
        Assert.True((await Checkout.SavePointsAsync(owner, userId, "500", Ct)).Succeeded);
        var seen = await Placement.QuoteAsync(owner, ShippingMethod.Standard, null, Ct);
        await GrantAsync(userId, -400); // another tab's order used them

        var result = await Placement.PlaceAsync(Command(owner, userId, seen.Totals.Total.Cents), Ct);

        Assert.Equal(PlaceOrderOutcome.Invalid, result.Outcome);
        Assert.Equal("You can use up to 100 points on this order.", result.Error);
        Assert.Equal(1, await Carts.CountAsync(owner, Ct));
    }

    [Theory]
    [InlineData(0, 4000, 495)]    // base: the shop's €50 threshold
    [InlineData(500, 3000, 495)]  // Silver below its €35
    [InlineData(500, 4000, 0)]    // Silver above its €35
    [InlineData(1500, 1000, 0)]   // Gold: always free standard shipping
    public async Task Tiers_lower_the_free_shipping_threshold(int earnedPoints, long priceCents, long shippingCents)
    {
        var (userId, owner) = await ShopperWithCartAsync(priceCents);
        if (earnedPoints > 0)
        {
            await GrantAsync(userId, earnedPoints);
        }

        var quote = await Placement.QuoteAsync(owner, ShippingMethod.Standard, null, Ct);

        Assert.Equal(shippingCents, quote.Totals.Shipping.Cents);
    }

    private async Task<PlacedOrder> PlaceAsync(string owner, string userId, long? expected = null)
    {
        var result = await Placement.PlaceAsync(Command(owner, userId, expected), Ct);
        Assert.True(result.Outcome == PlaceOrderOutcome.Placed, result.Error);
        return result.Order!;
    }

    private static PlaceOrderCommand Command(string owner, string userId, long? expected) =>
        new(owner, Guid.NewGuid().ToString("N"), userId, $"{userId}@example.com",
            new ShippingAddress("Erika Mustermann", "Hauptstraße 1", "20095", "Hamburg", "Germany"), ShippingMethod.Standard,
            new ApprovedPayment("invoice", "inv_test", null, PaymentState.Pending), expected, "http://shop.test/");

    /// <summary>Earned points (dated now, so they count for the tier), or spent ones when negative.</summary>
    private async Task GrantAsync(string userId, int points)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        db.LoyaltyEntries.Add(new LoyaltyEntry
        {
            UserId = userId, Kind = points > 0 ? LoyaltyEntryKind.Earned : LoyaltyEntryKind.Redeemed, Points = points, AtUtc = app.Time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A new account (by id; orders and points need no user row) with one line at a known price.</summary>
    private async Task<(string UserId, string Owner)> ShopperWithCartAsync(long priceCents)
    {
        var userId = Guid.NewGuid().ToString();
        await carts.AddAsync($"u:{userId}", priceCents);
        return (userId, $"u:{userId}");
    }
}
