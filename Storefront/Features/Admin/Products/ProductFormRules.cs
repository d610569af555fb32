using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Storefront.Features.Catalog;

namespace Storefront.Features.Admin.Products;

/// <summary>A variant row after parsing: amounts in cents.</summary>
internal sealed record ParsedVariant(VariantForm Form, long PriceCents, long? CompareAtCents, int Stock);

/// <summary>
/// The checks of a product form that need no database (the service adds uniqueness and existence checks).
/// Messages come from <see cref="AdminText"/>, keyed by the form's property path.
/// </summary>
internal static partial class ProductFormRules
{
    public const long MaxPriceCents = 100_000_000;
    public const int MaxStock = 1_000_000;
    public const int MaxVariants = 200;
    public static readonly int[] VatRates = [0, 7, 19];

    public static List<ParsedVariant> Validate(ProductForm form, IStringLocalizer<AdminText> text, Dictionary<string, string> errors)
    {
        Required(errors, text, nameof(form.NameEn), form.NameEn, 200);
        Required(errors, text, nameof(form.NameDe), form.NameDe, 200);
        Optional(errors, text, nameof(form.MaterialEn), form.MaterialEn, 400);
        Optional(errors, text, nameof(form.MaterialDe), form.MaterialDe, 400);
        Optional(errors, text, nameof(form.CareEn), form.CareEn, 400);
        Optional(errors, text, nameof(form.CareDe), form.CareDe, 400);
        Optional(errors, text, nameof(form.Origin), form.Origin, 60);
        Description(errors, text, nameof(form.DescriptionEn), form.DescriptionEn);
        Description(errors, text, nameof(form.DescriptionDe), form.DescriptionDe);
        if (!SlugPattern().IsMatch(form.Slug ?? "") || form.Slug!.Length > 160)
        {
            errors[nameof(form.Slug)] = text["SlugInvalid"];
        }
        if (form.BrandId <= 0)
        {
            errors[nameof(form.BrandId)] = text["BrandRequired"];
        }
        if (form.CategoryId <= 0)
        {
            errors[nameof(form.CategoryId)] = text["CategoryRequired"];
        }
        if (!VatRates.Contains(form.VatRatePercent))
        {
            errors[nameof(form.VatRatePercent)] = text["VatInvalid"];
        }

        var parsed = new List<ParsedVariant>();
        if (form.Variants.Count == 0 || form.Variants.Count > MaxVariants)
        {
            errors[nameof(form.Variants)] = text["VariantsCount", MaxVariants];
            return parsed;
        }
        var skus = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var options = new HashSet<(string, string)>();
        for (var i = 0; i < form.Variants.Count; i++)
        {
            var v = form.Variants[i];
            var key = $"Variants[{i}].";
            var sku = v.Sku?.Trim() ?? "";
            if (!SkuPattern().IsMatch(sku))
            {
                errors[key + nameof(v.Sku)] = text["SkuInvalid"];
            }
            else if (!skus.Add(sku))
            {
                errors[key + nameof(v.Sku)] = text["SkuDuplicate", sku];
            }
            Required(errors, text, key + nameof(v.Size), v.Size, 20);
            Required(errors, text, key + nameof(v.ColourEn), v.ColourEn, 40);
            Required(errors, text, key + nameof(v.ColourDe), v.ColourDe, 40);
            if (!HexPattern().IsMatch(v.ColourHex ?? ""))
            {
                errors[key + nameof(v.ColourHex)] = text["ColourHexInvalid"];
            }
            if (!string.IsNullOrWhiteSpace(v.Size) && !string.IsNullOrWhiteSpace(v.ColourEn)
                && !options.Add((v.Size.Trim().ToUpperInvariant(), v.ColourEn.Trim().ToUpperInvariant())))
            {
                errors[key + nameof(v.Size)] = text["VariantDuplicate"];
            }

            var price = ParseCents(v.Price, out var priceCents);
            if (price is not null)
            {
                errors[key + nameof(v.Price)] = text[price];
            }
            else if (priceCents == 0)
            {
                errors[key + nameof(v.Price)] = text["PriceZero"];
            }
            long? compareAt = null;
            if (!string.IsNullOrWhiteSpace(v.CompareAt))
            {
                var problem = ParseCents(v.CompareAt, out var compareCents);
                if (problem is not null)
                {
                    errors[key + nameof(v.CompareAt)] = text[problem];
                }
                else if (price is null && compareCents <= priceCents)
                {
                    errors[key + nameof(v.CompareAt)] = text["CompareAtBelowPrice"];
                }
                compareAt = compareCents;
            }
            var stock = 0;
            if (!int.TryParse(v.Stock?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out stock))
            {
                errors[key + nameof(v.Stock)] = text["StockNotANumber"];
            }
            else if (stock < 0)
            {
                errors[key + nameof(v.Stock)] = text["StockNegative"];
            }
            else if (stock > MaxStock)
            {
                errors[key + nameof(v.Stock)] = text["StockTooHigh", MaxStock];
            }
            parsed.Add(new ParsedVariant(v, priceCents, compareAt, stock));
        }
        return parsed;
    }

    /// <summary>Null when <paramref name="input"/> is a euro amount ("19.95", "19,95", "€ 20"); else the message key.</summary>
    public static string? ParseCents(string? input, out long cents)
    {
        cents = 0;
        var s = (input ?? "").Replace("€", "").Trim().Replace(',', '.');
        if (s.Length == 0)
        {
            return "PriceRequired";
        }
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || decimal.Round(amount, 2) != amount)
        {
            return "PriceNotANumber";
        }
        if (amount < 0)
        {
            return "PriceNegative";
        }
        if (amount * 100 > MaxPriceCents)
        {
            return "PriceTooHigh";
        }
        cents = (long)(amount * 100);
        return null;
    }

    public static string FormatCents(long cents) => (cents / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void Required(Dictionary<string, string> errors, IStringLocalizer<AdminText> text, string key, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[key] = text["Required"];
        }
        else if (value.Length > max)
        {
            errors[key] = text["TooLong", max];
        }
    }

    private static void Optional(Dictionary<string, string> errors, IStringLocalizer<AdminText> text, string key, string? value, int max)
    {
        if (value is { Length: > 0 } && value.Length > max)
        {
            errors[key] = text["TooLong", max];
        }
    }

    private static void Description(Dictionary<string, string> errors, IStringLocalizer<AdminText> text, string key, string? value)
    {
        Required(errors, text, key, value, 8000);
        if (!errors.ContainsKey(key) && ProductDescription.FindUnsafeContent(value) is { } problem)
        {
            errors[key] = text[problem == "html" ? "DescriptionHtml" : "DescriptionUnsafeLink"];
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")]
    private static partial Regex SkuPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexPattern();
}
