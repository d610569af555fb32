using Microsoft.AspNetCore.Antiforgery;
using Storefront.Features.Cart;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Features.SizeAdvisor;

/// <summary>
/// The advisor island's actions are plain form posts to these endpoints (Post/Redirect/Get back to the product page):
/// a circuit cannot set the anonymous shopper cookie, a request can.
/// </summary>
public static class SizeAdvisorEndpoints
{
    public const string CartPath = "size-advisor/cart";
    public const string NotifyPath = "size-advisor/notify";
    public const string ProfilePath = "size-advisor/profile";

    /// <summary>The query value the product page's slot turns into a notice.</summary>
    public const string NoticeQuery = "advisor";

    public static WebApplication MapSizeAdvisor(this WebApplication app)
    {
        var group = app.MapGroup("/size-advisor").WithMetadata(new RequireAntiforgeryTokenAttribute());
        group.MapPost("/cart", AddToCartAsync);
        group.MapPost("/notify", NotifyAsync);
        group.MapPost("/profile", SaveProfileAsync);
        return app;
    }

    private static async Task<IResult> AddToCartAsync(IFormCollection form, ShopperContext shopper, CartService carts, CancellationToken ct)
    {
        if (!TryInt(form, "productId", out var productId) || !TryInt(form, "variantId", out var variantId))
        {
            return Results.BadRequest();
        }
        var result = await carts.AddAsync(shopper.EnsureKey(), variantId, 1, ct);
        return Back(productId, result.Succeeded ? $"added={variantId}" : $"{NoticeQuery}=cart-failed");
    }

    private static async Task<IResult> NotifyAsync(IFormCollection form, ShopperContext shopper, BackInStockRequests requests, CancellationToken ct)
    {
        if (!TryInt(form, "productId", out var productId) || !TryInt(form, "variantId", out var variantId))
        {
            return Results.BadRequest();
        }
        var result = await requests.RequestAsync(shopper.EnsureKey(), variantId, ct);
        return Back(productId, $"{NoticeQuery}={(result.Succeeded ? "notify" : "notify-failed")}");
    }

    private static async Task<IResult> SaveProfileAsync(IFormCollection form, ShopperContext shopper, FitProfiles profiles, CancellationToken ct)
    {
        if (!TryInt(form, "productId", out var productId))
        {
            return Results.BadRequest();
        }
        var fit = new FitForm
        {
            Height = form["Height"], Weight = form["Weight"], Chest = form["Chest"], Waist = form["Waist"], Hip = form["Hip"],
            FootLength = form["FootLength"], Inseam = form["Inseam"],
            Preference = Enum.TryParse<FitPreference>(form["Preference"], out var preference) ? preference : (FitPreference)(-1),
            Style = Enum.TryParse<RidingStyle>(form["Style"], out var style) ? style : (RidingStyle)(-1),
        };
        var result = await profiles.SaveAsync(shopper.EnsureKey(), fit, ct);
        return Back(productId, $"{NoticeQuery}={(result.Succeeded ? "saved" : "profile-failed")}");
    }

    private static IResult Back(int productId, string query) => Results.LocalRedirect($"/product/{productId}?{query}");

    private static bool TryInt(IFormCollection form, string name, out int value) =>
        int.TryParse(form[name], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value > 0;
}
