using Storefront.Features.Orders;

namespace Storefront.Features.Checkout.Payments;

/// <summary>Pay later by bank transfer within 14 days: always accepted, nothing collected at checkout.</summary>
public sealed class InvoicePayment : IPaymentProvider
{
    public string Id => "invoice";
    public PaymentKind Kind => PaymentKind.Invoice;

    public PreparedPayment Prepare(PaymentDetailsInput input) => new(true, "invoice", null, null);

    public Task<AuthorizationResult> AuthorizeAsync(string? token, long amountCents, string idempotencyKey, bool confirmed, CancellationToken ct = default) =>
        Task.FromResult(AuthorizationResult.Approved("inv_" + idempotencyKey, PaymentState.Pending));

    public Task VoidAsync(string reference, CancellationToken ct = default) => Task.CompletedTask;
}
