using Storefront.Common;
using Storefront.Features.Catalog.Pages;

namespace Storefront.Features.Catalog.Search;

/// <summary>What the search box offers while the shopper types; texts already in the current language.</summary>
public sealed record SearchSuggestions(
    string Query,
    IReadOnlyList<ProductSuggestion> Products,
    IReadOnlyList<CategorySuggestion> Categories,
    IReadOnlyList<BrandSuggestion> Brands)
{
    public static SearchSuggestions None(string query) => new(query, [], [], []);

    public int Count => Products.Count + Categories.Count + Brands.Count;

    public bool IsEmpty => Count == 0;
}

public sealed record ProductSuggestion(int Id, string Slug, string Name, string BrandName, string ImagePath, Money Price)
{
    public string Url => Pages.ProductPage.Url(Id, Slug);
}

/// <summary>A category whose name matches; <see cref="DepartmentName"/> is null for a department itself.</summary>
public sealed record CategorySuggestion(string Slug, string Name, string? DepartmentName)
{
    public string Url => CategoryPage.Url(Slug);
}

/// <summary>A brand whose name matches; it opens the brand's page.</summary>
public sealed record BrandSuggestion(string Slug, string Name)
{
    public string Url => BrandPage.Url(Slug);
}
