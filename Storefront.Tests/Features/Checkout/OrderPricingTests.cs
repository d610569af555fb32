using Storefront.Features.Checkout;

namespace Storefront.Tests.Features.Checkout;

public sealed class OrderPricingTests
{
    [Fact]
    public void Totals_add_shipping_to_the_subtotal_and_the_vat_is_contained_in_them()
    {
        var totals = OrderPricing.Price([new PricedLine(1190, 2, 19)], shippingCents: 495);

        Assert.Equal(2380, totals.Subtotal.Cents);
        Assert.Equal(2875, totals.Total.Cents);
        // 19 % contained in 2875 gross: 2875 × 19 / 119 = 459.03
        Assert.Equal(459, totals.Vat.Cents);
    }

    [Fact]
    public void Shipping_carries_the_vat_of_the_goods_in_proportion_to_each_rate()
    {
        // Half the goods at 19 %, half at 7 %: the 1000 cents of shipping split 500/500.
        var totals = OrderPricing.Price([new PricedLine(5000, 1, 19), new PricedLine(5000, 1, 7)], shippingCents: 1000);

        Assert.Equal(OrderPricing.VatOf(5500, 19) + OrderPricing.VatOf(5500, 7), totals.Vat.Cents);
        Assert.Equal(11000, totals.Total.Cents);
    }

    [Fact]
    public void A_discount_never_exceeds_the_subtotal()
    {
        var totals = OrderPricing.Price([new PricedLine(500, 1, 19)], shippingCents: 0, discountCents: 900);

        Assert.Equal(500, totals.Discount.Cents);
        Assert.Equal(0, totals.Total.Cents);
        Assert.Equal(0, totals.Vat.Cents);
    }

    [Fact]
    public void An_empty_order_costs_nothing()
    {
        var totals = OrderPricing.Price([], shippingCents: 0);

        Assert.Equal(0, totals.Total.Cents);
        Assert.Equal(0, totals.Vat.Cents);
    }
}
