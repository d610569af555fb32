using Storefront.Features.Cart.Favourites;
using Storefront.Features.Cart.RecentlyViewed;
using Storefront.Features.Signals;

namespace Storefront.Features.Cart;

public static class CartServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCart(this WebApplicationBuilder builder)
    {
        // The cart records add-to-cart signals, so it brings the signal queue along.
        builder.AddSignals();
        var services = builder.Services;
        services.AddScoped<ShopperContext>();
        services.AddScoped<CartService>();
        services.AddScoped<ShopperMerge>();
        services.AddScoped<FavouritesService>();
        services.AddScoped<RecentlyViewedService>();
        services.AddScoped<ShopperFavourites>();
        // Every FavouriteButton on a page reads the shopper's favourites from this one per-request object.
        services.AddCascadingValue(sp => sp.GetRequiredService<ShopperFavourites>());
        return builder;
    }
}
