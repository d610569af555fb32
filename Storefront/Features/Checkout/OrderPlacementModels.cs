using Storefront.Common;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Features.Orders;

namespace Storefront.Features.Checkout;

/// <summary>How the order is paid, as the payment provider approved it.</summary>
public sealed record ApprovedPayment(string Provider, string Reference, string? CardLast4, PaymentState State);

/// <summary>
/// Everything needed to turn a shopper's cart into an order. Prices are not part of it: they are read from the
/// catalog inside the placing transaction. <see cref="ExpectedTotalCents"/> is the total the shopper saw on the review
/// step; if the catalog now says otherwise, nothing is placed and the shopper is asked to look again.
/// </summary>
public sealed record PlaceOrderCommand(
    string OwnerKey,
    string IdempotencyKey,
    string? UserId,
    string Email,
    ShippingAddress Address,
    ShippingMethod Shipping,
    ApprovedPayment Payment,
    long? ExpectedTotalCents,
    string SiteBaseUrl);

public enum PlaceOrderOutcome
{
    Placed,
    /// <summary>This checkout (idempotency key) had already placed its order; that order is returned.</summary>
    AlreadyPlaced,
    CartEmpty,
    /// <summary>A line is sold out or has fewer units left than wanted (someone was faster).</summary>
    SoldOut,
    /// <summary>A product was taken out of the catalog.</summary>
    Unavailable,
    /// <summary>The total differs from the one the shopper confirmed.</summary>
    PriceChanged,
    Invalid,
    /// <summary>Too much contention; nothing was placed and the shopper may simply try again.</summary>
    Busy,
}

public sealed record PlacedOrder(int Id, string Number, string AccessToken, Money Total);

public sealed record PlaceOrderResult(PlaceOrderOutcome Outcome, PlacedOrder? Order, string? Error)
{
    public bool Succeeded => Outcome is PlaceOrderOutcome.Placed or PlaceOrderOutcome.AlreadyPlaced;
    public static PlaceOrderResult Fail(PlaceOrderOutcome outcome, string error) => new(outcome, null, error);
}

/// <summary>A cart line priced from the catalog now, with whatever stands in the way of buying it.</summary>
public sealed record QuoteLine(
    int VariantId, int ProductId, string ProductSlug, string ProductName, string Size, string Colour, string ImagePath,
    Money UnitPrice, int Quantity, int VatRatePercent, int Stock, bool Unavailable)
{
    public Money LineTotal => UnitPrice * Quantity;
    public bool SoldOut => !Unavailable && Stock < Quantity;
}

/// <summary>What the cart would cost with a shipping method (and the cart's voucher, when it applies), as the review step shows it.</summary>
/// <param name="PointsUsed">Loyalty points taken off (worth <paramref name="PointsValue"/>, part of the totals' discount).</param>
/// <param name="PointsRequested">What the shopper asked for; more than <paramref name="PointsUsed"/> when they no longer own that many.</param>
public sealed record CheckoutQuote(IReadOnlyList<QuoteLine> Lines, OrderTotals Totals, ShippingMethod Shipping, VoucherEffect? Voucher = null,
    int PointsUsed = 0, Money PointsValue = default, int PointsRequested = 0)
{
    public Money VoucherDiscount => Totals.Discount - PointsValue;

    public bool IsEmpty => Lines.Count == 0;
    public bool HasProblems => Lines.Any(l => l.Unavailable || l.SoldOut);
}
