namespace Storefront.Features.Cart.Favourites;

/// <summary>
/// The current shopper's favourites for one request (or circuit), cascaded to every <c>FavouriteButton</c>: a grid
/// of 24 tiles costs one query, not 24. Components that render without it (e.g. in isolation) show no heart.
/// </summary>
public sealed class ShopperFavourites(ShopperContext shopper, FavouritesService favourites)
{
    private Task<FavouriteIds>? ids;

    public Task<FavouriteIds> IdsAsync() => ids ??= favourites.IdsAsync(shopper.CurrentKey);

    public async Task<CartResult> SetAsync(FavouriteKind kind, int id, bool favourite)
    {
        // Unmarking needs no cookie; marking is what makes a visitor worth remembering.
        var key = favourite ? shopper.EnsureKey() : shopper.CurrentKey;
        if (key is null)
        {
            return CartResult.Ok;
        }
        ids = null;
        return await favourites.SetAsync(key, kind, id, favourite);
    }
}
