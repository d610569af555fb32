using Storefront.Features.Orders;

namespace Storefront.Features.Checkout.Payments;

public enum PaymentKind
{
    /// <summary>Pay later; nothing to enter.</summary>
    Invoice = 1,
    /// <summary>Card details entered in the payment step.</summary>
    Card = 2,
    /// <summary>The shopper approves the payment on the provider's page and comes back.</summary>
    Redirect = 3,
}

/// <summary>What the shopper entered for a payment method (only card fields so far).</summary>
public sealed record PaymentDetailsInput(string? CardNumber, string? Expiry, string? Cvc, string? Holder);

/// <summary>The provider's token for the payment details, or why they were refused.</summary>
public sealed record PreparedPayment(bool Succeeded, string? Token, string? CardLast4, string? Error, string? Field = null)
{
    public static PreparedPayment Fail(string error, string field) => new(false, null, null, error, field);
}

public enum AuthorizationStatus
{
    Approved,
    Declined,
    /// <summary>The shopper must confirm (3-D Secure, wallet approval) before the payment can be approved.</summary>
    RequiresConfirmation,
}

/// <summary>The provider's answer to "take this amount". <see cref="Reference"/> identifies the payment at the provider.</summary>
public sealed record AuthorizationResult(AuthorizationStatus Status, string? Reference, PaymentState State, string? DeclineReason)
{
    public static AuthorizationResult Approved(string reference, PaymentState state) => new(AuthorizationStatus.Approved, reference, state, null);
    public static AuthorizationResult Declined(string reason) => new(AuthorizationStatus.Declined, null, PaymentState.Voided, reason);
    public static AuthorizationResult NeedsConfirmation(string reference) => new(AuthorizationStatus.RequiresConfirmation, reference, PaymentState.Pending, null);
}

/// <summary>
/// A way to pay. Checkout only talks to this port; a real provider is one more implementation registered in
/// <see cref="PaymentServiceCollectionExtensions"/> and named in the "Payments:Providers" config list.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>Stable id stored with sessions and orders ("invoice", "card", "wallet").</summary>
    string Id { get; }

    PaymentKind Kind { get; }

    /// <summary>Checks and tokenises the shopper's details in the payment step. Must never keep a card number.</summary>
    PreparedPayment Prepare(PaymentDetailsInput input);

    /// <summary>Takes <paramref name="amountCents"/> with the prepared token; <paramref name="confirmed"/> after the shopper confirmed.</summary>
    Task<AuthorizationResult> AuthorizeAsync(string? token, long amountCents, string idempotencyKey, bool confirmed, CancellationToken ct = default);

    /// <summary>Releases an authorisation that did not become an order (sold out meanwhile, duplicate submit).</summary>
    Task VoidAsync(string reference, CancellationToken ct = default);
}
