using Storefront.Features.Orders;

namespace Storefront.Features.Checkout;

/// <summary>The checkout steps in order; confirmation follows once the order is placed.</summary>
public enum CheckoutStep
{
    Contact = 1,
    Address = 2,
    Shipping = 3,
    Payment = 4,
    Review = 5,
}

/// <summary>What the shopper has entered so far and which steps are done.</summary>
public sealed record CheckoutState(
    string? Email,
    bool ContactDone,
    ShippingAddress Address,
    bool AddressDone,
    ShippingMethod? Shipping,
    string? PaymentProvider,
    string? CardLast4,
    bool PaymentDone,
    string? IdempotencyKey)
{
    public static readonly CheckoutState Empty = new(null, false, ShippingAddress.From(null, null, null, null, null), false, null, null, null, false, null);

    public bool IsDone(CheckoutStep step) => step switch
    {
        CheckoutStep.Contact => ContactDone,
        CheckoutStep.Address => AddressDone,
        CheckoutStep.Shipping => Shipping is not null,
        CheckoutStep.Payment => PaymentDone,
        _ => false,
    };

    /// <summary>The first step not done yet (Review when all are done).</summary>
    public CheckoutStep FirstIncomplete => Enum.GetValues<CheckoutStep>().FirstOrDefault(s => !IsDone(s), CheckoutStep.Review);

    /// <summary>A step may be opened once every step before it is done.</summary>
    public bool CanOpen(CheckoutStep step) => step <= FirstIncomplete;
}

/// <summary>The outcome of saving a step: done, or messages per field (the posted values are kept by the page).</summary>
public sealed record StepResult(IReadOnlyList<FieldProblem> Problems)
{
    public static readonly StepResult Ok = new([]);
    public bool Succeeded => Problems.Count == 0;
    public string? For(string field) => Problems.FirstOrDefault(p => p.Field == field)?.Message;
    public static StepResult Fail(string field, string message) => new([new FieldProblem(field, message)]);
}

public enum SubmitOutcome
{
    Placed,
    /// <summary>The payment needs the shopper's confirmation first (3-D Secure, wallet): go to the confirmation page.</summary>
    NeedsConfirmation,
    Declined,
    Failed,
}

public sealed record SubmitResult(SubmitOutcome Outcome, PlacedOrder? Order, string? Error, CheckoutStep? FixAt = null);

public sealed record SavedAddressView(int Id, ShippingAddress Address);
