using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Storefront.Features.Catalog;

namespace Storefront.Features.SizeAdvisor;

/// <summary>A brand's size chart for one category. Each row maps a size label to body measurement ranges.</summary>
public sealed class SizeChart
{
    public int Id { get; set; }
    public int BrandId { get; set; }
    public int CategoryId { get; set; }
    public SizeKind Kind { get; set; }
    /// <summary>Free-text note the advisor shows, e.g. "This brand runs narrow".</summary>
    public string? NoteEn { get; set; }
    public string? NoteDe { get; set; }
    /// <summary>
    /// The brand's own rule between two frame or shoe sizes (e.g. compact race geometry: take the larger frame); when
    /// set it decides instead of the advisor's general rule. Null: no brand rule.
    /// </summary>
    public BetweenSizesAdvice? WhenBetween { get; set; }
    public List<SizeChartRow> Rows { get; set; } = [];
}

public enum BetweenSizesAdvice
{
    Smaller = 1,
    Larger = 2,
}

/// <summary>
/// One size of a chart. Ranges are body measurements in millimetres, inclusive min, exclusive max;
/// a null pair means the chart does not use that measurement.
/// </summary>
public sealed class SizeChartRow
{
    public int Id { get; set; }
    public int SizeChartId { get; set; }
    public required string Label { get; set; }
    public int SortOrder { get; set; }
    public int? HeightMinMm { get; set; }
    public int? HeightMaxMm { get; set; }
    public int? ChestMinMm { get; set; }
    public int? ChestMaxMm { get; set; }
    public int? WaistMinMm { get; set; }
    public int? WaistMaxMm { get; set; }
    public int? HipMinMm { get; set; }
    public int? HipMaxMm { get; set; }
    public int? FootMinMm { get; set; }
    public int? FootMaxMm { get; set; }
    public int? InseamMinMm { get; set; }
    public int? InseamMaxMm { get; set; }
    /// <summary>Shoe sizes in the other systems ("8", "9.5"); null for clothing and frames.</summary>
    public string? UkLabel { get; set; }
    public string? UsLabel { get; set; }
}

internal sealed class SizeChartConfiguration : IEntityTypeConfiguration<SizeChart>
{
    public void Configure(EntityTypeBuilder<SizeChart> b)
    {
        b.HasIndex(x => new { x.BrandId, x.CategoryId }).IsUnique();
        b.HasOne<Brand>().WithMany().HasForeignKey(x => x.BrandId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Category>().WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.NoteEn).HasMaxLength(400);
        b.Property(x => x.NoteDe).HasMaxLength(400);
        b.HasMany(x => x.Rows).WithOne().HasForeignKey(x => x.SizeChartId);
    }
}

internal sealed class SizeChartRowConfiguration : IEntityTypeConfiguration<SizeChartRow>
{
    public void Configure(EntityTypeBuilder<SizeChartRow> b)
    {
        b.Property(x => x.Label).HasMaxLength(20);
        b.Property(x => x.UkLabel).HasMaxLength(10);
        b.Property(x => x.UsLabel).HasMaxLength(10);
    }
}
