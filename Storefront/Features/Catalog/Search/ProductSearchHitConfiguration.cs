using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Storefront.Features.Catalog.Search;

/// <summary>Search hits are keyless rows produced by the engine's raw SQL; they have no table of their own.</summary>
internal sealed class ProductSearchHitConfiguration : IEntityTypeConfiguration<ProductSearchHit>
{
    public void Configure(EntityTypeBuilder<ProductSearchHit> b)
    {
        b.HasNoKey();
        b.ToView(null);
    }
}
