using System.Globalization;
using Bunit;
using Storefront.Common;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.FreeShipping;

namespace Storefront.Tests.Components;

public sealed class FreeShippingBarTests : StorefrontComponentTest
{
    private static FreeShippingView View(long subtotal, params GapSuggestion[] suggestions) =>
        new(new FreeShippingProgress(new Money(subtotal), new Money(5000)), suggestions);

    [Fact]
    public void Shows_what_is_left_to_free_shipping_as_an_accessible_progress_bar()
    {
        var bar = Render<FreeShippingBar>(p => p.Add(x => x.View, View(3760)).Add(x => x.ReturnUrl, "/cart"));

        Assert.Equal("€12.40 to free shipping", bar.Find(".free-shipping__text").TextContent.Trim());
        var progress = bar.Find("[role=progressbar]");
        Assert.Equal("75", progress.GetAttribute("aria-valuenow"));
        Assert.Equal("0", progress.GetAttribute("aria-valuemin"));
        Assert.Equal("100", progress.GetAttribute("aria-valuemax"));
        Assert.Equal("€37.60 of €50.00 – €12.40 to free shipping", progress.GetAttribute("aria-valuetext"));
        Assert.Equal(bar.Find(".free-shipping__text").Id, progress.GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Says_free_shipping_is_unlocked_once_the_threshold_is_reached()
    {
        var bar = Render<FreeShippingBar>(p => p.Add(x => x.View, View(5000)).Add(x => x.ReturnUrl, "/cart"));

        Assert.Equal("Free shipping unlocked", bar.Find(".free-shipping__text").TextContent.Trim());
        Assert.Equal("100", bar.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
        Assert.Equal("Free shipping unlocked", bar.Find("[role=progressbar]").GetAttribute("aria-valuetext"));
        Assert.Empty(bar.FindAll("form"));
    }

    [Fact]
    public void Each_suggestion_is_a_plain_form_that_adds_its_variant_and_comes_back()
    {
        var suggestion = new GapSuggestion(7, "bottle", "Insulated bottle", "products/p7.svg", 70, "One size", new Money(1295));

        var bar = Render<FreeShippingBar>(p => p.Add(x => x.View, View(3760, suggestion)).Add(x => x.ReturnUrl, "/checkout/review"));

        var form = bar.Find(".free-shipping__suggestion form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("checkout/free-shipping/add", form.GetAttribute("action"));
        Assert.Equal("70", form.QuerySelector("input[name=variantId]")!.GetAttribute("value"));
        Assert.Equal("/checkout/review", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.Equal("Add", form.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal("Add Insulated bottle", form.QuerySelector("button")!.GetAttribute("aria-label"));
        Assert.Contains("€12.95", bar.Find(".free-shipping__suggestion").TextContent);
    }

    [Fact]
    public void Speaks_german_with_the_german_price_format()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        try
        {
            var bar = Render<FreeShippingBar>(p => p.Add(x => x.View, View(3760)).Add(x => x.ReturnUrl, "/cart"));

            Assert.Equal("Noch 12,40 € bis zum kostenlosen Versand", bar.Find(".free-shipping__text").TextContent.Trim());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
