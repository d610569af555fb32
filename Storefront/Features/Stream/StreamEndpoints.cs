using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Storefront.Features.Cart;
using Storefront.Features.Stream.Sets;

namespace Storefront.Features.Stream;

/// <summary>
/// The set card's "add the set" is a plain form post (it works before the island's circuit connects, and a request can
/// set the shopper cookie, a circuit cannot); Post/Redirect/Get back to the stream with ?stream=… saying what happened.
/// </summary>
public static class StreamEndpoints
{
    public const string SetPath = "stream/set";

    public static WebApplication MapShoppingStream(this WebApplication app)
    {
        app.MapPost("/" + SetPath, AddSetAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }

    private static async Task<IResult> AddSetAsync(IFormCollection form, ShopperContext shopper, SetCart sets, CancellationToken ct)
    {
        if (!int.TryParse(form["anchor"], NumberStyles.None, CultureInfo.InvariantCulture, out var anchor))
        {
            return Results.BadRequest();
        }
        var variants = new List<int>();
        foreach (var slot in form["slot"].Take(SetCart.MaxPieces + 1))
        {
            if (!int.TryParse(form["variant-" + slot], NumberStyles.None, CultureInfo.InvariantCulture, out var variant))
            {
                return Results.BadRequest();
            }
            variants.Add(variant);
        }
        var result = await sets.AddAsync(new StreamShopper(shopper.EnsureKey(), shopper.UserId), anchor, variants, ct);
        var done = result.Succeeded ? "set-added" : "set-" + result.Refusal!.Value.ToString().ToLowerInvariant();
        return Results.LocalRedirect($"/?stream={done}#stream-title");
    }
}
