using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Catalog;

namespace Storefront.Features.Stream;

public enum StreamMarkKind
{
    /// <summary>The shopper dismissed one card; <see cref="StreamMark.Key"/> is the card key ("rebuy-123").</summary>
    Dismissed = 1,
    /// <summary>"Show fewer like this"; <see cref="StreamMark.Key"/> is the card kind ("PriceDrop").</summary>
    FewerOfKind = 2,
    /// <summary>
    /// The stream saw a product the shopper wanted (favourite, repeated views) sold out; <see cref="StreamMark.Key"/>
    /// is the product id. Once it is in stock again the shopper gets a back-in-stock card.
    /// </summary>
    SeenSoldOut = 3,
}

/// <summary>What the stream remembers per shopper (owner key "u:…" or "a:…"); merged into the account at sign-in.</summary>
public sealed class StreamMark
{
    public long Id { get; set; }
    public required string OwnerKey { get; set; }
    public StreamMarkKind Kind { get; set; }
    public required string Key { get; set; }
    public int? ProductId { get; set; }
    public DateTime AtUtc { get; set; }
}

internal sealed class StreamMarkConfiguration : IEntityTypeConfiguration<StreamMark>
{
    public void Configure(EntityTypeBuilder<StreamMark> b)
    {
        b.ToTable("StreamMarks");
        b.HasIndex(x => new { x.OwnerKey, x.Kind, x.Key }).IsUnique();
        b.Property(x => x.OwnerKey).HasMaxLength(80);
        b.Property(x => x.Key).HasMaxLength(60);
        b.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}
