using Bunit;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.Components;
using Storefront.Features.Orders;

namespace Storefront.Tests.Components;

public sealed class StepIndicatorTests : StorefrontComponentTest
{
    private static readonly CheckoutState AddressDone = CheckoutState.Empty with { ContactDone = true, AddressDone = true };

    [Fact]
    public void Marks_the_current_step_and_links_only_to_steps_that_can_be_opened()
    {
        var steps = Render<StepIndicator>(p => p.Add(x => x.Current, CheckoutStep.Shipping).Add(x => x.State, AddressDone));

        var items = steps.FindAll("nav ol > li");
        Assert.Equal(6, items.Count);
        var current = Assert.Single(steps.FindAll("[aria-current=step]"));
        Assert.Contains("Shipping", current.TextContent);
        Assert.Empty(current.QuerySelectorAll("a"));
        Assert.Equal(["checkout/contact", "checkout/address"], steps.FindAll("nav a").Select(a => a.GetAttribute("href")));
        Assert.Contains("(done)", items[0].TextContent);
        Assert.Equal("Checkout steps", steps.Find("nav").GetAttribute("aria-label"));
    }

    [Fact]
    public void Going_back_keeps_later_done_steps_reachable()
    {
        var allDone = AddressDone with { Shipping = ShippingMethod.Express, PaymentDone = true };

        var steps = Render<StepIndicator>(p => p.Add(x => x.Current, CheckoutStep.Address).Add(x => x.State, allDone));

        Assert.Equal(["checkout/contact", "checkout/shipping", "checkout/payment", "checkout/review"],
            steps.FindAll("nav a").Select(a => a.GetAttribute("href")));
    }
}
