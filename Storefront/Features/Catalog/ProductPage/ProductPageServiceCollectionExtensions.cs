using Microsoft.Extensions.Options;

namespace Storefront.Features.Catalog.ProductPage;

public static class ProductPageServiceCollectionExtensions
{
    /// <summary>The product page's sections: lawful reference prices, delivery estimate, social proof, co-purchases, reviews.</summary>
    public static WebApplicationBuilder AddProductPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section)
            .Validate(o => o.IsValid(out _), "The Shipping section of appsettings.json has invalid delivery lead times (see DeliveryOptions).")
            .ValidateOnStart();
        builder.Services.AddOptions<SocialProofOptions>().BindConfiguration(SocialProofOptions.Section)
            .Validate(o => o.IsValid(out _), "The SocialProof section of appsettings.json is invalid (see SocialProofOptions).")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new DeliveryEstimator(sp.GetRequiredService<IOptions<DeliveryOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddScoped<PriceReferences>();
        builder.Services.AddScoped<ProductInsights>();
        builder.Services.AddScoped<ReviewService>();
        return builder;
    }
}
