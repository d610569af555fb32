using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using Storefront.Components.Shared;

namespace Storefront.Features.Catalog.Browse;

/// <summary>
/// Base of the category and search pages: reads filters, sort and page from the URL (the URL holds all browse
/// state, so links can be shared and the back button works) and builds links that change one of them.
/// </summary>
public abstract class ListingPage : ComponentBase
{
    [SupplyParameterFromQuery(Name = "size")] public string[]? SizeValues { get; set; }
    [SupplyParameterFromQuery(Name = "colour")] public string[]? ColourValues { get; set; }
    [SupplyParameterFromQuery(Name = "brand")] public string[]? BrandValues { get; set; }
    [SupplyParameterFromQuery(Name = "min")] public string? MinValue { get; set; }
    [SupplyParameterFromQuery(Name = "max")] public string? MaxValue { get; set; }
    [SupplyParameterFromQuery(Name = "rating")] public string? RatingValue { get; set; }
    [SupplyParameterFromQuery(Name = "stock")] public string? StockValue { get; set; }
    [SupplyParameterFromQuery(Name = "eco")] public string? EcoValue { get; set; }
    [SupplyParameterFromQuery(Name = "sort")] public string? SortValue { get; set; }
    [SupplyParameterFromQuery(Name = "page")] public string? PageValue { get; set; }

    protected BrowseRequest Request(BrowseScope scope) => new(
        scope,
        ProductFilter.FromQuery(SizeValues, ColourValues, BrandValues, MinValue, MaxValue, RatingValue, StockValue, EcoValue),
        ProductFilter.ParseSort(SortValue, scope.IsSearch),
        QueryValue.PageNumber(PageValue));

    /// <summary>The canonical address of a listing page: filters and sorting left out, the page number kept.</summary>
    protected static string Canonical(string path, int page) =>
        page > 1 ? $"{path}?page={page.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : path;

    /// <summary>A link to this listing with the given request (page 1 unless stated), in a stable parameter order.</summary>
    public static string Url(string path, BrowseRequest request, ProductFilter? filter = null, ProductSort? sort = null, int page = 1)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (request.Scope.SearchText is { } text)
        {
            query.Add(new("q", text));
        }
        query.AddRange((filter ?? request.Filter).ToQuery().Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));
        if ((sort ?? request.Sort) is var s && s != ProductSort.Relevance)
        {
            query.Add(new("sort", ProductFilter.SortKey(s)));
        }
        if (page > 1)
        {
            query.Add(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return QueryHelpers.AddQueryString(path, query);
    }
}
