using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Components.Layout;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Catalog.Search;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Components;

public sealed class SiteHeaderTests : StorefrontComponentTest, IClassFixture<SeededApp>
{
    private readonly SeededApp app;
    private readonly DefaultHttpContext http = new();

    public SiteHeaderTests(SeededApp app)
    {
        this.app = app;
        Services.AddSingleton(app.Get<CatalogService>());
        Services.AddSingleton(app.Get<CartService>());
        Services.AddSingleton(app.Get<Storefront.Features.Checkout.FreeShipping.FreeShippingAdvisor>());
        Services.AddSingleton(app.Get<Storefront.Features.Checkout.Vouchers.VoucherService>());
        Services.AddSingleton(new ShopperContext(new HttpContextAccessor { HttpContext = http }));
        Services.AddSingleton(app.Get<ProductSearchSuggestions>());
        Services.AddSingleton(TimeProvider.System);
    }

    [Fact]
    public void Shows_brand_search_departments_and_sign_in_for_visitors()
    {
        AddAuthorization();

        var header = RenderHeader();

        Assert.Contains("Testladen", header.Find(".site-brand").TextContent);
        Assert.Equal("search", header.Find("form[role=search]").GetAttribute("action"));
        Assert.Equal("Search the shop", header.Find("label[for=site-search-input]").TextContent);
        Assert.Equal("combobox", header.Find("#site-search-input").GetAttribute("role"));
        Assert.True(header.FindAll("nav.department-nav a").Count >= 4);
        Assert.NotNull(header.Find("a[href^='Account/Login']"));
        Assert.Equal("Cart, 0 items", header.Find("a.cart-link").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_cart_icon_counts_the_items_in_the_shoppers_cart()
    {
        AddAuthorization();
        var shopperId = Guid.NewGuid();
        http.Request.Headers.Cookie = $"{ShopperContext.AnonymousCookie}={shopperId:N}";
        var variant = app.Get<Storefront.Data.StorefrontDb>().Variants.First(v => v.Stock >= 3);
        await app.Get<CartService>().AddAsync($"a:{shopperId:N}", variant.Id, 3, Xunit.TestContext.Current.CancellationToken);

        var header = RenderHeader();

        Assert.Equal("3", header.Find(".cart-count").TextContent.Trim());
    }

    [Fact]
    public void Signed_in_merchants_see_account_admin_and_sign_out()
    {
        AddAuthorization().SetAuthorized("merchant@storefront.test").SetRoles("Merchant");

        var header = RenderHeader();

        Assert.NotNull(header.Find("a[href='admin']"));
        Assert.NotNull(header.Find("a[href='Account/Manage']"));
        Assert.Equal("Account/Logout", header.Find("form.inline-form").GetAttribute("action"));
    }

    [Fact]
    public void Offers_both_languages_and_marks_the_current_one()
    {
        AddAuthorization();

        var header = RenderHeader();

        var links = header.FindAll(".language-switch a");
        Assert.Equal(["EN", "DE"], links.Select(a => a.TextContent));
        Assert.Equal("true", links[0].GetAttribute("aria-current"));
    }

    private IRenderedComponent<SiteHeader> RenderHeader()
    {
        // The header is rendered statically; its search box is an interactive island that is prerendered in it.
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        return Render<SiteHeader>();
    }
}
