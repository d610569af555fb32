using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Mail;

/// <summary>A mail the shop wants to send. Written in the same transaction as what caused it; a sender delivers it later.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    /// <summary>What the mail is for ("confirm-email", "reset-password", …).</summary>
    public required string Kind { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.HasIndex(x => x.CreatedAtUtc);
        b.Property(x => x.To).HasMaxLength(256);
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Kind).HasMaxLength(40);
    }
}
