using Storefront.Common;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Checkout;
using Storefront.Features.Orders;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout;

public sealed class ShippingRulesTests(SeededApp app) : IClassFixture<SeededApp>
{
    private ShippingRules Rules => app.Get<ShippingRules>();

    [Theory]
    [InlineData(0, 0, 5000)]
    [InlineData(3760, 75, 1240)]
    [InlineData(5000, 100, 0)]
    [InlineData(9000, 100, 0)]
    public void Progress_shows_what_is_left_to_the_configured_threshold(long subtotal, int percent, long remaining)
    {
        var progress = Rules.Progress(new Money(subtotal));

        Assert.Equal(5000, progress.Threshold.Cents);
        Assert.Equal(percent, progress.Percent);
        Assert.Equal(remaining, progress.Remaining.Cents);
        Assert.Equal(subtotal >= 5000, progress.Unlocked);
    }

    [Fact]
    public void Standard_is_free_from_the_threshold_express_never_and_pick_up_always()
    {
        Assert.Equal(495, Rules.CostOf(ShippingMethod.Standard, new Money(4999)).Cents);
        Assert.Equal(0, Rules.CostOf(ShippingMethod.Standard, new Money(5000)).Cents);
        Assert.Equal(995, Rules.CostOf(ShippingMethod.Express, new Money(9000)).Cents);
        Assert.Equal(0, Rules.CostOf(ShippingMethod.PickUpInStore, new Money(100)).Cents);
    }

    [Fact]
    public void Delivery_windows_skip_weekends_and_express_is_never_later_than_standard()
    {
        // Friday 2031-09-12, 16:00 in Berlin: after the cutoff, dispatch is Monday. A date ahead of the real clock,
        // which the fake clock starts from and cannot go back behind.
        app.Time.SetUtcNow(new DateTimeOffset(2031, 9, 12, 14, 0, 0, TimeSpan.Zero));

        var standard = Rules.WindowOf(ShippingMethod.Standard);
        var express = Rules.WindowOf(ShippingMethod.Express);

        Assert.Equal(new DateOnly(2031, 9, 16), standard.Earliest);
        Assert.Equal(new DateOnly(2031, 9, 17), standard.Latest);
        Assert.Equal(new DateOnly(2031, 9, 16), express.Latest);
        Assert.True(DeliveryEstimator.IsWorkingDay(Rules.WindowOf(ShippingMethod.PickUpInStore).Earliest));
    }
}
