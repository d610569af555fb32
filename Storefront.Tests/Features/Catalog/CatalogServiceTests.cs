using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Browse;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Catalog;

public sealed class CatalogServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private CatalogService Catalog => app.Get<CatalogService>();

    [Fact]
    public async Task Bestsellers_rank_by_units_sold_recently()
    {
        var db = app.Get<StorefrontDb>();
        var variant = await db.Variants.AsNoTracking().OrderByDescending(v => v.Id).FirstAsync(Ct);
        db.Orders.Add(new Order
        {
            Number = "SF-TEST01",
            Email = "rush@example.com",
            Status = OrderStatus.Paid,
            PlacedAtUtc = app.Time.GetUtcNow().UtcDateTime.AddDays(-1),
            TotalCents = variant.PriceCents * 500,
            Lines = [new OrderLine { ProductId = variant.ProductId, VariantId = variant.Id, ProductName = "x", Sku = variant.Sku, Size = variant.Size, Colour = variant.ColourEn, UnitPriceCents = variant.PriceCents, Quantity = 500, VatRatePercent = 19 }],
        });
        await db.SaveChangesAsync(Ct);

        var bestsellers = await Catalog.BestsellersAsync(12, Ct);

        Assert.Equal(12, bestsellers.Count);
        Assert.Equal(variant.ProductId, bestsellers[0].Id);
        Assert.All(bestsellers, p => Assert.StartsWith("products/", p.ImagePath));
    }

    [Fact]
    public async Task Product_texts_follow_the_current_language()
    {
        var english = await Culture.InCulture("en", () => Catalog.ProductAsync(1, Ct));
        var german = await Culture.InCulture("de", () => Catalog.ProductAsync(1, Ct));

        Assert.NotNull(english);
        Assert.NotNull(german);
        Assert.NotEqual(english.Name, german.Name);
        Assert.NotEqual(english.Description, german.Description);
        Assert.NotEmpty(english.Variants);
    }

    [Fact]
    public async Task A_reduced_from_price_is_compared_with_the_price_before_of_the_same_variant()
    {
        var db = app.Get<StorefrontDb>();
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Variants.Any(v => v.CompareAtCents != null) && p.Variants.Select(v => v.PriceCents).Distinct().Count() > 1)
            .Select(p => new { p.Id, CategorySlug = p.Category!.Slug, Cheapest = p.Variants.OrderBy(v => v.PriceCents).ThenBy(v => v.Id).First() })
            .FirstAsync(Ct);

        var details = await Catalog.ProductAsync(product.Id, Ct);

        Assert.Equal(product.Cheapest.PriceCents, details!.FromPrice.Cents);
        Assert.Equal(product.Cheapest.CompareAtCents, details.FromCompareAtPrice?.Cents);
        Assert.Equal(product.Cheapest.CompareAtCents, (await CardInCategoryAsync(product.CategorySlug, product.Id)).CompareAtPrice?.Cents);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task Unknown_product_ids_give_nothing(int id) => Assert.Null(await Catalog.ProductAsync(id, Ct));

    private async Task<ProductCard> CardInCategoryAsync(string slug, int productId)
    {
        for (var page = 1; ; page++)
        {
            var listing = await app.Get<ProductBrowser>().BrowseAsync(
                new BrowseRequest(BrowseScope.Category(slug), ProductFilter.None, ProductSort.Newest, page), Ct);
            if (listing!.Products.FirstOrDefault(c => c.Id == productId) is { } card)
            {
                return card;
            }
            Assert.True(page < listing.PageCount, $"product {productId} not listed in {slug}");
        }
    }
}
