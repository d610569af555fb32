using System.Globalization;

namespace Storefront.Features.Catalog.Browse;

public enum ProductSort
{
    Relevance,
    Newest,
    PriceAscending,
    PriceDescending,
    Rating,
    Bestselling,
}

/// <summary>
/// The shopper's filters as they appear in the URL (size=M&amp;colour=Navy&amp;brand=nordwind&amp;min=20&amp;max=80&amp;rating=4
/// &amp;stock=1&amp;eco=1). Variant-level filters (size, colour, price, stock) must hold for the same variant.
/// </summary>
public sealed record ProductFilter
{
    public const int MaxValuesPerFacet = 30;
    public const int PriceLimitEuros = 100_000;

    public IReadOnlyList<string> Sizes { get; init; } = [];
    public IReadOnlyList<string> Colours { get; init; } = [];
    public IReadOnlyList<string> Brands { get; init; } = [];
    public int? MinEuros { get; init; }
    public int? MaxEuros { get; init; }
    public int? MinRating { get; init; }
    public bool InStockOnly { get; init; }
    public bool SustainableOnly { get; init; }

    /// <summary>Set when the shopper asked for a minimum above the maximum and the two were swapped.</summary>
    public bool PriceRangeSwapped { get; init; }

    public static readonly ProductFilter None = new();

    public int ActiveCount =>
        Sizes.Count + Colours.Count + Brands.Count + (MinEuros is null ? 0 : 1) + (MaxEuros is null ? 0 : 1) +
        (MinRating is null ? 0 : 1) + (InStockOnly ? 1 : 0) + (SustainableOnly ? 1 : 0);

    public bool HasVariantFilter => Sizes.Count > 0 || Colours.Count > 0 || MinEuros is not null || MaxEuros is not null || InStockOnly;

    public long? MinCents => MinEuros * 100L;

    /// <summary>Inclusive upper bound: "up to €80" includes €80.99.</summary>
    public long? MaxCents => MaxEuros is { } max ? max * 100L + 99 : null;

    /// <summary>Builds a filter from raw query-string values; anything malformed is dropped rather than failing.</summary>
    public static ProductFilter FromQuery(
        string[]? sizes, string[]? colours, string[]? brands, string? min, string? max, string? rating, string? stock, string? eco)
    {
        var minEuros = Euros(min);
        var maxEuros = Euros(max);
        var swapped = minEuros > maxEuros;
        return new ProductFilter
        {
            Sizes = Values(sizes),
            Colours = Values(colours),
            Brands = Values(brands),
            MinEuros = swapped ? maxEuros : minEuros,
            MaxEuros = swapped ? minEuros : maxEuros,
            PriceRangeSwapped = swapped,
            MinRating = int.TryParse(rating, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is >= 1 and <= 5 ? r : null,
            InStockOnly = stock == "1",
            SustainableOnly = eco == "1",
        };
    }

    public static ProductSort ParseSort(string? value, bool isSearch) => value switch
    {
        "newest" => ProductSort.Newest,
        "price-asc" => ProductSort.PriceAscending,
        "price-desc" => ProductSort.PriceDescending,
        "rating" => ProductSort.Rating,
        "bestselling" => ProductSort.Bestselling,
        "relevance" => ProductSort.Relevance,
        _ => isSearch ? ProductSort.Relevance : ProductSort.Relevance,
    };

    public static string SortKey(ProductSort sort) => sort switch
    {
        ProductSort.Newest => "newest",
        ProductSort.PriceAscending => "price-asc",
        ProductSort.PriceDescending => "price-desc",
        ProductSort.Rating => "rating",
        ProductSort.Bestselling => "bestselling",
        _ => "relevance",
    };

    /// <summary>The query-string pairs of this filter, in a stable order (for links and canonical URLs).</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQuery()
    {
        foreach (var s in Sizes) yield return new("size", s);
        foreach (var c in Colours) yield return new("colour", c);
        foreach (var b in Brands) yield return new("brand", b);
        if (MinEuros is { } min) yield return new("min", min.ToString(CultureInfo.InvariantCulture));
        if (MaxEuros is { } max) yield return new("max", max.ToString(CultureInfo.InvariantCulture));
        if (MinRating is { } rating) yield return new("rating", rating.ToString(CultureInfo.InvariantCulture));
        if (InStockOnly) yield return new("stock", "1");
        if (SustainableOnly) yield return new("eco", "1");
    }

    private static IReadOnlyList<string> Values(string[]? raw) =>
        raw is null ? [] : raw
            .Where(v => !string.IsNullOrWhiteSpace(v) && v.Length <= 60)
            .Select(v => v.Trim())
            .Distinct(StringComparer.Ordinal)
            .Take(MaxValuesPerFacet)
            .ToList();

    private static int? Euros(string? raw) =>
        decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var euros) && euros is >= 0 and <= PriceLimitEuros
            ? (int)Math.Floor(euros)
            : null;
}
