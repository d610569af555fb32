using Storefront.Common;

namespace Storefront.Features.Catalog;

/// <summary>What a product tile shows; texts already in the current language.</summary>
public sealed record ProductCard(
    int Id,
    string Slug,
    string Name,
    string BrandName,
    string ImagePath,
    string ImageAlt,
    Money Price,
    Money? CompareAtPrice,
    bool InStock,
    bool IsSustainable,
    double? AverageRating,
    int ReviewCount);

public sealed record CategoryLink(int Id, string Slug, string Name);

public sealed record VariantOption(int Id, string Sku, string Size, string Colour, string ColourHex, Money Price, Money? CompareAtPrice, int Stock)
{
    public bool InStock => Stock > 0;
}

public sealed record ProductDetails(
    int Id,
    string Slug,
    string Name,
    string Description,
    string BrandName,
    string BrandSlug,
    CategoryLink Category,
    CategoryLink? Department,
    string ImagePath,
    string ImageAlt,
    string Origin,
    string Material,
    string Care,
    bool IsSustainable,
    int VatRatePercent,
    SizeKind SizeKind,
    IReadOnlyList<VariantOption> Variants,
    double? AverageRating,
    int ReviewCount,
    DateTime? MembersEarlyUntilUtc = null)
{
    private VariantOption? Cheapest => Variants.OrderBy(v => v.Price).ThenBy(v => v.Id).FirstOrDefault();

    public Money FromPrice => Cheapest?.Price ?? new Money(0);

    /// <summary>The price before of the same variant as <see cref="FromPrice"/>, if it is reduced.</summary>
    public Money? FromCompareAtPrice => Cheapest?.CompareAtPrice;

    public bool PricesDiffer => Variants.Select(v => v.Price).Distinct().Count() > 1;
}
