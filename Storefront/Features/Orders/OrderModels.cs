using Storefront.Common;

namespace Storefront.Features.Orders;

public sealed record OrderSummary(string Number, DateTime PlacedAtUtc, OrderStatus Status, Money Total, int ItemCount);

public sealed record OrderLineView(int ProductId, int VariantId, string ProductName, string Sku, string Size, string Colour, Money UnitPrice, int Quantity)
{
    public Money LineTotal => UnitPrice * Quantity;
}

/// <summary>A step of the timeline: reached (with when, if known) or still to come.</summary>
public sealed record TimelineEntry(OrderStatus Status, DateTime? AtUtc, bool Reached);

public sealed record OrderDetails(
    string Number,
    DateTime PlacedAtUtc,
    OrderStatus Status,
    string Email,
    IReadOnlyList<OrderLineView> Lines,
    Money Subtotal,
    Money Shipping,
    Money Discount,
    Money Total,
    Money Vat,
    string? ShipToName,
    string? ShipToStreet,
    string? ShipToPostalCode,
    string? ShipToCity,
    string? ShipToCountry,
    ShippingMethod? ShippingMethod,
    DateOnly? DeliveryEarliest,
    DateOnly? DeliveryLatest,
    string? PaymentProvider,
    string? CardLast4,
    string? AccessToken,
    IReadOnlyList<TimelineEntry> Timeline,
    string? VoucherCode = null,
    int PointsRedeemed = 0);

public sealed record ReorderResult(int Added, IReadOnlyList<string> NotAvailable);
