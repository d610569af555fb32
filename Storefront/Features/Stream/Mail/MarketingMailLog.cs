using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Stream.Mail;

/// <summary>
/// One marketing mail the shop queued. The unique (UserId, Kind, Key) makes "send at most once" hold even if two
/// runs overlap: the weekly mail's key is the day it went out, a cart reminder's key is the cart state it was about.
/// </summary>
public sealed class MarketingMailLog
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string Kind { get; set; }
    public required string Key { get; set; }
    public DateTime SentAtUtc { get; set; }
}

/// <summary>The kinds of marketing mail; also the unsubscribe token's "kind".</summary>
public static class MarketingMailKinds
{
    public const string Weekly = "stream-weekly";
    public const string CartReminder = "cart-reminder";
    public static bool IsKnown(string? kind) => kind is Weekly or CartReminder;
}

internal sealed class MarketingMailLogConfiguration : IEntityTypeConfiguration<MarketingMailLog>
{
    public void Configure(EntityTypeBuilder<MarketingMailLog> b)
    {
        b.ToTable("MarketingMailLog");
        b.HasIndex(x => new { x.UserId, x.Kind, x.Key }).IsUnique();
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Kind).HasMaxLength(40);
        b.Property(x => x.Key).HasMaxLength(80);
        b.HasOne<Accounts.ApplicationUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
