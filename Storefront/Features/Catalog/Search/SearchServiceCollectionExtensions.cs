using Microsoft.AspNetCore.Http.HttpResults;

namespace Storefront.Features.Catalog.Search;

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The product search: the engine (a singleton holding the index vocabulary), the suggestions service, and a
    /// start-up step that rebuilds the index when it is out of date (it runs after the database is migrated and seeded).
    /// </summary>
    public static WebApplicationBuilder AddProductSearch(this WebApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<IProductSearchEngine, SqliteProductSearchEngine>();
        builder.Services.AddScoped<ProductSearchSuggestions>();
        builder.Services.AddHostedService<SearchIndexStartup>();
        return builder;
    }

    public const int SuggestedProducts = 5;

    /// <summary>GET /search/suggest?q=… returns the search box's options as HTML in the shopper's language.</summary>
    public static IEndpointConventionBuilder MapSearchSuggestions(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/search/suggest", async (string? q, ProductSearchSuggestions suggestions, CancellationToken ct) =>
            new RazorComponentResult<SearchSuggestionList>(new { Suggestions = await suggestions.SuggestAsync(q, SuggestedProducts, ct) }));
}

/// <summary>Brings the search index up to date before the app takes requests.</summary>
internal sealed class SearchIndexStartup(IProductSearchEngine engine) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => engine.EnsureIndexAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
