namespace Storefront.Features.Catalog.Browse;

/// <summary>What is browsed: a category (with its subcategories), a brand, or the products matching a search.</summary>
public sealed record BrowseScope(string? CategorySlug, string? SearchText, string? BrandSlug = null)
{
    public static BrowseScope Category(string slug) => new(slug, null);
    public static BrowseScope Search(string text) => new(null, text);
    public static BrowseScope Brand(string slug) => new(null, null, slug);
    public bool IsSearch => SearchText is not null;
}

public sealed record BrowseRequest(BrowseScope Scope, ProductFilter Filter, ProductSort Sort, int Page);

/// <summary>One selectable value of a facet with how many products it would show given the other active filters.</summary>
public sealed record FacetValue(string Key, string Label, int Count, bool Selected, string? Swatch = null);

public sealed record PriceRange(long MinCents, long MaxCents);

public sealed record Facets(
    IReadOnlyList<FacetValue> Sizes,
    IReadOnlyList<FacetValue> Colours,
    IReadOnlyList<FacetValue> Brands,
    IReadOnlyList<FacetValue> Ratings,
    int InStockCount,
    int SustainableCount,
    PriceRange? Prices)
{
    public static readonly Facets Empty = new([], [], [], [], 0, 0, null);
}

/// <summary>A brand as its page introduces it; <see cref="Country"/> in the current language.</summary>
/// <param name="DescriptionInGerman">The story is the German one (else English, also on German pages while no German story exists).</param>
public sealed record BrandDetails(int Id, string Slug, string Name, string Country, string? Description, bool DescriptionInGerman = false);

public sealed record BrowseResult(
    BrowseRequest Request,
    BrandDetails? Brand,
    CategoryLink? Category,
    CategoryLink? Department,
    IReadOnlyList<CategoryLink> Subcategories,
    IReadOnlyList<ProductCard> Products,
    Facets Facets,
    int TotalProducts,
    int Page,
    int PageCount);
