using Storefront.Features.Stream.Mail;
using Storefront.Features.Stream.Sources;

namespace Storefront.Features.Stream;

public static class StreamServiceCollectionExtensions
{
    /// <summary>The shopping stream: candidate sources, snapshot loader, the stream service. Needs AddCart and AddProductPage.</summary>
    public static WebApplicationBuilder AddShoppingStream(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddSingleton<IStreamCandidateSource, RebuySource>();
        services.AddSingleton<IStreamCandidateSource, PriceDropSource>();
        services.AddSingleton<IStreamCandidateSource, BackInStockSource>();
        services.AddSingleton<IStreamCandidateSource, NewFromBrandsSource>();
        services.AddSingleton<IStreamCandidateSource, SimilarSource>();
        services.AddSingleton<IStreamCandidateSource, BoughtTogetherSource>();
        services.AddSingleton<IStreamCandidateSource, TrendingSource>();
        services.AddSingleton<IStreamCandidateSource, CompleteTheSetSource>();
        services.AddSingleton<IStreamCandidateSource, LoyaltySource>();
        services.AddSingleton<IStreamCandidateSource, YourSizeSource>();
        services.AddSingleton<IStreamCandidateSource, EditorialSource>();
        services.AddScoped<StreamCardFactory>();
        services.AddScoped<Sets.SetCart>();
        services.AddScoped<Editorial.EditorialAdmin>();
        services.AddSingleton<IStreamCandidateSource, ViewedSource>();
        services.AddScoped<IBackInStockWaitlist, NotifyRequestWaitlist>();
        services.AddScoped<ShopperSnapshotLoader>();
        services.AddScoped<ShoppingStream>();
        services.AddStreamMail(builder.Configuration);
        return builder;
    }
}
