using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.Payments;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout;

public sealed class CheckoutServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private CheckoutService Checkout => app.Get<CheckoutService>();
    private OrderPlacement Placement => app.Get<OrderPlacement>();
    private CartService Carts => app.Get<CartService>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();

    private static readonly ShippingAddress Address = new("Erika Mustermann", "Hauptstraße 1", "20095", "Hamburg", "Germany");

    [Fact]
    public async Task Each_step_opens_only_after_the_ones_before_it_and_the_state_survives_a_reload()
    {
        var shopper = await ShopperWithCartAsync();

        Assert.Equal(CheckoutStep.Contact, (await Checkout.GetAsync(shopper, null, Ct)).FirstIncomplete);
        Assert.True((await Checkout.SaveContactAsync(shopper, " guest@example.com ", Ct)).Succeeded);
        Assert.True((await Checkout.SaveAddressAsync(shopper, Address, Ct)).Succeeded);

        var state = await Checkout.GetAsync(shopper, null, Ct);
        Assert.Equal(CheckoutStep.Shipping, state.FirstIncomplete);
        Assert.False(state.CanOpen(CheckoutStep.Review));
        Assert.True(state.CanOpen(CheckoutStep.Contact));
        Assert.Equal("guest@example.com", state.Email);
        Assert.Equal(Address, state.Address);
    }

    [Fact]
    public async Task A_signed_in_shopper_skips_the_contact_step()
    {
        var state = await Checkout.GetAsync(await ShopperWithCartAsync(), "ben@storefront.test", Ct);

        Assert.True(state.ContactDone);
        Assert.Equal(CheckoutStep.Address, state.FirstIncomplete);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("")]
    [InlineData("a@b")]
    public async Task A_bad_email_is_refused(string email)
    {
        var result = await Checkout.SaveContactAsync(await ShopperWithCartAsync(), email, Ct);

        Assert.Equal("Enter a valid email address, e.g. name@example.com.", result.For("email"));
    }

    [Fact]
    public async Task A_wrong_postcode_is_refused_and_the_saved_address_stays_as_it_was()
    {
        var shopper = await ShopperWithCartAsync();
        await Checkout.SaveContactAsync(shopper, "guest@example.com", Ct);
        await Checkout.SaveAddressAsync(shopper, Address, Ct);

        var result = await Checkout.SaveAddressAsync(shopper, Address with { PostalCode = "2009A" }, Ct);

        Assert.Equal("A German postcode has exactly 5 digits.", result.For("postalCode"));
        Assert.Equal("20095", (await Checkout.GetAsync(shopper, null, Ct)).Address.PostalCode);
    }

    [Theory]
    [InlineData("Teleport")]
    [InlineData("7")]
    [InlineData(null)]
    public async Task An_unknown_shipping_method_is_refused(string? method)
    {
        var result = await Checkout.SaveShippingAsync(await ShopperWithCartAsync(), method, Ct);

        Assert.Equal("Choose how you want your order delivered.", result.For("method"));
    }

    [Fact]
    public async Task A_declined_card_leaves_the_cart_and_places_nothing_then_a_good_card_places_the_order()
    {
        var shopper = await ReadyToPlaceAsync("4000 0000 0000 0002");
        var total = (await Placement.QuoteAsync(shopper, Storefront.Features.Orders.ShippingMethod.Standard, null, Ct)).Totals.Total.Cents;
        var key = (await Checkout.GetAsync(shopper, null, Ct)).IdempotencyKey;

        var declined = await Checkout.SubmitAsync(shopper, null, null, key, total, "http://shop.test/", ct: Ct);

        Assert.Equal(SubmitOutcome.Declined, declined.Outcome);
        Assert.Contains("declined", declined.Error);
        Assert.Equal(2, await Carts.CountAsync(shopper, Ct));
        Assert.Null(await Placement.FindPlacedAsync(shopper, key, Ct));

        Assert.True((await Checkout.SavePaymentAsync(shopper, "card", Card("4242 4242 4242 4242"), Ct)).Succeeded);
        var placed = await Checkout.SubmitAsync(shopper, null, null, key, total, "http://shop.test/", ct: Ct);

        Assert.Equal(SubmitOutcome.Placed, placed.Outcome);
        Assert.Equal(0, await Carts.CountAsync(shopper, Ct));
    }

    [Fact]
    public async Task A_card_that_needs_confirmation_is_placed_only_once_confirmed_and_a_resubmit_shows_the_same_order()
    {
        var shopper = await ReadyToPlaceAsync("4000 0000 0000 3220");
        var total = (await Placement.QuoteAsync(shopper, Storefront.Features.Orders.ShippingMethod.Standard, null, Ct)).Totals.Total.Cents;
        var key = (await Checkout.GetAsync(shopper, null, Ct)).IdempotencyKey;

        var first = await Checkout.SubmitAsync(shopper, null, null, key, total, "http://shop.test/", ct: Ct);
        Assert.Equal(SubmitOutcome.NeedsConfirmation, first.Outcome);
        Assert.Equal(2, await Carts.CountAsync(shopper, Ct));

        var confirmed = await Checkout.SubmitAsync(shopper, null, null, key, total, "http://shop.test/", confirmed: true, Ct);
        var again = await Checkout.SubmitAsync(shopper, null, null, key, total, "http://shop.test/", confirmed: true, Ct);

        Assert.Equal(SubmitOutcome.Placed, confirmed.Outcome);
        Assert.Equal(confirmed.Order!.Number, again.Order!.Number);
        // The placed checkout is gone: the next one starts fresh with a new key.
        Assert.Null((await Checkout.GetAsync(shopper, null, Ct)).IdempotencyKey);
    }

    [Fact]
    public async Task A_wallet_payment_is_placed_after_the_shopper_approves_it_and_a_signed_in_address_is_saved()
    {
        var shopper = await ShopperWithCartAsync();
        await using (var db = await Db.CreateDbContextAsync(Ct))
        {
            var ben = await db.Users.AsNoTracking().Where(u => u.Email == "ben@storefront.test").Select(u => u.Id).SingleAsync(Ct);
            Assert.True((await Checkout.SaveAddressAsync(shopper, Address with { FullName = "Ben Wallet" }, Ct)).Succeeded);
            Assert.True((await Checkout.SaveShippingAsync(shopper, "PickUpInStore", Ct)).Succeeded);
            Assert.True((await Checkout.SavePaymentAsync(shopper, "wallet", new(null, null, null, null), Ct)).Succeeded);
            var total = (await Placement.QuoteAsync(shopper, Storefront.Features.Orders.ShippingMethod.PickUpInStore, null, Ct)).Totals.Total.Cents;
            var key = (await Checkout.GetAsync(shopper, "ben@storefront.test", Ct)).IdempotencyKey;

            var redirect = await Checkout.SubmitAsync(shopper, ben, "ben@storefront.test", key, total, "http://shop.test/", ct: Ct);
            var approved = await Checkout.SubmitAsync(shopper, ben, "ben@storefront.test", key, total, "http://shop.test/", confirmed: true, Ct);

            Assert.Equal(SubmitOutcome.NeedsConfirmation, redirect.Outcome);
            Assert.Equal(SubmitOutcome.Placed, approved.Outcome);
            var saved = await Checkout.SavedAddressesAsync(ben, Ct);
            Assert.Contains(saved, a => a.Address.FullName == "Ben Wallet");
        }
    }

    [Fact]
    public async Task The_review_cannot_be_submitted_before_every_step_is_done()
    {
        var shopper = await ShopperWithCartAsync();
        await Checkout.SaveContactAsync(shopper, "guest@example.com", Ct);

        var result = await Checkout.SubmitAsync(shopper, null, null, null, 1000, "http://shop.test/", ct: Ct);

        Assert.Equal(SubmitOutcome.Failed, result.Outcome);
        Assert.Equal(CheckoutStep.Address, result.FixAt);
    }

    [Fact]
    public async Task Steps_left_are_recorded_for_the_funnel()
    {
        var shopper = await ShopperWithCartAsync();
        await Checkout.SaveContactAsync(shopper, "guest@example.com", Ct);
        Checkout.Reached(shopper, CheckoutStep.Address);
        await app.Get<ShopperSignals>().FlushAsync(Ct);

        await using var db = await Db.CreateDbContextAsync(Ct);
        var events = await db.ShopperEvents.AsNoTracking().Where(e => e.OwnerKey == shopper).Select(e => new { e.Kind, e.Context }).ToListAsync(Ct);
        Assert.Contains(events, e => e.Kind == ShopperEventKind.CheckoutStepLeft && e.Context == "checkout:contact");
        Assert.Contains(events, e => e.Kind == ShopperEventKind.CheckoutStepReached && e.Context == "checkout:address");
    }

    private static PaymentDetailsInput Card(string number) => new(number, "12/39", "123", "Erika Mustermann");

    private async Task<string> ReadyToPlaceAsync(string cardNumber)
    {
        var shopper = await ShopperWithCartAsync();
        Assert.True((await Checkout.SaveContactAsync(shopper, "guest@example.com", Ct)).Succeeded);
        Assert.True((await Checkout.SaveAddressAsync(shopper, Address, Ct)).Succeeded);
        Assert.True((await Checkout.SaveShippingAsync(shopper, "Standard", Ct)).Succeeded);
        Assert.True((await Checkout.SavePaymentAsync(shopper, "card", Card(cardNumber), Ct)).Succeeded);
        return shopper;
    }

    private async Task<string> ShopperWithCartAsync()
    {
        var shopper = $"a:{Guid.NewGuid():N}";
        await using var db = await Db.CreateDbContextAsync(Ct);
        var variant = await db.Variants.AsNoTracking().Where(v => v.Stock >= 20 && !v.Product!.IsArchived).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync(Ct);
        Assert.True((await Carts.AddAsync(shopper, variant, 2, Ct)).Succeeded);
        return shopper;
    }
}
