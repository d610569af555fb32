using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Catalog;

namespace Storefront.Features.Orders;

public enum OrderStatus
{
    Placed = 1,
    Paid = 2,
    Shipped = 3,
    Delivered = 4,
    Cancelled = 5,
    Returned = 6,
    /// <summary>Picked and packed in the warehouse, waiting for the carrier.</summary>
    Packed = 7,
    /// <summary>
    /// A timeline step only, never an order's status: the shopper asked to return items (a <c>ReturnRequest</c>).
    /// The order stays delivered until the goods are back.
    /// </summary>
    ReturnRequested = 8,
}

/// <summary>How an order reaches the shopper.</summary>
public enum ShippingMethod
{
    Standard = 1,
    Express = 2,
    PickUpInStore = 3,
}

/// <summary>A placed order. Amounts are euro cents incl. VAT.</summary>
public sealed class Order
{
    public int Id { get; set; }
    public required string Number { get; set; }
    public string? UserId { get; set; }
    public required string Email { get; set; }
    public OrderStatus Status { get; set; }
    public DateTime PlacedAtUtc { get; set; }
    public long SubtotalCents { get; set; }
    public long ShippingCents { get; set; }
    public long DiscountCents { get; set; }
    public long TotalCents { get; set; }
    public long VatCents { get; set; }
    public List<OrderLine> Lines { get; set; } = [];

    // Added by checkout; null on historical (seeded) orders.

    /// <summary>The checkout's idempotency key: a second submit of the same checkout finds this order instead of creating another.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>"u:{userId}" or "a:{anonymousId}" of the shopper who placed it.</summary>
    public string? OwnerKey { get; set; }
    /// <summary>Unguessable token in the guest's link to the order page (from the confirmation mail).</summary>
    public string? AccessToken { get; set; }
    /// <summary>UI language at checkout ("en"/"de"): the language of mails about this order.</summary>
    public string? Culture { get; set; }
    public string? ShipToName { get; set; }
    public string? ShipToStreet { get; set; }
    public string? ShipToPostalCode { get; set; }
    public string? ShipToCity { get; set; }
    /// <summary>Country by its English name (see <c>Localization.Countries</c>).</summary>
    public string? ShipToCountry { get; set; }
    public ShippingMethod? ShippingMethod { get; set; }
    public DateOnly? DeliveryEarliest { get; set; }
    public DateOnly? DeliveryLatest { get; set; }
    /// <summary>The voucher that gave <see cref="DiscountCents"/>, if any.</summary>
    public string? VoucherCode { get; set; }
    /// <summary>Loyalty points taken off this order (part of <see cref="DiscountCents"/>).</summary>
    public int PointsRedeemed { get; set; }
    public List<OrderStatusChange> StatusChanges { get; set; } = [];
    public List<OrderPayment> Payments { get; set; } = [];
}

/// <summary>One step of an order's timeline (placed → paid → packed → shipped → delivered, or cancelled/returned).</summary>
public sealed class OrderStatusChange
{
    public long Id { get; set; }
    public int OrderId { get; set; }
    public OrderStatus Status { get; set; }
    public DateTime AtUtc { get; set; }
}

public enum PaymentState
{
    /// <summary>Pay later (invoice): nothing to collect yet.</summary>
    Pending = 1,
    Authorized = 2,
    Captured = 3,
    Voided = 4,
}

/// <summary>How an order is paid. Never holds a card number: only the provider's token and the last four digits.</summary>
public sealed class OrderPayment
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    /// <summary>The provider's id from configuration ("invoice", "card", "wallet").</summary>
    public required string Provider { get; set; }
    /// <summary>The provider's reference for this payment (authorisation or token).</summary>
    public required string Reference { get; set; }
    public string? CardLast4 { get; set; }
    public PaymentState State { get; set; }
    public long AmountCents { get; set; }
    public DateTime AtUtc { get; set; }
}

/// <summary>What was bought, as it was at the time (name and price are snapshots).</summary>
public sealed class OrderLine
{
    public int Id { get; set; }
    public int OrderId { get; set; }
    public int ProductId { get; set; }
    public int VariantId { get; set; }
    public required string ProductName { get; set; }
    public required string Sku { get; set; }
    public required string Size { get; set; }
    public required string Colour { get; set; }
    public long UnitPriceCents { get; set; }
    public int Quantity { get; set; }
    public int VatRatePercent { get; set; }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> b)
    {
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => new { x.UserId, x.PlacedAtUtc });
        b.HasIndex(x => x.PlacedAtUtc);
        b.Property(x => x.Number).HasMaxLength(20);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.OrderId);
        b.HasIndex(x => x.IdempotencyKey).IsUnique();
        b.HasIndex(x => x.AccessToken).IsUnique();
        b.Property(x => x.IdempotencyKey).HasMaxLength(64);
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.Property(x => x.AccessToken).HasMaxLength(64);
        b.Property(x => x.Culture).HasMaxLength(10);
        b.Property(x => x.VoucherCode).HasMaxLength(32);
        b.Property(x => x.ShipToName).HasMaxLength(100);
        b.Property(x => x.ShipToStreet).HasMaxLength(100);
        b.Property(x => x.ShipToPostalCode).HasMaxLength(10);
        b.Property(x => x.ShipToCity).HasMaxLength(60);
        b.Property(x => x.ShipToCountry).HasMaxLength(60);
        b.HasMany(x => x.StatusChanges).WithOne().HasForeignKey(x => x.OrderId);
        b.HasMany(x => x.Payments).WithOne().HasForeignKey(x => x.OrderId);
    }
}

internal sealed class OrderStatusChangeConfiguration : IEntityTypeConfiguration<OrderStatusChange>
{
    public void Configure(EntityTypeBuilder<OrderStatusChange> b) => b.HasIndex(x => new { x.OrderId, x.AtUtc });
}

internal sealed class OrderPaymentConfiguration : IEntityTypeConfiguration<OrderPayment>
{
    public void Configure(EntityTypeBuilder<OrderPayment> b)
    {
        b.Property(x => x.Provider).HasMaxLength(40);
        b.Property(x => x.Reference).HasMaxLength(80);
        b.Property(x => x.CardLast4).HasMaxLength(4);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> b)
    {
        b.HasIndex(x => x.ProductId);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Variant>().WithMany().HasForeignKey(x => x.VariantId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.ProductName).HasMaxLength(200);
        b.Property(x => x.Sku).HasMaxLength(40);
        b.Property(x => x.Size).HasMaxLength(20);
        b.Property(x => x.Colour).HasMaxLength(40);
    }
}
