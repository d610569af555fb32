namespace Storefront.Features.Cart;

public static class CartServiceCollectionExtensions
{
    public static WebApplicationBuilder AddCart(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ShopperContext>();
        builder.Services.AddScoped<CartService>();
        return builder;
    }
}
