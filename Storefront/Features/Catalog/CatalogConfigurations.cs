using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Catalog;

internal sealed class BrandConfiguration : IEntityTypeConfiguration<Brand>
{
    public void Configure(EntityTypeBuilder<Brand> b)
    {
        b.HasIndex(x => x.Slug).IsUnique();
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Country).HasMaxLength(60);
        b.Property(x => x.Colour).HasMaxLength(9);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.DescriptionDe).HasMaxLength(2000);
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.HasIndex(x => x.Slug).IsUnique();
        b.Property(x => x.Slug).HasMaxLength(80);
        b.Property(x => x.NameEn).HasMaxLength(120);
        b.Property(x => x.NameDe).HasMaxLength(120);
        b.HasOne(x => x.Parent).WithMany(x => x.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.HasIndex(x => x.Slug).IsUnique();
        b.HasIndex(x => new { x.CategoryId, x.IsArchived });
        b.HasIndex(x => x.BrandId);
        b.HasIndex(x => x.CreatedAtUtc);
        b.HasIndex(x => x.UnitsSold90Days);
        b.Property(x => x.Slug).HasMaxLength(160);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.NameDe).HasMaxLength(200);
        b.Property(x => x.DescriptionEn).HasMaxLength(8000);
        b.Property(x => x.DescriptionDe).HasMaxLength(8000);
        b.Property(x => x.Origin).HasMaxLength(60);
        b.Property(x => x.MaterialEn).HasMaxLength(400);
        b.Property(x => x.MaterialDe).HasMaxLength(400);
        b.Property(x => x.CareEn).HasMaxLength(400);
        b.Property(x => x.CareDe).HasMaxLength(400);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Brand).WithMany().HasForeignKey(x => x.BrandId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Variants).WithOne(x => x.Product).HasForeignKey(x => x.ProductId);
        b.HasMany(x => x.Images).WithOne().HasForeignKey(x => x.ProductId);
        b.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.ProductId);
    }
}

internal sealed class VariantConfiguration : IEntityTypeConfiguration<Variant>
{
    public void Configure(EntityTypeBuilder<Variant> b)
    {
        b.HasIndex(x => x.Sku).IsUnique();
        // Covers the facet and filter scans (size, colour, stock, price per product) without touching the table.
        b.HasIndex(x => new { x.ProductId, x.Size, x.ColourEn, x.Stock, x.PriceCents });
        b.Property(x => x.Sku).HasMaxLength(40);
        b.Property(x => x.Size).HasMaxLength(20);
        b.Property(x => x.ColourEn).HasMaxLength(40);
        b.Property(x => x.ColourDe).HasMaxLength(40);
        b.Property(x => x.ColourHex).HasMaxLength(9);
        b.Property(x => x.Version).IsConcurrencyToken();
    }
}

internal sealed class PriceHistoryConfiguration : IEntityTypeConfiguration<PriceHistory>
{
    public void Configure(EntityTypeBuilder<PriceHistory> b)
    {
        b.HasIndex(x => new { x.VariantId, x.FromUtc });
        b.HasOne<Variant>().WithMany().HasForeignKey(x => x.VariantId);
    }
}

internal sealed class ProductImageConfiguration : IEntityTypeConfiguration<ProductImage>
{
    public void Configure(EntityTypeBuilder<ProductImage> b)
    {
        b.HasIndex(x => new { x.ProductId, x.SortOrder });
        b.Property(x => x.Path).HasMaxLength(260);
        b.Property(x => x.AltEn).HasMaxLength(300);
        b.Property(x => x.AltDe).HasMaxLength(300);
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> b)
    {
        b.HasIndex(x => new { x.ProductId, x.CreatedAtUtc });
        // One review per shopper and product; anonymous (seeded, imported) reviews have no user.
        b.HasIndex(x => new { x.ProductId, x.UserId }).IsUnique();
        b.Property(x => x.AuthorName).HasMaxLength(80);
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(4000);
        b.Property(x => x.Language).HasMaxLength(5);
        b.Property(x => x.UserId).HasMaxLength(450);
    }
}

internal sealed class ReviewVoteConfiguration : IEntityTypeConfiguration<ReviewVote>
{
    public void Configure(EntityTypeBuilder<ReviewVote> b)
    {
        b.HasIndex(x => new { x.ReviewId, x.VoterKey }).IsUnique();
        b.HasOne<Review>().WithMany().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.VoterKey).HasMaxLength(80);
    }
}
