using Microsoft.AspNetCore.Mvc;
using Storefront.Features.Cart;

namespace Storefront.Features.Checkout.FreeShipping;

public static class FreeShippingEndpoints
{
    /// <summary>The bar's add buttons post here (a plain form with antiforgery) and come back to the page they were on.</summary>
    public static IEndpointRouteBuilder MapFreeShipping(this IEndpointRouteBuilder app)
    {
        app.MapPost("/checkout/free-shipping/add", async ([FromForm] int variantId, [FromForm] string? returnUrl,
            ShopperContext shopper, CartService carts, CancellationToken ct) =>
        {
            var result = await carts.AddAsync(shopper.EnsureKey(), variantId, 1, ct);
            var back = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
                ? returnUrl : "/cart";
            return Results.LocalRedirect($"{back}?fs={(result.Succeeded ? "added" : "failed")}");
        });
        return app;
    }
}
