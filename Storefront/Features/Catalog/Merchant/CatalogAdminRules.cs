using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Storefront.Features.Admin;

namespace Storefront.Features.Catalog.Merchant;

/// <summary>Checks shared by the category and brand editors that need no database.</summary>
internal static partial class CatalogAdminRules
{
    public const int MaxSlugLength = 80;
    public const int MaxNameLength = 120;
    public const int MaxStoryLength = 2000;

    public static string? Slug(string? input, out string slug)
    {
        slug = (input ?? "").Trim();
        return slug.Length <= MaxSlugLength && SlugPattern().IsMatch(slug) ? null : "CatalogSlugInvalid";
    }

    public static void Text(Dictionary<string, string> errors, IStringLocalizer<AdminText> text, string key, string? value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors[key] = text["Required"];
        }
        else if (value is { Length: > 0 } && value.Trim().Length > max)
        {
            errors[key] = text["TooLong", max];
        }
    }

    public static bool IsColour(string? value) => value is not null && HexPattern().IsMatch(value.Trim());

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexPattern();
}
