using Bunit;
using Storefront.Common;
using Storefront.Features.Admin.Kpis;

namespace Storefront.Tests.Components;

/// <summary>The dashboard's sections: numbers readable as text, "—" where a ratio has no value, no empty charts.</summary>
public sealed class KpiSectionsTests : StorefrontComponentTest
{
    private static readonly KpiPeriod Week = new(new DateOnly(2035, 3, 1), new DateOnly(2035, 3, 7));

    [Fact]
    public void Summary_shows_money_counts_and_a_dash_where_there_was_nothing_to_divide_by()
    {
        var report = Report(revenueCents: 0, orders: 0, sessions: 0);

        var cards = Render<KpiSummaryCards>(p => p.Add(x => x.Report, report));

        var items = cards.FindAll("li").Select(li => li.TextContent).ToList();
        Assert.Contains(items, t => t.Contains("Average order value") && t.Contains("—"));
        Assert.Contains(items, t => t.Contains("Conversion rate") && t.Contains("—") && t.Contains("0 of 0 sessions with a purchase"));
        Assert.Contains(items, t => t.Contains("Customer retention rate") && t.Contains("66.7 %") && t.Contains("(4 at end − 2 new) / 3 at start"));
    }

    [Fact]
    public void The_funnel_is_a_table_for_everyone_and_has_no_chart_while_nobody_reached_checkout()
    {
        var empty = KpiFormulas.Step("contact", 0, 0);
        var busy = KpiFormulas.Step("contact", 8, 6);

        var none = Render<KpiFunnelSection>(p => p.Add(x => x.Steps, [empty]));
        var some = Render<KpiFunnelSection>(p => p.Add(x => x.Steps, [busy]));

        Assert.Empty(none.FindAll("[role=img]"));
        Assert.Equal(["Sign in or guest", "0", "0", "0", "—"], none.FindAll("tbody tr > *").Select(c => c.TextContent.Trim()));
        Assert.Single(some.FindAll("[role=img]"));
        Assert.Equal(["Sign in or guest", "8", "6", "2", "25.0 %"], some.FindAll("tbody tr > *").Select(c => c.TextContent.Trim()));
    }

    private static KpiReport Report(long revenueCents, int orders, int sessions) => new(
        Week, new Money(revenueCents), orders, KpiFormulas.AverageOrderValue(revenueCents, orders), sessions, 0, KpiFormulas.Percent(0, sessions),
        0, 0, null, new RetentionCounts(3, 4, 2, KpiFormulas.Retention(3, 4, 2)), KpiFormulas.FillDays(Week, new Dictionary<DateOnly, (long, int)>()),
        [], [], new FreeShippingEffect(0, 0, null, 0, null, 0, null), []);
}
