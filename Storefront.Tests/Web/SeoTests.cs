using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Web;

public sealed partial class SeoTests(ShopServerFixture server) : IClassFixture<ShopServerFixture>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly HttpClient client = new() { BaseAddress = server.BaseAddress };

    private Task<string> HtmlAsync(string path) => client.GetStringAsync(path, Ct);

    [Fact]
    public async Task A_filtered_and_sorted_listing_names_the_plain_listing_as_canonical_with_language_alternates()
    {
        var html = await HtmlAsync("c/t-shirts?size=M&sort=price-asc&page=2");
        var origin = server.BaseAddress.ToString();

        Assert.Contains($"<link rel=\"canonical\" href=\"{origin}c/t-shirts?page=2\" />", html);
        Assert.Contains($"hreflang=\"de\" href=\"{origin}c/t-shirts?page=2&amp;lang=de\"", html);
        Assert.Matches("<meta name=\"description\" content=\"T-shirts: \\d+ products", html);
    }

    [Fact]
    public async Task The_german_alternate_is_german_without_a_cookie()
    {
        var html = await HtmlAsync("c/t-shirts?lang=de");

        Assert.Contains("<html lang=\"de\">", html);
        Assert.Contains("Produkte", html);
    }

    [Fact]
    public async Task A_product_page_describes_the_product_as_schema_org_json_ld()
    {
        var html = await HtmlAsync("product/1");

        var json = JsonLd().Match(html).Groups[1].Value;
        using var data = JsonDocument.Parse(json);
        var root = data.RootElement;
        Assert.Equal("Product", root.GetProperty("@type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
        var offers = root.GetProperty("offers");
        Assert.Equal("EUR", offers.GetProperty("priceCurrency").GetString());
        Assert.True(decimal.Parse(offers.GetProperty("lowPrice").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("<link rel=\"canonical\" href=\"" + server.BaseAddress + "product/1/", html);
    }

    [Fact]
    public async Task Search_results_are_not_indexed_and_the_cart_a_crawler_sees_is_one_canonical_page()
    {
        Assert.Matches("<meta name=\"robots\" content=\"noindex, follow\"", await HtmlAsync("search?q=bike"));
        var cart = await HtmlAsync("cart?utm_source=mail");
        Assert.DoesNotContain("noindex", cart);
        Assert.Contains("<link rel=\"canonical\" href=\"" + server.BaseAddress + "cart\"", cart);
        Assert.Matches("<meta name=\"description\" content=\"[^\"]{40,}\"", cart);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_which_lists_every_category_brand_and_listed_product()
    {
        var robots = await HtmlAsync("robots.txt");
        var sitemap = XDocument.Parse(await HtmlAsync("sitemap.xml"));
        await using var db = await server.Factory.Services.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var expected = 1 + await db.Categories.CountAsync(Ct) + await db.Brands.CountAsync(Ct) + await db.Products.CountAsync(p => !p.IsArchived, Ct);

        Assert.Contains($"Sitemap: {server.BaseAddress}sitemap.xml", robots);
        Assert.Contains("Disallow: /search", robots);
        Assert.DoesNotContain("Disallow: /cart", robots);
        var locations = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value).ToList();
        Assert.Equal(expected, locations.Count);
        Assert.Contains($"{server.BaseAddress}brand/nordwind", locations);
        Assert.All(locations, l => Assert.StartsWith(server.BaseAddress.ToString(), l));
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
