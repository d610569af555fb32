namespace Storefront.Features.Catalog;

public static class CatalogServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<CatalogService>();
        builder.Services.AddScoped<Merchant.CategoryAdmin>();
        builder.Services.AddScoped<Merchant.BrandAdmin>();
        builder.Services.AddScoped<MembersEarlyAccess>();
        builder.Services.AddScoped<ProductCards>();
        builder.Services.AddSingleton<ProductStats>();
        builder.Services.AddHostedService<ProductStatsRefresher>();
        builder.Services.AddScoped<Browse.ProductTextSearch>();
        builder.Services.AddSingleton<Browse.ListingIndex>();
        builder.Services.Configure<Browse.ListingIndexOptions>(builder.Configuration.GetSection("Catalog:Listing"));
        builder.Services.AddScoped<Browse.ProductBrowser>();
        return builder;
    }
}
