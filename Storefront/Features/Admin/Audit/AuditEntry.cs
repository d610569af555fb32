using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Admin.Audit;

/// <summary>One merchant change: who made it, when, to what, and the entity before and after (JSON). Append-only.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary>What kind of thing changed: "Product", "Order" …</summary>
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    /// <summary>"Created", "Updated", "Archived", "Restored", "BulkPriceChange", "StatusChanged" …</summary>
    public required string Action { get; set; }
    /// <summary>A short human-readable line for the list ("Trail runner X – 2 prices changed").</summary>
    public required string Summary { get; set; }
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.HasIndex(x => x.AtUtc);
        b.HasIndex(x => new { x.EntityType, x.EntityId });
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.EntityType).HasMaxLength(40);
        b.Property(x => x.EntityId).HasMaxLength(60);
        b.Property(x => x.Action).HasMaxLength(40);
        b.Property(x => x.Summary).HasMaxLength(400);
    }
}
