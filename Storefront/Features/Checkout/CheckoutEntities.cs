using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Orders;

namespace Storefront.Features.Checkout;

/// <summary>
/// What a shopper has entered in checkout so far, one row per shopper (owner key), so a reload, a back link or a
/// second tab keeps everything. <see cref="IdempotencyKey"/> identifies this checkout's order: it is replaced only
/// once that order exists, so a double submit finds the same order.
/// </summary>
public sealed class CheckoutSession
{
    public int Id { get; set; }
    /// <summary>"u:{userId}" or "a:{anonymousId}".</summary>
    public required string OwnerKey { get; set; }
    public required string IdempotencyKey { get; set; }
    public string? Email { get; set; }
    /// <summary>The shopper chose to continue without an account (or is signed in).</summary>
    public bool ContactDone { get; set; }
    public string? FullName { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    /// <summary>Country by its English name.</summary>
    public string? Country { get; set; }
    public bool AddressDone { get; set; }
    public ShippingMethod? ShippingMethod { get; set; }
    /// <summary>Payment provider id ("invoice", "card", "wallet").</summary>
    public string? PaymentProvider { get; set; }
    /// <summary>The provider's token for the shopper's payment details (never a card number).</summary>
    public string? PaymentToken { get; set; }
    public string? CardLast4 { get; set; }
    /// <summary>Loyalty points the shopper wants taken off (accounts only).</summary>
    public int? PointsToRedeem { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>An address an account has shipped to, offered again at the next checkout.</summary>
public sealed class SavedAddress
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string FullName { get; set; }
    public required string Street { get; set; }
    public required string PostalCode { get; set; }
    public required string City { get; set; }
    public required string Country { get; set; }
    public DateTime LastUsedAtUtc { get; set; }
}

internal sealed class CheckoutSessionConfiguration : IEntityTypeConfiguration<CheckoutSession>
{
    public void Configure(EntityTypeBuilder<CheckoutSession> b)
    {
        b.HasIndex(x => x.OwnerKey).IsUnique();
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.Property(x => x.IdempotencyKey).HasMaxLength(64);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.FullName).HasMaxLength(100);
        b.Property(x => x.Street).HasMaxLength(100);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.City).HasMaxLength(60);
        b.Property(x => x.Country).HasMaxLength(60);
        b.Property(x => x.PaymentProvider).HasMaxLength(40);
        b.Property(x => x.PaymentToken).HasMaxLength(80);
        b.Property(x => x.CardLast4).HasMaxLength(4);
    }
}

internal sealed class SavedAddressConfiguration : IEntityTypeConfiguration<SavedAddress>
{
    public void Configure(EntityTypeBuilder<SavedAddress> b)
    {
        b.HasIndex(x => new { x.UserId, x.LastUsedAtUtc });
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.FullName).HasMaxLength(100);
        b.Property(x => x.Street).HasMaxLength(100);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.City).HasMaxLength(60);
        b.Property(x => x.Country).HasMaxLength(60);
    }
}
