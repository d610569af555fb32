using Storefront.Common;

namespace Storefront.Features.Cart.Favourites;

public enum FavouriteKind
{
    Product,
    Brand,
}

/// <summary>The ids a shopper has marked, for showing the heart buttons' state.</summary>
public sealed record FavouriteIds(IReadOnlySet<int> Products, IReadOnlySet<int> Brands)
{
    public static readonly FavouriteIds None = new(new HashSet<int>(), new HashSet<int>());

    public bool Contains(FavouriteKind kind, int id) => kind == FavouriteKind.Product ? Products.Contains(id) : Brands.Contains(id);
}

public sealed record FavouriteProduct(
    int ProductId, string Slug, string Name, string BrandName, string ImagePath, string ImageAlt, Money FromPrice, bool InStock);

public sealed record FavouriteBrand(int BrandId, string Slug, string Name, string Colour, int ProductCount);

/// <summary>The wish list page: newest first.</summary>
public sealed record FavouritesView(IReadOnlyList<FavouriteProduct> Products, IReadOnlyList<FavouriteBrand> Brands)
{
    public bool IsEmpty => Products.Count == 0 && Brands.Count == 0;
}

public sealed record ProductBrand(int BrandId, string Slug, string BrandName);
