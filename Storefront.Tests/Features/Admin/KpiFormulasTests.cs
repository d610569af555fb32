using Storefront.Common;
using Storefront.Features.Admin.Kpis;

namespace Storefront.Tests.Features.Admin;

public sealed class KpiFormulasTests
{
    [Fact]
    public void Retention_is_customers_at_end_less_new_ones_over_customers_at_start()
    {
        Assert.Equal(66.7m, KpiFormulas.Retention(atStart: 3, atEnd: 4, newCustomers: 2));
        Assert.Equal(100m, KpiFormulas.Retention(atStart: 10, atEnd: 15, newCustomers: 5));
        Assert.Equal(0m, KpiFormulas.Retention(atStart: 4, atEnd: 2, newCustomers: 2));
    }

    [Fact]
    public void A_ratio_over_nothing_has_no_value_rather_than_zero()
    {
        Assert.Null(KpiFormulas.Retention(atStart: 0, atEnd: 3, newCustomers: 3));
        Assert.Null(KpiFormulas.Percent(0, 0));
        Assert.Null(KpiFormulas.AverageOrderValue(0, 0));
        Assert.Equal("—", KpiDisplay.Percent(null));
        Assert.Equal("—", KpiDisplay.Money(null));
    }

    [Fact]
    public void Average_order_value_rounds_to_whole_cents_half_away_from_zero()
    {
        Assert.Equal(new Money(3334), KpiFormulas.AverageOrderValue(10_001, 3)); // 3333.67
        Assert.Equal(new Money(1250), KpiFormulas.AverageOrderValue(2_499, 2)); // 1249.5
    }

    [Fact]
    public void A_funnel_step_counts_who_left_and_never_goes_negative()
    {
        var step = KpiFormulas.Step("address", reached: 8, completed: 6);
        var odd = KpiFormulas.Step("payment", reached: 1, completed: 2);

        Assert.Equal((2, 25.0m), (step.Left, step.LeftPercent!.Value));
        Assert.Equal((0, 0m), (odd.Left, odd.LeftPercent!.Value));
        Assert.Null(KpiFormulas.Step("review", 0, 0).LeftPercent);
    }

    [Fact]
    public void The_day_series_has_every_day_of_the_period_with_zero_where_nothing_sold()
    {
        var period = KpiFormulas.LastDays(new DateOnly(2026, 3, 3), 7);
        var days = KpiFormulas.FillDays(period, new Dictionary<DateOnly, (long, int)> { [new DateOnly(2026, 3, 1)] = (1999, 2) });

        Assert.Equal(new DateOnly(2026, 2, 25), period.From);
        Assert.Equal(7, days.Count);
        Assert.Equal(new DailyRevenue(new DateOnly(2026, 3, 1), new Money(1999), 2), days[4]);
        Assert.Equal(1999, days.Sum(d => d.Revenue.Cents));
    }
}
