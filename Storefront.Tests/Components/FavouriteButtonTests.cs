using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Cart.Components;
using Storefront.Features.Cart.Favourites;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Components;

public sealed class FavouriteButtonTests : StorefrontComponentTest, IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = Xunit.TestContext.Current.CancellationToken;
    private readonly SeededApp app;
    private readonly DefaultHttpContext http = new();
    private readonly string shopperKey;
    private readonly ShopperFavourites favourites;

    public FavouriteButtonTests(SeededApp app)
    {
        this.app = app;
        var shopperId = Guid.NewGuid();
        http.Request.Headers.Cookie = $"{ShopperContext.AnonymousCookie}={shopperId:N}";
        shopperKey = ShopperContext.AnonymousKey(shopperId);
        favourites = new ShopperFavourites(new ShopperContext(new HttpContextAccessor { HttpContext = http }), app.Get<FavouritesService>());
        Services.AddSingleton<AntiforgeryStateProvider>(new TestAntiforgery());
    }

    [Fact]
    public async Task Shows_whether_the_product_is_a_favourite_with_aria_pressed()
    {
        var (mine, other) = await TwoProductsAsync();
        await app.Get<FavouritesService>().SetAsync(shopperKey, FavouriteKind.Product, mine, true, Ct);

        var pressed = RenderButton(mine, "Merino crew T-shirt");
        var notPressed = RenderButton(other, "Trail runner");

        Assert.Equal("true", pressed.Find("button").GetAttribute("aria-pressed"));
        Assert.Equal("false", notPressed.Find("button").GetAttribute("aria-pressed"));
        Assert.Equal("Favourite: Trail runner", notPressed.Find("button").TextContent.Trim());
        Assert.Equal("off", pressed.Find("input[name=favourite-wanted]").GetAttribute("value"));
        Assert.Equal("on", notPressed.Find("input[name=favourite-wanted]").GetAttribute("value"));
    }

    [Fact]
    public async Task Submitting_saves_the_favourite_and_redirects_back_to_the_same_page()
    {
        var (product, _) = await TwoProductsAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("c/fashion?page=2");
        var button = RenderButton(product, "Merino crew T-shirt");

        await button.Find("form").SubmitAsync();

        Assert.Contains(product, (await app.Get<FavouritesService>().IdsAsync(shopperKey, Ct)).Products);
        Assert.EndsWith("c/fashion?page=2", navigation.Uri);
    }

    [Fact]
    public void Following_a_brand_names_the_brand()
    {
        var button = Render<FavouriteButton>(p => p
            .Add(x => x.Kind, FavouriteKind.Brand)
            .Add(x => x.TargetId, 1)
            .Add(x => x.ItemName, "Nordwind")
            .AddCascadingValue(favourites));

        Assert.Equal("Follow Nordwind", button.Find("button").TextContent.Trim());
    }

    [Fact]
    public void Renders_nothing_where_the_shop_supplies_no_favourites()
    {
        var button = Render<FavouriteButton>(p => p.Add(x => x.TargetId, 1).Add(x => x.ItemName, "x"));

        Assert.Empty(button.Markup.Trim());
    }

    private IRenderedComponent<FavouriteButton> RenderButton(int productId, string name) =>
        Render<FavouriteButton>(p => p
            .Add(x => x.TargetId, productId)
            .Add(x => x.ItemName, name)
            .Add(x => x.Compact, true)
            .AddCascadingValue(favourites));

    private async Task<(int, int)> TwoProductsAsync()
    {
        var ids = await app.Get<StorefrontDb>().Products.AsNoTracking().Where(p => !p.IsArchived)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync(Ct);
        return (ids[0], ids[1]);
    }

    private sealed class TestAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
