using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Stream.Editorial;

namespace Storefront.Features.Stream;

public enum EditorialKind
{
    Story = 1,
    CareGuide = 2,
    Campaign = 3,
}

/// <summary>
/// Who an editorial card is for. One rule per card: <see cref="EditorialCard.TargetId"/> names the department,
/// category or brand, <see cref="EditorialCard.TargetTier"/> the loyalty tier.
/// </summary>
public enum EditorialAudience
{
    Everyone = 1,
    Anonymous = 2,
    SignedIn = 3,
    /// <summary>Shoppers who bought in a department (TargetId = top-level category id).</summary>
    DepartmentBuyers = 4,
    /// <summary>Shoppers who bought in a category (TargetId = category id).</summary>
    CategoryBuyers = 5,
    /// <summary>Shoppers who favourited a brand (TargetId = brand id).</summary>
    FavouriteBrand = 6,
    /// <summary>Signed-in shoppers in a loyalty tier (TargetTier = its name).</summary>
    LoyaltyTier = 7,
}

/// <summary>A merchant-written stream card (story, care guide, campaign) shown to an audience within a date window.</summary>
public sealed class EditorialCard
{
    public int Id { get; set; }
    public EditorialKind Kind { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleDe { get; set; }
    public required string BodyEn { get; set; }
    public required string BodyDe { get; set; }
    /// <summary>Relative to /assets (e.g. "editorial/care.svg"); null for a card without image.</summary>
    public string? ImagePath { get; set; }
    /// <summary>A local path ("/category/jackets") or an https address; null for a card without link.</summary>
    public string? Link { get; set; }
    public EditorialAudience Audience { get; set; }
    public int? TargetId { get; set; }
    public string? TargetTier { get; set; }
    public DateTime StartsAtUtc { get; set; }
    public DateTime EndsAtUtc { get; set; }
    /// <summary>Switched off by the merchant: stays listed in the admin, never shown.</summary>
    public bool IsActive { get; set; } = true;
    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>An active editorial card as the snapshot holds it.</summary>
public sealed record EditorialFact(
    int Id, EditorialKind Kind, string TitleEn, string TitleDe, string BodyEn, string BodyDe, string? ImagePath, string? Link,
    EditorialAudience Audience, int? TargetId, string? TargetTier, DateTime StartsAtUtc);

internal sealed class EditorialCardConfiguration : IEntityTypeConfiguration<EditorialCard>
{
    public void Configure(EntityTypeBuilder<EditorialCard> b)
    {
        b.ToTable("EditorialCards");
        b.Property(x => x.TitleEn).HasMaxLength(EditorialRules.MaxTitle);
        b.Property(x => x.TitleDe).HasMaxLength(EditorialRules.MaxTitle);
        b.Property(x => x.BodyEn).HasMaxLength(EditorialRules.MaxBody);
        b.Property(x => x.BodyDe).HasMaxLength(EditorialRules.MaxBody);
        b.Property(x => x.ImagePath).HasMaxLength(200);
        b.Property(x => x.Link).HasMaxLength(EditorialRules.MaxLink);
        b.Property(x => x.TargetTier).HasMaxLength(40);
        b.HasIndex(x => new { x.IsActive, x.EndsAtUtc });
    }
}
