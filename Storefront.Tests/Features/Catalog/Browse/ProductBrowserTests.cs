using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Browse;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog.Browse;

public sealed class ProductBrowserTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private ProductBrowser Browser => app.Get<ProductBrowser>();

    private Task<BrowseResult?> Category(string slug, ProductFilter? filter = null, ProductSort sort = ProductSort.Relevance, int page = 1) =>
        Browser.BrowseAsync(new BrowseRequest(BrowseScope.Category(slug), filter ?? ProductFilter.None, sort, page), Ct);

    private Task<BrowseResult?> Search(string text, ProductFilter? filter = null) =>
        Browser.BrowseAsync(new BrowseRequest(BrowseScope.Search(text), filter ?? ProductFilter.None, ProductSort.Relevance, 1), Ct);

    [Fact]
    public async Task A_department_lists_the_products_of_its_categories_in_pages()
    {
        var first = await Category("fashion");
        var beyondTheEnd = await Category("fashion", page: 10_000);

        Assert.NotNull(first);
        Assert.NotEmpty(first.Subcategories);
        Assert.Equal(ProductBrowser.PageSize, first.Products.Count);
        Assert.True(first.TotalProducts > ProductBrowser.PageSize);
        Assert.NotNull(beyondTheEnd);
        Assert.Equal(beyondTheEnd.PageCount, beyondTheEnd.Page);
        Assert.NotEmpty(beyondTheEnd.Products);
    }

    [Fact]
    public async Task An_unknown_category_gives_nothing() => Assert.Null(await Category("no-such-category"));

    [Fact]
    public async Task Facet_counts_reflect_every_other_active_filter()
    {
        var all = await LoadCategoryAsync("t-shirts");
        var brand = all.GroupBy(p => p.BrandSlug).OrderByDescending(g => g.Count()).First().Key;
        var filter = new ProductFilter { Brands = [brand], Sizes = ["M"], InStockOnly = true };

        var result = (await Category("t-shirts", filter))!;

        Assert.Equal(all.Count(p => Matches(p, filter)), result.TotalProducts);
        foreach (var size in result.Facets.Sizes)
        {
            Assert.Equal(all.Count(p => Matches(p, filter with { Sizes = [size.Key] })), size.Count);
        }
        foreach (var b in result.Facets.Brands)
        {
            Assert.Equal(all.Count(p => Matches(p, filter with { Brands = [b.Key] })), b.Count);
        }
        foreach (var colour in result.Facets.Colours)
        {
            Assert.Equal(all.Count(p => Matches(p, filter with { Colours = [.. filter.Colours, colour.Key] })), colour.Count);
        }
        Assert.Equal(all.Count(p => Matches(p, filter with { SustainableOnly = true })), result.Facets.SustainableCount);
        Assert.True(result.Facets.Brands.Count > 1, "the brand facet ignores the brand filter itself");
        Assert.Contains(result.Facets.Sizes, s => s is { Key: "M", Selected: true });
    }

    [Fact]
    public async Task Size_colour_and_price_must_hold_for_the_same_variant()
    {
        var all = await LoadCategoryAsync("t-shirts");
        var sample = all.SelectMany(p => p.Variants).First(v => v.Stock > 0);
        var filter = new ProductFilter
        {
            Sizes = [sample.Size], Colours = [sample.Colour],
            MinEuros = (int)(sample.PriceCents / 100), MaxEuros = (int)(sample.PriceCents / 100), InStockOnly = true,
        };

        var result = (await Category("t-shirts", filter))!;

        Assert.True(result.TotalProducts >= 1);
        Assert.Equal(all.Count(p => Matches(p, filter)), result.TotalProducts);
    }

    [Theory]
    [InlineData(ProductSort.PriceAscending)]
    [InlineData(ProductSort.PriceDescending)]
    [InlineData(ProductSort.Newest)]
    [InlineData(ProductSort.Rating)]
    [InlineData(ProductSort.Bestselling)]
    public async Task Sorting_orders_the_whole_listing(ProductSort sort)
    {
        var result = (await Category("shoes", sort: sort))!;
        var prices = result.Products.Select(p => p.Price.Cents).ToList();
        var ratings = result.Products.Select(p => p.AverageRating ?? 0).ToList();

        Assert.Equal(ProductBrowser.PageSize, result.Products.Count);
        switch (sort)
        {
            case ProductSort.PriceAscending: Assert.Equal(prices.Order(), prices); break;
            case ProductSort.PriceDescending: Assert.Equal(prices.OrderDescending(), prices); break;
            case ProductSort.Rating: Assert.Equal(ratings.OrderDescending(), ratings); break;
            default: Assert.Equal(result.Products.Count, result.Products.Select(p => p.Id).Distinct().Count()); break;
        }
    }

    [Fact]
    public async Task A_minimum_price_above_the_maximum_is_swapped_and_said()
    {
        var filter = ProductFilter.FromQuery(null, null, null, "200", "50", null, null, null);

        var result = (await Category("shoes", filter))!;

        Assert.True(filter.PriceRangeSwapped);
        Assert.Equal((50, 200), (filter.MinEuros, filter.MaxEuros));
        Assert.All(result.Products, p => Assert.InRange(p.Price.Cents, 5000, 20099));
    }

    [Fact]
    public void Malformed_filter_values_are_dropped_not_failed()
    {
        var filter = ProductFilter.FromQuery([new string('x', 500), "", "M"], null, null, "abc", "-5", "9", "yes", "1");

        Assert.Equal(["M"], filter.Sizes);
        Assert.Null(filter.MinEuros);
        Assert.Null(filter.MaxEuros);
        Assert.Null(filter.MinRating);
        Assert.False(filter.InStockOnly);
        Assert.True(filter.SustainableOnly);
    }

    [Fact]
    public async Task Unknown_filter_values_give_an_empty_listing()
    {
        var result = (await Category("shoes", new ProductFilter { Brands = ["no-such-brand"], Colours = ["Plaid'; DROP TABLE Products;--"] }))!;

        Assert.Equal(0, result.TotalProducts);
        Assert.Empty(result.Products);
    }

    [Fact]
    public async Task Search_matches_words_in_english_and_german_names_and_brands()
    {
        var byGermanWord = (await Search("KATZENSTREU"))!;
        var byBrand = (await Search("Velora"))!;
        var nothing = (await Search("zzqqxx"))!;

        Assert.True(byGermanWord.TotalProducts > 0);
        Assert.True(byBrand.TotalProducts > 0);
        Assert.All(byBrand.Products, p => Assert.Equal("Velora", p.BrandName));
        Assert.Equal(0, nothing.TotalProducts);
    }

    [Fact]
    public async Task Search_results_have_the_same_facets()
    {
        var result = (await Search("jacket", new ProductFilter { InStockOnly = true }))!;

        Assert.True(result.TotalProducts > 0);
        Assert.NotEmpty(result.Facets.Sizes);
        Assert.NotEmpty(result.Facets.Brands);
    }

    [Fact]
    public async Task Search_treats_like_wildcards_as_plain_text() => Assert.Equal(0, (await Search("%_%"))!.TotalProducts);

    [Fact]
    public async Task A_brand_page_lists_only_that_brands_products_with_the_other_facets()
    {
        var db = app.Get<StorefrontDb>();
        var expected = await db.Products.CountAsync(p => !p.IsArchived && p.Brand!.Slug == "nordwind", Ct);

        var result = await Browser.BrowseAsync(new BrowseRequest(BrowseScope.Brand("nordwind"), ProductFilter.None, ProductSort.Relevance, 1), Ct);

        Assert.NotNull(result?.Brand);
        Assert.Equal("Nordwind", result.Brand.Name);
        Assert.Equal(expected, result.TotalProducts);
        Assert.All(result.Products, p => Assert.Equal("Nordwind", p.BrandName));
        Assert.Empty(result.Facets.Brands);
        Assert.NotEmpty(result.Facets.Sizes);
        Assert.Null(await Browser.BrowseAsync(new BrowseRequest(BrowseScope.Brand("no-such-brand"), ProductFilter.None, ProductSort.Relevance, 1), Ct));
    }

    [Fact]
    public async Task Listings_show_catalog_changes_once_the_listing_index_is_refreshed()
    {
        var db = app.Get<StorefrontDb>();
        var product = await db.Products.Where(p => !p.IsArchived && p.Category!.Slug == "cat-litter" && p.Variants.Any(v => v.Stock > 0))
            .OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        var inStock = new ProductFilter { InStockOnly = true };
        var before = (await Category("cat-litter", inStock))!.TotalProducts;

        await db.Variants.Where(v => v.ProductId == product).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0), Ct);
        app.Get<ListingIndex>().Invalidate();

        Assert.Equal(before - 1, (await Category("cat-litter", inStock))!.TotalProducts);
    }

    [Fact]
    public void Sizes_sort_as_shoppers_read_them()
    {
        string[] sizes = ["XL", "S", "1 kg", "42", "M", "250 g", "38", "XS", "56 cm", "50 cm"];

        var ordered = sizes.OrderBy(SizeOrder.Key).ToArray();

        Assert.Equal(["XS", "S", "M", "XL", "38", "42", "50 cm", "56 cm", "250 g", "1 kg"], ordered);
    }

    private sealed record VariantRow(string Size, string Colour, long PriceCents, int Stock);

    private sealed record ProductRow(int Id, string BrandSlug, bool Sustainable, double? Rating, List<VariantRow> Variants);

    private async Task<List<ProductRow>> LoadCategoryAsync(string slug)
    {
        var db = app.Get<StorefrontDb>();
        var rows = await db.Products.AsNoTracking()
            .Where(p => !p.IsArchived && p.Category!.Slug == slug)
            .Select(p => new
            {
                p.Id, Brand = p.Brand!.Slug, p.IsSustainable, Rating = p.Reviews.Average(r => (double?)r.Rating),
                Variants = p.Variants.Select(v => new VariantRow(v.Size, v.ColourEn, v.PriceCents, v.Stock)).ToList(),
            })
            .ToListAsync(Ct);
        return rows.Select(r => new ProductRow(r.Id, r.Brand, r.IsSustainable, r.Rating, r.Variants)).ToList();
    }

    /// <summary>The filter's meaning, written plainly in C#: the reference the SQL is checked against.</summary>
    private static bool Matches(ProductRow p, ProductFilter f) =>
        (f.Brands.Count == 0 || f.Brands.Contains(p.BrandSlug)) &&
        (f.MinRating is null || (p.Rating ?? 0) >= f.MinRating) &&
        (!f.SustainableOnly || p.Sustainable) &&
        (!f.HasVariantFilter || p.Variants.Any(v =>
            (f.Sizes.Count == 0 || f.Sizes.Contains(v.Size)) && (f.Colours.Count == 0 || f.Colours.Contains(v.Colour)) &&
            (f.MinCents is null || v.PriceCents >= f.MinCents) && (f.MaxCents is null || v.PriceCents <= f.MaxCents) &&
            (!f.InStockOnly || v.Stock > 0)));
}
