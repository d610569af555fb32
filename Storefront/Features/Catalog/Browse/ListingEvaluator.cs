namespace Storefront.Features.Catalog.Browse;

/// <summary>The products of one listing page, in order, with the total and the raw facet counts.</summary>
internal sealed record ListingEvaluation(IReadOnlyList<int> PageProductIds, int Total, int Page, int PageCount, Facets Facets);

/// <summary>
/// Filters, counts facets, sorts and pages a listing over a <see cref="ListingSnapshot"/> in one pass over the
/// scope's variants. Each facet is counted with every active filter except its own; size, colour, price and stock
/// must hold for the same variant.
/// </summary>
internal static class ListingEvaluator
{
    public static ListingEvaluation Evaluate(
        ListingSnapshot s, IEnumerable<int> scope, BrowseRequest request, IReadOnlyDictionary<int, double>? ranks, Func<string, string, string> pickColourName)
    {
        var f = request.Filter;
        var sizeWanted = Wanted(f.Sizes, s.Sizes);
        var colourWanted = Wanted(f.Colours, s.Colours.Select(c => c.Key).ToArray());
        var brandWanted = Wanted(f.Brands, s.Brands.Select(b => b.Slug).ToArray());
        var (minPrice, maxPrice) = (f.MinCents ?? long.MinValue, f.MaxCents ?? long.MaxValue);
        var hasVariantFilter = f.HasVariantFilter;

        var sizeCounts = new int[s.Sizes.Length];
        var sizeSeen = Filled(s.Sizes.Length, -1);
        var colourCounts = new int[s.Colours.Length];
        var colourSeen = Filled(s.Colours.Length, -1);
        var brandCounts = new int[s.Brands.Length];
        var ratingCounts = new int[5];
        int ratingBase = 0, inStock = 0, sustainable = 0;
        long priceMin = long.MaxValue, priceMax = long.MinValue;
        var matches = new List<int>();

        foreach (var p in scope)
        {
            var brandOk = brandWanted is null || brandWanted[s.BrandOrdinals[p]];
            var ratingOk = f.MinRating is not { } minRating || s.Ratings[p] >= minRating;
            var ecoOk = !f.SustainableOnly || s.Sustainable[p];
            var productOk = brandOk && ratingOk && ecoOk;

            bool all = false, allButStock = false;
            for (var v = s.VariantStart[p]; v < s.VariantStart[p + 1]; v++)
            {
                var size = sizeWanted is null || sizeWanted[s.VariantSizes[v]];
                var colour = colourWanted is null || colourWanted[s.VariantColours[v]];
                var price = s.VariantPrices[v] >= minPrice && s.VariantPrices[v] <= maxPrice;
                var stock = s.VariantInStock[v];
                var stockOk = !f.InStockOnly || stock;
                if (productOk)
                {
                    if (colour && price && stockOk && sizeSeen[s.VariantSizes[v]] != p)
                    {
                        sizeSeen[s.VariantSizes[v]] = p;
                        sizeCounts[s.VariantSizes[v]]++;
                    }
                    if (size && price && stockOk && colourSeen[s.VariantColours[v]] != p)
                    {
                        colourSeen[s.VariantColours[v]] = p;
                        colourCounts[s.VariantColours[v]]++;
                    }
                    if (size && colour && stockOk)
                    {
                        priceMin = Math.Min(priceMin, s.VariantPrices[v]);
                        priceMax = Math.Max(priceMax, s.VariantPrices[v]);
                    }
                }
                all |= size && colour && price && stockOk;
                allButStock |= size && colour && price && stock;
            }
            var variantsOk = !hasVariantFilter || all;

            if (ratingOk && ecoOk && variantsOk)
            {
                brandCounts[s.BrandOrdinals[p]]++;
            }
            if (brandOk && ecoOk && variantsOk)
            {
                ratingBase++;
                for (var stars = 1; stars <= 4; stars++)
                {
                    if (s.Ratings[p] >= stars) ratingCounts[stars]++;
                }
            }
            if (productOk && allButStock) inStock++;
            if (brandOk && ratingOk && s.Sustainable[p] && variantsOk) sustainable++;
            if (productOk && variantsOk) matches.Add(p);
        }

        var total = matches.Count;
        var pageCount = Math.Max(1, (total + ProductBrowser.PageSize - 1) / ProductBrowser.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        // OrderBy + Skip + Take sorts only as far as the requested page.
        var pageIds = matches.Order(Comparer(s, request.Sort, ranks))
            .Skip((page - 1) * ProductBrowser.PageSize).Take(ProductBrowser.PageSize)
            .Select(p => s.ProductIds[p]).ToList();

        var facets = new Facets(
            Values(s.Sizes.Length, sizeCounts, i => s.Sizes[i], i => s.Sizes[i], null, f.Sizes)
                .OrderBy(v => SizeOrder.Key(v.Key)).ToList(),
            Values(s.Colours.Length, colourCounts, i => s.Colours[i].Key, i => pickColourName(s.Colours[i].Key, s.Colours[i].NameDe), i => s.Colours[i].Hex, f.Colours)
                .OrderByDescending(v => v.Count).ThenBy(v => v.Key, StringComparer.Ordinal).ToList(),
            Values(s.Brands.Length, brandCounts, i => s.Brands[i].Slug, i => s.Brands[i].Name, null, f.Brands)
                .OrderBy(v => v.Label, StringComparer.CurrentCulture).ToList(),
            ratingBase == 0 ? [] : [.. new[] { 4, 3, 2, 1 }.Select(stars => new FacetValue(Invariant(stars), Invariant(stars), ratingCounts[stars], f.MinRating == stars))],
            inStock,
            sustainable,
            priceMin > priceMax ? null : new PriceRange(priceMin, priceMax));
        return new ListingEvaluation(pageIds, total, page, pageCount, facets);
    }

    private static IEnumerable<FacetValue> Values(
        int length, int[] counts, Func<int, string> key, Func<int, string> label, Func<int, string>? swatch, IReadOnlyList<string> selected)
    {
        for (var i = 0; i < length; i++)
        {
            if (counts[i] > 0 || selected.Contains(key(i)))
            {
                yield return new FacetValue(key(i), label(i), counts[i], selected.Contains(key(i)), swatch?.Invoke(i));
            }
        }
    }

    /// <summary>Which ordinals a facet's selected keys stand for; null when the facet is not filtered.</summary>
    private static bool[]? Wanted(IReadOnlyList<string> selected, string[] keys)
    {
        if (selected.Count == 0)
        {
            return null;
        }
        var wanted = new bool[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            wanted[i] = selected.Contains(keys[i]);
        }
        return wanted;
    }

    private static IComparer<int> Comparer(ListingSnapshot s, ProductSort sort, IReadOnlyDictionary<int, double>? ranks)
    {
        Comparison<int> byId = (a, b) => s.ProductIds[a].CompareTo(s.ProductIds[b]);
        Comparison<int> primary = sort switch
        {
            ProductSort.Newest => (a, b) => s.CreatedTicks[b].CompareTo(s.CreatedTicks[a]),
            ProductSort.PriceAscending => (a, b) => s.MinPrices[a].CompareTo(s.MinPrices[b]),
            ProductSort.PriceDescending => (a, b) => s.MinPrices[b].CompareTo(s.MinPrices[a]),
            ProductSort.Rating => (a, b) => s.Ratings[b] != s.Ratings[a] ? s.Ratings[b].CompareTo(s.Ratings[a]) : s.ReviewCounts[b].CompareTo(s.ReviewCounts[a]),
            ProductSort.Bestselling => (a, b) => s.UnitsSold[b].CompareTo(s.UnitsSold[a]),
            _ when ranks is not null => (a, b) => ranks[s.ProductIds[b]].CompareTo(ranks[s.ProductIds[a]]),
            // Relevance in a category: popularity, then novelty.
            _ => (a, b) => s.UnitsSold[b] != s.UnitsSold[a] ? s.UnitsSold[b].CompareTo(s.UnitsSold[a]) : s.CreatedTicks[b].CompareTo(s.CreatedTicks[a]),
        };
        return Comparer<int>.Create((a, b) => primary(a, b) is var c && c != 0 ? c : byId(a, b));
    }

    private static int[] Filled(int length, int value)
    {
        var array = new int[length];
        Array.Fill(array, value);
        return array;
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
