using Bunit;
using Storefront.Common;
using Storefront.Features.Cart;
using Storefront.Features.Cart.Components;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Features.Checkout.Vouchers;

namespace Storefront.Tests.Components;

public sealed class MiniCartTests : StorefrontComponentTest
{
    private static CartLineView Line(int i, int quantity = 1) => new(
        VariantId: 100 + i, ProductId: i, ProductSlug: $"product-{i}", ProductName: $"Product {i}",
        ImagePath: $"products/p{i}.svg", ImageAlt: $"Product {i}", Size: "M", Colour: "Navy",
        UnitPrice: new Money(1000 * i), Quantity: quantity, Stock: 10);

    [Fact]
    public void Lists_the_lines_with_their_totals_and_links_to_the_cart()
    {
        var cart = new CartView([Line(1, quantity: 2), Line(2)]);

        var mini = Render<MiniCart>(p => p.Add(x => x.Cart, cart));

        var lines = mini.FindAll(".mini-cart__line");
        Assert.Equal(2, lines.Count);
        Assert.Contains("Product 1", lines[0].TextContent);
        Assert.Contains("2 × €10.00", lines[0].TextContent);
        Assert.Contains("€20.00", lines[0].QuerySelector(".mini-cart__total")!.TextContent);
        Assert.Contains("€40.00", mini.Find(".mini-cart__subtotal").TextContent);
        Assert.Equal("cart", mini.Find("a.mini-cart__go").GetAttribute("href"));
        Assert.Equal("product/1/product-1", lines[0].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Is_a_disclosure_that_starts_closed_and_names_its_toggle()
    {
        var mini = Render<MiniCart>(p => p.Add(x => x.Cart, new CartView([Line(1)])));

        var details = mini.Find("details");
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Show cart contents", mini.Find("summary").TextContent.Trim());
    }

    [Fact]
    public void A_long_cart_shows_the_first_lines_and_how_many_more_there_are()
    {
        var cart = new CartView(Enumerable.Range(1, 12).Select(i => Line(i)).ToList());

        var mini = Render<MiniCart>(p => p.Add(x => x.Cart, cart));

        Assert.Equal(MiniCart.MaxLines, mini.FindAll(".mini-cart__line").Count);
        Assert.Contains("and 7 more lines in your cart", mini.Markup);
        Assert.Contains(cart.Subtotal.ToString(), mini.Find(".mini-cart__subtotal").TextContent);
    }

    [Fact]
    public void Shows_the_free_shipping_bar_when_the_header_loaded_it()
    {
        var view = new FreeShippingView(new FreeShippingProgress(new Money(1000), new Money(5000)), []);

        var mini = Render<MiniCart>(p => p.Add(x => x.Cart, new CartView([Line(1)])).Add(x => x.FreeShipping, view));

        Assert.Equal("€40.00 to free shipping", mini.Find(".free-shipping__text").TextContent.Trim());
        Assert.Equal("20", mini.Find("[role=progressbar]").GetAttribute("aria-valuenow"));
    }

    [Fact]
    public void Offers_a_voucher_field_that_the_cart_page_answers()
    {
        var mini = Render<MiniCart>(p => p.Add(x => x.Cart, new CartView([Line(1)])));

        var form = mini.Find("form.mini-cart__voucher");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("cart", form.GetAttribute("action"));
        Assert.Equal("voucher", form.QuerySelector("input[name=_handler]")!.GetAttribute("value"));
        var field = form.QuerySelector("input[name=voucherCode]")!;
        Assert.Equal("Voucher code", mini.Find($"label[for={field.Id}]").TextContent);
    }

    [Fact]
    public void Shows_the_applied_voucher_and_what_it_takes_off_instead_of_the_field()
    {
        var terms = new VoucherTerms(1, "SAVE5", VoucherKind.FixedAmount, 500, 0, DateTime.UnixEpoch, null, false, true);

        var mini = Render<MiniCart>(p => p
            .Add(x => x.Cart, new CartView([Line(1)], "SAVE5"))
            .Add(x => x.Voucher, new VoucherEffect(terms, VoucherProblem.None, 500, false)));

        Assert.Empty(mini.FindAll("form.mini-cart__voucher"));
        Assert.Contains("SAVE5", mini.Find(".mini-cart__voucher-applied").TextContent);
        Assert.Contains("−€5.00", mini.Find(".mini-cart__voucher-applied").TextContent);
    }
}
