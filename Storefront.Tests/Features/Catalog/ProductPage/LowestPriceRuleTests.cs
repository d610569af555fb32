using Storefront.Features.Catalog.ProductPage;

namespace Storefront.Tests.Features.Catalog.ProductPage;

public sealed class LowestPriceRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc);

    private static PricePoint At(DateTime from, long cents) => new(from, cents);

    private static PricePoint DaysAgo(double days, long cents) => new(Now.AddDays(-days), cents);

    [Fact]
    public void A_reduction_without_any_history_is_not_shown()
    {
        Assert.Null(LowestPriceRule.ReferencePrice(3995, [], Now));
    }

    [Fact]
    public void A_price_that_never_changed_shows_no_reduction()
    {
        Assert.Null(LowestPriceRule.ReferencePrice(3995, [DaysAgo(90, 3995)], Now));
    }

    [Fact]
    public void The_reference_is_the_lowest_price_of_the_30_days_before_the_reduction_not_the_highest()
    {
        PricePoint[] history = [DaysAgo(90, 5995), DaysAgo(20, 4995), DaysAgo(1, 3995)];

        Assert.Equal(4995, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }

    [Fact]
    public void A_price_raised_then_lowered_back_shows_no_reduction()
    {
        PricePoint[] history = [DaysAgo(90, 3995), DaysAgo(10, 5995), DaysAgo(1, 3995)];

        Assert.Null(LowestPriceRule.ReferencePrice(3995, history, Now));
    }

    [Fact]
    public void A_price_raised_then_lowered_below_the_old_price_is_compared_with_the_old_price()
    {
        PricePoint[] history = [DaysAgo(90, 3995), DaysAgo(10, 5995), DaysAgo(1, 3495)];

        Assert.Equal(3995, LowestPriceRule.ReferencePrice(3495, history, Now)?.Cents);
    }

    [Fact]
    public void A_price_that_ended_exactly_30_days_before_the_reduction_does_not_count()
    {
        var reducedAt = Now.AddDays(-2);
        PricePoint[] history = [At(reducedAt.AddDays(-100), 2995), At(reducedAt.AddDays(-30), 4995), At(reducedAt, 3995)];

        Assert.Equal(4995, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }

    [Fact]
    public void A_price_that_still_applied_within_the_30_days_counts()
    {
        var reducedAt = Now.AddDays(-2);
        PricePoint[] history = [At(reducedAt.AddDays(-100), 2995), At(reducedAt.AddDays(-30).AddMinutes(1), 4995), At(reducedAt, 3995)];

        Assert.Null(LowestPriceRule.ReferencePrice(3995, history, Now));
    }

    [Fact]
    public void A_price_set_exactly_30_days_before_the_reduction_counts()
    {
        var reducedAt = Now.AddDays(-2);
        PricePoint[] history = [At(reducedAt.AddDays(-30), 4495), At(reducedAt.AddDays(-10), 5995), At(reducedAt, 3995)];

        Assert.Equal(4495, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }

    [Fact]
    public void A_long_running_reduction_keeps_the_reference_of_the_30_days_before_it_started()
    {
        PricePoint[] history = [DaysAgo(200, 5995), DaysAgo(50, 3995)];

        Assert.Equal(5995, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }

    [Fact]
    public void Repeated_rows_with_the_current_price_do_not_move_the_start_of_the_reduction()
    {
        PricePoint[] history = [DaysAgo(100, 5995), DaysAgo(40, 3995), DaysAgo(5, 3995)];

        Assert.Equal(5995, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }

    [Fact]
    public void Scheduled_future_prices_are_ignored()
    {
        PricePoint[] history = [DaysAgo(60, 5995), DaysAgo(3, 3995), DaysAgo(-5, 1995)];

        Assert.Equal(5995, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }

    [Fact]
    public void A_price_changed_without_a_history_row_is_treated_as_changed_now()
    {
        PricePoint[] history = [DaysAgo(90, 5995), DaysAgo(20, 4995)];

        Assert.Equal(4995, LowestPriceRule.ReferencePrice(3995, history, Now)?.Cents);
    }
}
