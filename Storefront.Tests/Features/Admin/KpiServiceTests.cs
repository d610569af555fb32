using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Admin.Kpis;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Admin;

/// <summary>
/// The dashboard's figures: on a hand-built March 2035 (after all seeded data, so the seed's orders and events stay
/// out of it) with expected values worked out by hand, and on the seeded data against a plain in-memory recount.
/// </summary>
public sealed class KpiServiceTests(SeededApp app) : IClassFixture<SeededApp>, IAsyncLifetime
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private static readonly DateOnly March1 = new(2035, 3, 1);
    private static readonly DateOnly March31 = new(2035, 3, 31);

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool built;

    private KpiService Kpis => app.Get<KpiService>();

    public async ValueTask InitializeAsync()
    {
        await Once.WaitAsync(Ct);
        try
        {
            if (!built)
            {
                await HandBuiltMarch.WriteAsync(app.Get<IDbContextFactory<StorefrontDb>>(), Ct);
                built = true;
            }
        }
        finally
        {
            Once.Release();
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Retention_on_the_hand_built_customers_matches_the_hand_computed_value()
    {
        var report = await ReportAsync(March1, March31);

        // At start (an order 1 Mar 2034 – 28 Feb 2035): A, B, C. At end (1 Apr 2034 – 31 Mar 2035): A, C, D, E; B lapsed.
        // New (first order in March 2035): D and the guest E. (4 − 2) / 3 × 100 = 66.7 %.
        Assert.Equal(new RetentionCounts(3, 4, 2, 66.7m), report.Retention);
    }

    [Fact]
    public async Task Revenue_orders_aov_and_repeat_purchases_leave_out_cancelled_orders_and_other_periods()
    {
        var report = await ReportAsync(March1, March31);

        Assert.Equal(new Money(25_001), report.Revenue);
        Assert.Equal(5, report.Orders);
        Assert.Equal(new Money(5_000), report.AverageOrderValue);
        // Buyers A, D, E (the guest's two emails differ only in case); D and E ordered twice.
        Assert.Equal((3, 2, 66.7m), (report.Buyers, report.RepeatBuyers, report.RepeatPurchasePercent!.Value));
        Assert.Equal(31, report.RevenuePerDay.Count);
        Assert.Equal(new DailyRevenue(new DateOnly(2035, 3, 5), new Money(10_000), 1), report.RevenuePerDay[4]);
        Assert.Equal(report.Revenue.Cents, report.RevenuePerDay.Sum(d => d.Revenue.Cents));
    }

    [Fact]
    public async Task Conversion_counts_shopper_days_as_sessions()
    {
        var report = await ReportAsync(March1, March31);

        // A on 5 and 6 March (bought on the 5th), x on 5 March (many events, one day), y late on 31 March (its 1 April is
        // outside), D on 10 March and z on 2 March (free-shipping bar events count as activity too): 6, one with a purchase.
        Assert.Equal((6, 1, 16.7m), (report.Sessions, report.SessionsWithPurchase, report.ConversionPercent!.Value));
    }

    [Fact]
    public async Task Top_products_are_ranked_by_revenue_of_kept_orders()
    {
        var report = await ReportAsync(March1, March31);

        Assert.Equal(2, report.TopProducts.Count);
        Assert.Equal(("Hand-built one", 3, new Money(14_995)), (report.TopProducts[0].Name, report.TopProducts[0].Units, report.TopProducts[0].Revenue));
        Assert.Equal(("Hand-built two", 3, new Money(10_006)), (report.TopProducts[1].Name, report.TopProducts[1].Units, report.TopProducts[1].Revenue));
    }

    [Fact]
    public async Task Stream_click_through_is_per_card_kind_and_has_no_value_without_impressions()
    {
        var report = await ReportAsync(March1, March31);

        Assert.Equal(
            [new StreamCardRate("rebuy", 3, 1, 33.3m), new StreamCardRate("trending", 2, 0, 0m), new StreamCardRate("pricedrop", 0, 1, null)],
            report.StreamCards);
    }

    [Fact]
    public async Task The_free_shipping_bar_compares_carts_that_crossed_after_seeing_it_with_the_rest()
    {
        var report = await ReportAsync(March1, March31);

        // Shown to A, D and x; D crossed (z crossed too, but saw the bar before March). D's orders: 2000 + 3000.
        // The other three orders: 10000 + 4995 + 5006 = 20001 → 6667.
        Assert.Equal(new FreeShippingEffect(3, 1, 33.3m, 2, new Money(2_500), 3, new Money(6_667)), report.FreeShipping);
    }

    [Fact]
    public async Task The_checkout_funnel_counts_shoppers_once_per_step()
    {
        var report = await ReportAsync(March1, March31);

        Assert.Equal(
        [
            new FunnelStep("contact", 3, 2, 1, 33.3m), new FunnelStep("address", 2, 1, 1, 50.0m), new FunnelStep("shipping", 1, 1, 0, 0m),
            new FunnelStep("payment", 1, 1, 0, 0m), new FunnelStep("review", 1, 1, 0, 0m),
        ], report.Funnel);
    }

    [Fact]
    public async Task An_empty_period_gives_zeros_and_no_value_for_every_ratio()
    {
        var report = await ReportAsync(new DateOnly(2040, 1, 1), new DateOnly(2040, 1, 7));

        Assert.Equal((0L, 0, 0), (report.Revenue.Cents, report.Orders, report.Sessions));
        Assert.Null(report.AverageOrderValue);
        Assert.Null(report.ConversionPercent);
        Assert.Null(report.RepeatPurchasePercent);
        Assert.Null(report.Retention.RetentionPercent);
        Assert.Null(report.FreeShipping.CrossedPercent);
        Assert.Empty(report.TopProducts);
        Assert.Empty(report.StreamCards);
        Assert.All(report.Funnel, s => Assert.Null(s.LeftPercent));
        Assert.Equal(7, report.RevenuePerDay.Count);
    }

    [Fact]
    public async Task A_start_after_the_end_a_missing_date_a_too_long_period_or_a_shopper_get_a_clear_message()
    {
        var backwards = await Kpis.ReportAsync(Merchants.Mara, March31, March1, Ct);
        var missing = await Kpis.ReportAsync(Merchants.Mara, null, March31, Ct);
        var tooLong = await Kpis.ReportAsync(Merchants.Mara, new DateOnly(2020, 1, 1), March31, Ct);
        var shopper = await Kpis.ReportAsync(Merchants.Shopper, March1, March31, Ct);

        Assert.Equal("The start date is after the end date. Choose a start on or before the end.", backwards.Error);
        Assert.Equal("Choose a start and an end date.", missing.Error);
        Assert.Equal("A period can cover at most 731 days.", tooLong.Error);
        Assert.Equal("Only merchants may do this.", shopper.Error);
        Assert.All([backwards, missing, tooLong, shopper], r => Assert.Null(r.Report));
    }

    [Fact]
    public async Task On_the_seeded_data_revenue_orders_sessions_and_top_products_match_a_plain_recount()
    {
        var today = Kpis.Today;
        var period = KpiFormulas.LastDays(today, 90);
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var orders = (await db.Orders.AsNoTracking().Include(o => o.Lines).ToListAsync(Ct))
            .Where(o => o.Status != OrderStatus.Cancelled && o.PlacedAtUtc >= period.StartUtc && o.PlacedAtUtc < period.EndUtc).ToList();
        var events = (await db.ShopperEvents.AsNoTracking().ToListAsync(Ct)).Where(e => e.AtUtc >= period.StartUtc && e.AtUtc < period.EndUtc).ToList();

        using var sql = SqlCommandCounter.Start();
        var report = await ReportAsync(period.From, period.To);

        Assert.True(sql.Count <= 15, $"{sql.Count} SQL commands");
        Assert.NotEqual(0, report.Orders);
        Assert.Equal(orders.Count, report.Orders);
        Assert.Equal(orders.Sum(o => o.TotalCents), report.Revenue.Cents);
        Assert.Equal(events.Select(e => (e.OwnerKey, e.AtUtc.Date)).Distinct().Count(), report.Sessions);
        Assert.Equal(events.Where(e => e.Kind == ShopperEventKind.Purchased).Select(e => (e.OwnerKey, e.AtUtc.Date)).Distinct().Count(), report.SessionsWithPurchase);
        var best = orders.SelectMany(o => o.Lines).GroupBy(l => l.ProductId).Select(g => g.Sum(l => l.UnitPriceCents * l.Quantity)).Max();
        Assert.Equal(best, report.TopProducts[0].Revenue.Cents);
    }

    private async Task<KpiReport> ReportAsync(DateOnly from, DateOnly to)
    {
        var result = await Kpis.ReportAsync(Merchants.Mara, from, to, Ct);
        Assert.Null(result.Error);
        return result.Report!;
    }
}
