using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Orders;

namespace Storefront.Features.Loyalty;

public enum LoyaltyEntryKind
{
    /// <summary>For a paid or delivered order.</summary>
    Earned = 1,
    /// <summary>Taken off an order at checkout (negative).</summary>
    Redeemed = 2,
    /// <summary>The earned points of an order that was cancelled or returned (negative).</summary>
    EarningReversed = 3,
    /// <summary>Redeemed points given back when their order was cancelled or returned.</summary>
    RedemptionRefunded = 4,
}

/// <summary>One line of an account's points ledger; the balance is the sum of its lines.</summary>
public sealed class LoyaltyEntry
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public int? OrderId { get; set; }
    public LoyaltyEntryKind Kind { get; set; }
    public int Points { get; set; }
    public DateTime AtUtc { get; set; }
}

internal sealed class LoyaltyEntryConfiguration : IEntityTypeConfiguration<LoyaltyEntry>
{
    public void Configure(EntityTypeBuilder<LoyaltyEntry> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasIndex(x => new { x.UserId, x.AtUtc });
        // Each kind happens at most once per order: earning twice, or refunding twice, is impossible.
        b.HasIndex(x => new { x.OrderId, x.Kind }).IsUnique().HasFilter("\"OrderId\" IS NOT NULL");
        b.HasOne<Order>().WithMany().HasForeignKey(x => x.OrderId).OnDelete(DeleteBehavior.SetNull);
    }
}
