using System.Text.Json;
using System.Text.Json.Serialization;
using Storefront.Data.Seeding;
using Storefront.Features.Catalog;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Data;

/// <summary>The demo catalog generator is pure and deterministic; its images are checked in under wwwroot-assets.</summary>
public sealed class DemoCatalogTests
{
    private static readonly DateTime Anchor = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DemoCatalogData Catalog = DemoCatalog.Build(DemoCatalog.DefaultProductCount, Anchor);

    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles };

    [Fact]
    public void The_same_inputs_build_the_same_catalog()
    {
        var again = DemoCatalog.Build(DemoCatalog.DefaultProductCount, Anchor);

        Assert.Equal(JsonSerializer.Serialize(Catalog, Json), JsonSerializer.Serialize(again, Json));
    }

    [Fact]
    public void The_catalog_is_big_and_varied_enough_for_the_demo()
    {
        var departments = Catalog.Categories.Where(c => c.ParentId is null).ToList();

        Assert.True(Catalog.Products.Count >= 300);
        Assert.True(departments.Count >= 4);
        Assert.True(Catalog.Brands.Count >= 12);
        Assert.All(Catalog.Categories.Where(c => c.ParentId is not null),
            category => Assert.True(Catalog.Products.Count(p => p.CategoryId == category.Id) >= 8, category.Slug));
        Assert.All(Catalog.Products, p =>
        {
            Assert.NotEmpty(p.Variants);
            Assert.NotEqual(p.NameEn, p.NameDe);
            Assert.False(string.IsNullOrWhiteSpace(p.DescriptionDe));
            Assert.False(string.IsNullOrWhiteSpace(p.MaterialEn));
            Assert.False(string.IsNullOrWhiteSpace(p.CareDe));
            Assert.Contains(p.VatRatePercent, new[] { 7, 19 });
            Assert.All(p.Variants, v => Assert.True(v.PriceCents > 0 && (v.CompareAtCents is null || v.CompareAtCents > v.PriceCents)));
        });
        Assert.Equal(Catalog.Products.SelectMany(p => p.Variants).Count(), Catalog.Products.SelectMany(p => p.Variants).Select(v => v.Sku).Distinct().Count());
        Assert.Contains(Catalog.Products, p => p.Variants.Any(v => v.CompareAtCents is not null));
        Assert.Contains(Catalog.Products, p => p.Variants.Any(v => v.Stock == 0));
        Assert.Contains(Catalog.Products, p => p.Reviews.Count > 0);
    }

    [Theory]
    [InlineData(SizeKind.Clothing)]
    [InlineData(SizeKind.Shoe)]
    [InlineData(SizeKind.Frame)]
    public void Every_sized_product_has_its_brands_chart_with_a_row_per_size(SizeKind kind)
    {
        var categories = Catalog.Categories.Where(c => c.SizeKind == kind && c.ParentId is not null).Select(c => c.Id).ToHashSet();
        var products = Catalog.Products.Where(p => categories.Contains(p.CategoryId)).ToList();

        Assert.NotEmpty(products);
        Assert.All(products, product =>
        {
            var chart = Assert.Single(Catalog.SizeCharts, c => c.BrandId == product.BrandId && c.CategoryId == product.CategoryId);
            Assert.Equal(kind, chart.Kind);
            Assert.All(product.Variants, v => Assert.Contains(chart.Rows, r => r.Label == v.Size));
        });
    }

    [Fact]
    public void Size_chart_rows_have_no_gaps_or_overlaps()
    {
        foreach (var chart in Catalog.SizeCharts)
        {
            var rows = chart.Rows.OrderBy(r => r.SortOrder).ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                var (previous, next) = (rows[i - 1], rows[i]);
                var measured = chart.Kind switch
                {
                    SizeKind.Shoe => (previous.FootMaxMm, next.FootMinMm),
                    SizeKind.Frame => (previous.InseamMaxMm, next.InseamMinMm),
                    _ => (previous.ChestMaxMm, next.ChestMinMm),
                };
                Assert.NotNull(measured.Item1);
                Assert.Equal(measured.Item1, measured.Item2);
            }
        }
    }

    [Fact]
    public void Every_product_image_is_checked_in_and_matches_its_generator()
    {
        // To regenerate after changing the art or the catalog: STOREFRONT_WRITE_ASSETS=1 ./test.sh
        var assets = Path.Combine(TestPaths.RepositoryRoot, "wwwroot-assets");
        if (Environment.GetEnvironmentVariable("STOREFRONT_WRITE_ASSETS") == "1")
        {
            ProductArt.WriteAll(assets, Catalog);
        }

        var brands = Catalog.Brands.ToDictionary(b => b.Id);
        var categories = Catalog.Categories.ToDictionary(c => c.Id);
        Assert.All(Catalog.Products, product =>
        {
            var image = Assert.Single(product.Images);
            var file = Path.Combine(assets, image.Path);
            Assert.True(File.Exists(file), $"missing {image.Path}");
            var expected = ProductArt.Svg(product, brands[product.BrandId], categories[product.CategoryId], product.Variants[0]);
            Assert.Equal(expected, File.ReadAllText(file));
        });
        Assert.Equal(Catalog.Products.Count, Catalog.Products.Select(p => File.ReadAllText(Path.Combine(assets, p.Images[0].Path))).Distinct().Count());
    }
}
