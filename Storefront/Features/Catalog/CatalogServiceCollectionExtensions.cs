namespace Storefront.Features.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<CatalogService>();
        return builder;
    }
}
