using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Pages;

namespace Storefront.Features.Seo;

public static class SeoEndpoints
{
    /// <summary>The sitemap protocol's limit per file; a larger catalog needs a sitemap index.</summary>
    public const int MaxUrls = 50_000;

    /// <summary>/robots.txt (private pages kept out, the sitemap named) and /sitemap.xml (home, categories, brands, products).</summary>
    public static IEndpointRouteBuilder MapSeoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", (HttpContext http) => Results.Text(
            $"""
            User-agent: *
            Disallow: /favourites
            Disallow: /search
            Disallow: /Account/
            Disallow: /admin
            Sitemap: {Origin(http)}/sitemap.xml

            """, "text/plain", Encoding.UTF8));

        endpoints.MapGet("/sitemap.xml", async (HttpContext http, IDbContextFactory<StorefrontDb> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Slug).ToListAsync(ct);
            var brands = await db.Brands.AsNoTracking().OrderBy(b => b.Id).Select(b => b.Slug).ToListAsync(ct);
            var products = await CatalogService.Visible(db.Products).OrderBy(p => p.Id)
                .Select(p => new { p.Id, p.Slug }).Take(MaxUrls - categories.Count - brands.Count - 1).ToListAsync(ct);

            var origin = Origin(http);
            var paths = new[] { "" }
                .Concat(categories.Select(CategoryPage.Url))
                .Concat(brands.Select(BrandPage.Url))
                .Concat(products.Select(p => ProductPage.Url(p.Id, p.Slug)));
            http.Response.ContentType = "application/xml; charset=utf-8";
            await using var writer = XmlWriter.Create(http.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
            await writer.WriteStartDocumentAsync();
            await writer.WriteStartElementAsync(null, "urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in paths)
            {
                await writer.WriteStartElementAsync(null, "url", null);
                await writer.WriteElementStringAsync(null, "loc", null, $"{origin}/{path}");
                await writer.WriteEndElementAsync();
            }
            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        });
        return endpoints;
    }

    private static string Origin(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
