using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Admin;
using Storefront.Features.Admin.Audit;
using Storefront.Features.Admin.Products;

namespace Storefront.Features.Checkout.Shipping;

/// <summary>The shipping rules form as typed: amounts in euros and lead times in working days, as text.</summary>
public sealed class ShippingSettingsForm
{
    public string FreeShippingThreshold { get; set; } = "";
    public string Standard { get; set; } = "";
    public string Express { get; set; } = "";
    public string StandardLeadDaysMin { get; set; } = "";
    public string StandardLeadDaysMax { get; set; } = "";
    public string ExpressLeadDaysMin { get; set; } = "";
    public string ExpressLeadDaysMax { get; set; } = "";
}

/// <summary>The merchant's editor of the free-shipping threshold, the standard and express rates and their lead times.</summary>
public sealed class ShippingSettingsAdmin(
    IDbContextFactory<StorefrontDb> dbFactory,
    LiveShippingSettings live,
    IStringLocalizer<AdminText> text,
    IStringLocalizer<AdminSettingsText> settingsText,
    TimeProvider time)
{
    public const int MaxLeadDays = 30;
    public const long MaxThresholdCents = 10_000_000;

    /// <summary>The values in force now (the configuration's until the merchant first saves).</summary>
    public async Task<ShippingSettingsForm> EditAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<ShippingSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == ShippingSettings.SingletonId, ct);
        var e = row is null ? live.Defaults : live.Merge(row);
        return new ShippingSettingsForm
        {
            FreeShippingThreshold = ProductFormRules.FormatCents(e.Shipping.FreeShippingThresholdCents),
            Standard = ProductFormRules.FormatCents(e.Shipping.StandardCents),
            Express = ProductFormRules.FormatCents(e.Shipping.ExpressCents),
            StandardLeadDaysMin = Days(e.Delivery.StandardLeadDaysMin),
            StandardLeadDaysMax = Days(e.Delivery.StandardLeadDaysMax),
            ExpressLeadDaysMin = Days(e.Shipping.ExpressLeadDaysMin),
            ExpressLeadDaysMax = Days(e.Shipping.ExpressLeadDaysMax),
        };
    }

    public async Task<AdminResult> SaveAsync(ClaimsPrincipal user, ShippingSettingsForm form, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is not { } actor)
        {
            return AdminResult.Fail(text["NotAllowed"]);
        }
        var errors = new Dictionary<string, string>();
        var threshold = Amount(errors, nameof(form.FreeShippingThreshold), form.FreeShippingThreshold);
        if (threshold > MaxThresholdCents)
        {
            errors[nameof(form.FreeShippingThreshold)] = text["PriceTooHigh"];
        }
        var standard = Amount(errors, nameof(form.Standard), form.Standard);
        var express = Amount(errors, nameof(form.Express), form.Express);
        var (standardMin, standardMax) = LeadDays(errors, nameof(form.StandardLeadDaysMin), form.StandardLeadDaysMin, nameof(form.StandardLeadDaysMax),
            form.StandardLeadDaysMax);
        var (expressMin, expressMax) = LeadDays(errors, nameof(form.ExpressLeadDaysMin), form.ExpressLeadDaysMin, nameof(form.ExpressLeadDaysMax),
            form.ExpressLeadDaysMax);
        if (errors.Count > 0)
        {
            return AdminResult.Invalid(text["FixErrors"], errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<ShippingSettings>().FirstOrDefaultAsync(s => s.Id == ShippingSettings.SingletonId, ct);
        var before = Snapshot(row is null ? live.Defaults : live.Merge(row));
        if (row is null)
        {
            row = new ShippingSettings();
            db.Add(row);
        }
        row.FreeShippingThresholdCents = threshold;
        row.StandardCents = standard;
        row.ExpressCents = express;
        row.StandardLeadDaysMin = standardMin;
        row.StandardLeadDaysMax = standardMax;
        row.ExpressLeadDaysMin = expressMin;
        row.ExpressLeadDaysMax = expressMax;
        row.UpdatedAtUtc = now;
        var after = Snapshot(live.Merge(row));
        AuditTrail.Record(db, actor, now, "ShippingSettings", ShippingSettings.SingletonId.ToString(CultureInfo.InvariantCulture), "Updated",
            settingsText["ShippingAuditSummary", form.FreeShippingThreshold.Trim(), form.Standard.Trim(), form.Express.Trim()], before, after);
        await db.SaveChangesAsync(ct);
        live.Invalidate();
        return AdminResult.Ok(ShippingSettings.SingletonId, text["Saved"]);
    }

    private static object Snapshot(EffectiveShipping e) => new
    {
        e.Shipping.FreeShippingThresholdCents, e.Shipping.StandardCents, e.Shipping.ExpressCents,
        e.Delivery.StandardLeadDaysMin, e.Delivery.StandardLeadDaysMax, e.Shipping.ExpressLeadDaysMin, e.Shipping.ExpressLeadDaysMax,
    };

    private long Amount(Dictionary<string, string> errors, string key, string? input)
    {
        if (ProductFormRules.ParseCents(input, out var cents) is { } problem)
        {
            errors[key] = text[problem];
        }
        return cents;
    }

    private (int Min, int Max) LeadDays(Dictionary<string, string> errors, string minKey, string? minInput, string maxKey, string? maxInput)
    {
        var min = Day(errors, minKey, minInput);
        var max = Day(errors, maxKey, maxInput);
        if (min is { } a && max is { } b && b < a)
        {
            errors[maxKey] = settingsText["LeadDaysMaxBelowMin"];
        }
        return (min ?? 0, max ?? 0);
    }

    private int? Day(Dictionary<string, string> errors, string key, string? input)
    {
        if (!int.TryParse(input?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var days) || days < 0 || days > MaxLeadDays)
        {
            errors[key] = settingsText["LeadDaysInvalid", MaxLeadDays];
            return null;
        }
        return days;
    }

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);
}
