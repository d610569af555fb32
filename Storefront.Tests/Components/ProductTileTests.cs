using Bunit;
using Storefront.Common;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Components;

namespace Storefront.Tests.Components;

public sealed class ProductTileTests : StorefrontComponentTest
{
    private static ProductCard Card(bool inStock = true, long? compareAt = null, double? rating = 4.4) => new(
        Id: 42, Slug: "merino-crew-t-shirt", Name: "Merino crew T-shirt", BrandName: "Nordwind",
        ImagePath: "products/merino-crew-t-shirt.svg", ImageAlt: "Nordwind merino crew T-shirt in navy",
        Price: new Money(3995), CompareAtPrice: compareAt is { } c ? new Money(c) : null,
        InStock: inStock, IsSustainable: true, AverageRating: rating, ReviewCount: 7);

    [Fact]
    public void Shows_name_brand_image_and_links_to_the_product_page()
    {
        var tile = Render<ProductTile>(p => p.Add(x => x.Product, Card()));

        Assert.Equal("Merino crew T-shirt", tile.Find("h3").TextContent);
        Assert.Contains("Nordwind", tile.Find(".product-tile__brand").TextContent);
        var image = tile.Find("img");
        Assert.Equal("assets/products/merino-crew-t-shirt.svg", image.GetAttribute("src"));
        Assert.Equal("Nordwind merino crew T-shirt in navy", image.GetAttribute("alt"));
        Assert.Equal("product/42/merino-crew-t-shirt", tile.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void A_reduced_price_shows_the_price_before_struck_through()
    {
        var tile = Render<ProductTile>(p => p.Add(x => x.Product, Card(compareAt: 4995)));

        Assert.Contains("49.95", tile.Find("s.price-tag__before").TextContent);
        Assert.Contains("39.95", tile.Find(".price-tag__now--reduced").TextContent);
    }

    [Fact]
    public void Sold_out_products_say_so()
    {
        var tile = Render<ProductTile>(p => p.Add(x => x.Product, Card(inStock: false)));

        Assert.Contains("Sold out", tile.Markup);
    }

    [Fact]
    public void The_rating_is_announced_to_screen_readers()
    {
        var tile = Render<ProductTile>(p => p.Add(x => x.Product, Card(rating: 4.4)));

        Assert.Equal("Rated 4.4 out of 5 (7 reviews)", tile.Find("[role=img]").GetAttribute("aria-label"));
    }
}
