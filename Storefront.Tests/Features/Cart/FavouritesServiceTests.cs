using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart.Favourites;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Cart;

public sealed class FavouritesServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private FavouritesService Favourites => app.Get<FavouritesService>();
    private static string NewShopper() => $"a:{Guid.NewGuid():N}";

    [Fact]
    public async Task Favourite_products_and_brands_are_listed_newest_first()
    {
        var shopper = NewShopper();
        var products = await ProductIdsAsync(2);
        var brand = await app.Get<StorefrontDb>().Brands.AsNoTracking().OrderBy(b => b.Id).FirstAsync(Ct);
        await Favourites.SetAsync(shopper, FavouriteKind.Product, products[0], true, Ct);
        app.Time.Advance(TimeSpan.FromMinutes(1));
        await Favourites.SetAsync(shopper, FavouriteKind.Product, products[1], true, Ct);
        await Favourites.SetAsync(shopper, FavouriteKind.Brand, brand.Id, true, Ct);

        var view = await Favourites.ListAsync(shopper, Ct);

        Assert.Equal([products[1], products[0]], view.Products.Select(p => p.ProductId));
        var followed = Assert.Single(view.Brands);
        Assert.Equal(brand.Name, followed.Name);
        Assert.True(followed.ProductCount > 0);
        Assert.All(view.Products, p => Assert.True(p.FromPrice.Cents > 0));
    }

    [Fact]
    public async Task Setting_a_favourite_twice_keeps_one_and_unsetting_removes_it()
    {
        var shopper = NewShopper();
        var product = (await ProductIdsAsync(1))[0];

        Assert.True((await Favourites.SetAsync(shopper, FavouriteKind.Product, product, true, Ct)).Succeeded);
        Assert.True((await Favourites.SetAsync(shopper, FavouriteKind.Product, product, true, Ct)).Succeeded);
        Assert.Equal(1, await app.Get<StorefrontDb>().Favourites.CountAsync(f => f.OwnerKey == shopper, Ct));

        await Favourites.SetAsync(shopper, FavouriteKind.Product, product, false, Ct);
        await Favourites.SetAsync(shopper, FavouriteKind.Product, product, false, Ct);
        Assert.True((await Favourites.ListAsync(shopper, Ct)).IsEmpty);
    }

    [Fact]
    public async Task Unknown_products_and_brands_are_refused()
    {
        var shopper = NewShopper();

        var product = await Favourites.SetAsync(shopper, FavouriteKind.Product, 987654, true, Ct);
        var brand = await Favourites.SetAsync(shopper, FavouriteKind.Brand, -1, true, Ct);

        Assert.Equal("This product is no longer available.", product.Error);
        Assert.Equal("This brand is not available.", brand.Error);
        Assert.Empty((await Favourites.IdsAsync(shopper, Ct)).Products);
    }

    [Fact]
    public async Task Favouriting_records_a_signal()
    {
        var shopper = NewShopper();
        var product = (await ProductIdsAsync(1))[0];

        await Favourites.SetAsync(shopper, FavouriteKind.Product, product, true, Ct);
        await app.Get<ShopperSignals>().FlushAsync(Ct);

        Assert.True(await app.Get<StorefrontDb>().ShopperEvents.AnyAsync(
            e => e.OwnerKey == shopper && e.Kind == ShopperEventKind.Favourited && e.ProductId == product, Ct));
    }

    private Task<List<int>> ProductIdsAsync(int count) =>
        app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Id).Select(p => p.Id).Take(count).ToListAsync(Ct);
}
