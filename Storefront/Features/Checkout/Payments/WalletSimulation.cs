using Storefront.Features.Orders;

namespace Storefront.Features.Checkout.Payments;

/// <summary>
/// A redirect-style wallet (like PayPal) simulated in the shop: placing the order sends the shopper to the wallet's
/// approval page (<c>/checkout/wallet</c>), and only an approval there places the order.
/// </summary>
public sealed class WalletSimulation : IPaymentProvider
{
    public string Id => "wallet";
    public PaymentKind Kind => PaymentKind.Redirect;

    public PreparedPayment Prepare(PaymentDetailsInput input) => new(true, "wallet", null, null);

    public Task<AuthorizationResult> AuthorizeAsync(string? token, long amountCents, string idempotencyKey, bool confirmed, CancellationToken ct = default) =>
        Task.FromResult(confirmed
            ? AuthorizationResult.Approved("wal_" + idempotencyKey, PaymentState.Captured)
            : AuthorizationResult.NeedsConfirmation("wal_" + idempotencyKey));

    public Task VoidAsync(string reference, CancellationToken ct = default) => Task.CompletedTask;
}
