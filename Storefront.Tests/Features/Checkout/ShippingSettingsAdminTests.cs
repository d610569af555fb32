using Microsoft.EntityFrameworkCore;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Checkout;
using Storefront.Features.Checkout.Shipping;
using Storefront.Features.Orders;
using Storefront.Tests.Features.Admin;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Checkout;

public sealed class ShippingSettingsAdminTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private ShippingSettingsAdmin Admin => app.Get<ShippingSettingsAdmin>();

    private ShippingRules Rules => app.Get<ShippingRules>();

    private async Task<StorefrontDb> DbAsync() => await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);

    [Fact]
    public async Task The_merchants_threshold_and_rates_are_what_the_checkout_charges_at_once_and_the_save_is_audited()
    {
        var form = await Admin.EditAsync(Ct);
        (form.FreeShippingThreshold, form.Standard, form.Express) = ("35", "3,95", "12.50");
        (form.StandardLeadDaysMin, form.StandardLeadDaysMax, form.ExpressLeadDaysMin, form.ExpressLeadDaysMax) = ("2", "4", "1", "2");

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3500, Rules.Progress(new Money(1000)).Threshold.Cents);
        Assert.Equal(395, Rules.CostOf(ShippingMethod.Standard, new Money(3499)).Cents);
        Assert.Equal(0, Rules.CostOf(ShippingMethod.Standard, new Money(3500)).Cents);
        Assert.Equal(1250, Rules.CostOf(ShippingMethod.Express, new Money(9000)).Cents);
        var saved = await Admin.EditAsync(Ct);
        Assert.Equal(("35.00", "3.95", "12.50", "4"), (saved.FreeShippingThreshold, saved.Standard, saved.Express, saved.StandardLeadDaysMax));
        await using var db = await DbAsync();
        var entry = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.EntityType == "ShippingSettings").OrderBy(e => e.Id).LastAsync(Ct);
        Assert.Contains("\"FreeShippingThresholdCents\":3500", entry.AfterJson);
        Assert.Equal("merchant@storefront.test", entry.UserName);
    }

    [Fact]
    public async Task Longer_standard_lead_times_move_the_delivery_window()
    {
        var before = Rules.WindowOf(ShippingMethod.Standard);
        var form = await Admin.EditAsync(Ct);
        (form.StandardLeadDaysMin, form.StandardLeadDaysMax) = ("3", "5");

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.True(result.Succeeded, result.Error);
        var window = Rules.WindowOf(ShippingMethod.Standard);
        var expected = new DeliveryEstimator(new DeliveryOptions { StandardLeadDaysMin = 3, StandardLeadDaysMax = 5 }, app.Time).Estimate();
        Assert.Equal(expected, window);
        Assert.True(window.Latest > before.Latest);
    }

    [Theory]
    [InlineData("FreeShippingThreshold", "-1", "The amount cannot be negative.")]
    [InlineData("Standard", "cheap", "Enter an amount in euros, e.g. 19.95.")]
    [InlineData("Express", "-0.50", "The amount cannot be negative.")]
    [InlineData("ExpressLeadDaysMin", "-1", "Enter whole working days from 0 to 30.")]
    [InlineData("StandardLeadDaysMax", "0", "At most cannot be fewer days than at least.")]
    public async Task Refused_input_names_the_field_and_leaves_the_rules_as_they_were(string field, string value, string message)
    {
        var form = await Admin.EditAsync(Ct);
        (form.StandardLeadDaysMin, form.StandardLeadDaysMax) = ("1", "2");
        typeof(ShippingSettingsForm).GetProperty(field)!.SetValue(form, value);
        if (field == "StandardLeadDaysMax")
        {
            form.StandardLeadDaysMin = "2";
        }
        await using var db = await DbAsync();
        var audits = await db.Set<AuditEntry>().CountAsync(Ct);
        var threshold = Rules.Options.FreeShippingThresholdCents;
        var stored = await db.ShippingSettings.AsNoTracking().ToListAsync(Ct);

        var result = await Admin.SaveAsync(Merchants.Mara, form, Ct);

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.FieldErrors[field]);
        Assert.Equal(audits, await db.Set<AuditEntry>().CountAsync(Ct));
        Assert.Equal(threshold, Rules.Options.FreeShippingThresholdCents);
        Assert.Equivalent(stored, await db.ShippingSettings.AsNoTracking().ToListAsync(Ct));
    }

    [Fact]
    public async Task A_shopper_cannot_change_the_shipping_rules()
    {
        var form = await Admin.EditAsync(Ct);
        var before = Rules.Options.FreeShippingThresholdCents;
        form.FreeShippingThreshold = "0";

        var result = await Admin.SaveAsync(Merchants.Shopper, form, Ct);

        Assert.Equal("Only merchants may do this.", result.Error);
        Assert.Equal(before, Rules.Options.FreeShippingThresholdCents);
    }
}
