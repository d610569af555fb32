using System.Globalization;
using Microsoft.Extensions.Localization;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Features.SizeAdvisor;

/// <summary>What the shopper typed, as typed (text fields, centimetres and kilograms).</summary>
public sealed class FitForm
{
    public string? Height { get; set; }
    public string? Weight { get; set; }
    public string? Chest { get; set; }
    public string? Waist { get; set; }
    public string? Hip { get; set; }
    public string? FootLength { get; set; }
    public string? Inseam { get; set; }
    public FitPreference Preference { get; set; }
    public RidingStyle Style { get; set; }

    public static FitForm From(FitProfileView? profile, RidingStyle defaultStyle)
    {
        var form = new FitForm { Style = defaultStyle };
        if (profile is null)
        {
            return form;
        }
        form.Height = Cm(profile.HeightMm);
        form.Weight = profile.WeightKg?.ToString(CultureInfo.CurrentCulture);
        form.Chest = Cm(profile.ChestMm);
        form.Waist = Cm(profile.WaistMm);
        form.Hip = Cm(profile.HipMm);
        form.FootLength = Cm(profile.FootLengthMm);
        form.Inseam = Cm(profile.InseamMm);
        form.Preference = profile.Preference;
        form.Style = profile.Style ?? defaultStyle;
        return form;
    }

    private static string? Cm(int? mm) => mm is { } v ? (v / 10.0).ToString("0.#", CultureInfo.CurrentCulture) : null;
}

/// <summary>Field names used as keys of <see cref="FitFormResult.Errors"/>.</summary>
public static class FitField
{
    public const string Height = "height";
    public const string Weight = "weight";
    public const string Chest = "chest";
    public const string Waist = "waist";
    public const string Hip = "hip";
    public const string FootLength = "foot";
    public const string Inseam = "inseam";
    public const string Form = "";
}

public sealed record FitFormResult(FitMeasurements? Measurements, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Measurements is not null && Errors.Count == 0;
}

/// <summary>The values of a fit profile after checking; every part optional.</summary>
public sealed record FitProfileValues(
    int? HeightMm, double? WeightKg, int? ChestMm, int? WaistMm, int? HipMm, int? FootLengthMm, int? InseamMm,
    FitPreference Preference, RidingStyle? Style)
{
    public bool IsEmpty => HeightMm is null && WeightKg is null && ChestMm is null && WaistMm is null && HipMm is null
        && FootLengthMm is null && InseamMm is null;
}

/// <summary>
/// Checks what the shopper typed and turns it into measurements, with a clear localised message per field: missing
/// values, text, zero or absurd values (limits below), an inseam longer than the body, a weight that cannot go with
/// the height. Accepts "180", "180.5" and "180,5", with or without "cm"/"kg".
/// </summary>
public sealed class FitFormReader(IStringLocalizer<SizeAdvisorText> text)
{
    public sealed record Limit(double Min, double Max);

    public static readonly Limit HeightCm = new(100, 230);
    public static readonly Limit WeightKg = new(30, 250);
    public static readonly Limit ChestCm = new(60, 170);
    public static readonly Limit WaistCm = new(50, 170);
    public static readonly Limit HipCm = new(60, 170);
    public static readonly Limit FootCm = new(15, 35);
    public static readonly Limit InseamCm = new(50, 110);

    /// <summary>Inseam ÷ height outside this range is a measuring mistake (adults measure 0.42–0.50).</summary>
    public static readonly Limit InseamShare = new(0.37, 0.56);

    /// <summary>Body-mass index outside this range means height or weight was mistyped.</summary>
    public static readonly Limit BodyMassIndex = new(12, 70);

    public FitFormResult Read(SizeKind kind, FitForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        FitMeasurements? result = null;
        switch (kind)
        {
            case SizeKind.Clothing:
            {
                var height = Required(form.Height, FitField.Height, HeightCm, errors);
                var weight = Required(form.Weight, FitField.Weight, WeightKg, errors);
                var chest = Optional(form.Chest, FitField.Chest, ChestCm, errors);
                var waist = Optional(form.Waist, FitField.Waist, WaistCm, errors);
                var hip = Optional(form.Hip, FitField.Hip, HipCm, errors);
                CheckBodyMass(height, weight, errors);
                CheckEnum(form.Preference, errors);
                if (errors.Count == 0)
                {
                    result = new ClothingMeasurements(Mm(height!.Value), weight!.Value, MmOrNull(chest), MmOrNull(waist), MmOrNull(hip), form.Preference);
                }
                break;
            }
            case SizeKind.Shoe:
            {
                var foot = Required(form.FootLength, FitField.FootLength, FootCm, errors);
                if (errors.Count == 0)
                {
                    result = new ShoeMeasurements(Mm(foot!.Value));
                }
                break;
            }
            case SizeKind.Frame:
            {
                var inseam = Required(form.Inseam, FitField.Inseam, InseamCm, errors);
                var height = Required(form.Height, FitField.Height, HeightCm, errors);
                CheckInseam(inseam, height, errors);
                CheckEnum(form.Style, errors);
                if (errors.Count == 0)
                {
                    result = new FrameMeasurements(Mm(inseam!.Value), Mm(height!.Value), form.Style);
                }
                break;
            }
            default:
                errors[FitField.Form] = text["NoSizes"];
                break;
        }
        return new FitFormResult(errors.Count == 0 ? result : null, errors);
    }

    /// <summary>A fit profile: every field optional, but what is there must be plausible and complete enough to use.</summary>
    public (FitProfileValues? Values, IReadOnlyDictionary<string, string> Errors) ReadProfile(FitForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string>();
        var height = Optional(form.Height, FitField.Height, HeightCm, errors);
        var weight = Optional(form.Weight, FitField.Weight, WeightKg, errors);
        var chest = Optional(form.Chest, FitField.Chest, ChestCm, errors);
        var waist = Optional(form.Waist, FitField.Waist, WaistCm, errors);
        var hip = Optional(form.Hip, FitField.Hip, HipCm, errors);
        var foot = Optional(form.FootLength, FitField.FootLength, FootCm, errors);
        var inseam = Optional(form.Inseam, FitField.Inseam, InseamCm, errors);
        CheckBodyMass(height, weight, errors);
        CheckInseam(inseam, height, errors);
        CheckEnum(form.Preference, errors);
        CheckEnum(form.Style, errors);
        if (inseam is not null && height is null && !errors.ContainsKey(FitField.Height))
        {
            errors[FitField.Height] = text["HeightNeededForInseam"];
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var values = new FitProfileValues(MmOrNull(height), weight, MmOrNull(chest), MmOrNull(waist), MmOrNull(hip), MmOrNull(foot), MmOrNull(inseam),
            form.Preference, inseam is null ? null : form.Style);
        if (values.IsEmpty)
        {
            errors[FitField.Form] = text["ProfileEmpty"];
            return (null, errors);
        }
        return (values, errors);
    }

    private void CheckBodyMass(double? heightCm, double? weightKg, Dictionary<string, string> errors)
    {
        if (heightCm is { } h && weightKg is { } w && !errors.ContainsKey(FitField.Height) && !errors.ContainsKey(FitField.Weight))
        {
            var bmi = w / Math.Pow(h / 100, 2);
            if (bmi < BodyMassIndex.Min || bmi > BodyMassIndex.Max)
            {
                errors[FitField.Weight] = text["WeightHeightImplausible"];
            }
        }
    }

    private void CheckInseam(double? inseamCm, double? heightCm, Dictionary<string, string> errors)
    {
        if (inseamCm is { } i && heightCm is { } h && !errors.ContainsKey(FitField.Inseam) && !errors.ContainsKey(FitField.Height))
        {
            if (i >= h)
            {
                errors[FitField.Inseam] = text["InseamLongerThanHeight"];
            }
            else if (i / h < InseamShare.Min || i / h > InseamShare.Max)
            {
                errors[FitField.Inseam] = text["InseamShareImplausible", Format(i), Format(h)];
            }
        }
    }

    private void CheckEnum<TEnum>(TEnum value, Dictionary<string, string> errors) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors[FitField.Form] = text["ChoiceUnknown"];
        }
    }

    private double? Required(string? raw, string field, Limit limit, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            errors[field] = text[$"Missing_{field}"];
            return null;
        }
        return Optional(raw, field, limit, errors);
    }

    private double? Optional(string? raw, string field, Limit limit, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }
        if (!TryParse(raw, out var value))
        {
            errors[field] = text[$"NotANumber_{field}"];
            return null;
        }
        if (value < limit.Min || value > limit.Max)
        {
            errors[field] = text[$"OutOfRange_{field}", Format(limit.Min), Format(limit.Max)];
            return null;
        }
        return value;
    }

    internal static bool TryParse(string raw, out double value)
    {
        var s = raw.Trim().ToLowerInvariant();
        foreach (var unit in new[] { "cm", "kg" })
        {
            if (s.EndsWith(unit, StringComparison.Ordinal))
            {
                s = s[..^unit.Length].TrimEnd();
            }
        }
        s = s.Replace(',', '.');
        return double.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static string Format(double value) => value.ToString("0.#", CultureInfo.CurrentCulture);

    private static int Mm(double cm) => (int)Math.Round(cm * 10);

    private static int? MmOrNull(double? cm) => cm is { } v ? Mm(v) : null;
}
