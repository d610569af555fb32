using Storefront.Features.Checkout.Payments;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout;

public sealed class SandboxCardGatewayTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private IPaymentProvider Card => app.Get<PaymentProviders>().Find("card")!;

    private PreparedPayment Prepare(string number, string expiry = "12/39") => Card.Prepare(new PaymentDetailsInput(number, expiry, "123", "Erika Mustermann"));

    [Theory]
    [InlineData("4242424242424242", true)]
    [InlineData("4242 4242 4242 4241", false)]
    [InlineData("4000 0000 0000 0002", true)]
    [InlineData("abcd", false)]
    [InlineData("", false)]
    public void Card_numbers_must_pass_the_Luhn_check(string number, bool valid)
    {
        var prepared = Prepare(number);

        Assert.Equal(valid, prepared.Succeeded);
        if (!valid)
        {
            Assert.Equal("number", prepared.Field);
        }
    }

    [Fact]
    public void Only_a_token_and_the_last_four_digits_are_kept()
    {
        var prepared = Prepare("4242 4242 4242 4242");

        Assert.Equal("4242", prepared.CardLast4);
        Assert.DoesNotContain("424242424242", prepared.Token);
    }

    [Fact]
    public async Task The_test_numbers_approve_decline_or_ask_for_confirmation()
    {
        var ok = await Card.AuthorizeAsync(Prepare("4242 4242 4242 4242").Token, 1000, "k1", confirmed: false, Ct);
        var declined = await Card.AuthorizeAsync(Prepare("4000 0000 0000 0002").Token, 1000, "k2", confirmed: false, Ct);
        var confirm = Prepare("4000 0000 0000 3220").Token;
        var first = await Card.AuthorizeAsync(confirm, 1000, "k3", confirmed: false, Ct);
        var afterConfirming = await Card.AuthorizeAsync(confirm, 1000, "k3", confirmed: true, Ct);

        Assert.Equal(AuthorizationStatus.Approved, ok.Status);
        Assert.Equal(PaymentState.Captured, ok.State);
        Assert.Equal(AuthorizationStatus.Declined, declined.Status);
        Assert.Contains("declined", declined.DeclineReason);
        Assert.Equal(AuthorizationStatus.RequiresConfirmation, first.Status);
        Assert.Equal(AuthorizationStatus.Approved, afterConfirming.Status);
    }

    [Theory]
    [InlineData("13/30")]
    [InlineData("01/20")]
    [InlineData("1230")]
    public void Expired_or_malformed_expiry_dates_are_refused(string expiry)
    {
        var prepared = Prepare("4242424242424242", expiry);

        Assert.False(prepared.Succeeded);
        Assert.Equal("expiry", prepared.Field);
    }
}
