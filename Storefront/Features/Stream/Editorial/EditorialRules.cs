using Microsoft.Extensions.Localization;

namespace Storefront.Features.Stream.Editorial;

/// <summary>What the merchant's editor holds: plain strings and values, validated by <see cref="EditorialRules"/>.</summary>
public sealed class EditorialForm
{
    public int Id { get; set; }
    public EditorialKind Kind { get; set; } = EditorialKind.Story;
    public string? TitleEn { get; set; }
    public string? TitleDe { get; set; }
    public string? BodyEn { get; set; }
    public string? BodyDe { get; set; }
    public string? ImagePath { get; set; }
    public string? Link { get; set; }
    public EditorialAudience Audience { get; set; } = EditorialAudience.Everyone;
    public int? TargetId { get; set; }
    public string? TargetTier { get; set; }
    public DateTime? StartsAt { get; set; }
    public DateTime? EndsAt { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>
/// The editorial card's rules: titles in both languages, a window whose end is after its start, an image that exists
/// under wwwroot-assets (or none), a link that is local or https, and an audience with the target it needs.
/// Error keys are the form's property names.
/// </summary>
public static class EditorialRules
{
    public const int MaxTitle = 120;
    public const int MaxBody = 1000;
    public const int MaxLink = 300;

    public static Dictionary<string, string> Validate(
        EditorialForm form, Func<string, bool> assetExists, Func<int, bool> targetExists, IReadOnlyCollection<string> tiers, IStringLocalizer text)
    {
        var errors = new Dictionary<string, string>();
        void Required(string field, string? value, int max)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[field] = text["EditorialRequired"];
            }
            else if (value.Trim().Length > max)
            {
                errors[field] = text["EditorialTooLong", max];
            }
        }
        Required(nameof(form.TitleEn), form.TitleEn, MaxTitle);
        Required(nameof(form.TitleDe), form.TitleDe, MaxTitle);
        if (form.BodyEn?.Trim().Length > MaxBody)
        {
            errors[nameof(form.BodyEn)] = text["EditorialTooLong", MaxBody];
        }
        if (form.BodyDe?.Trim().Length > MaxBody)
        {
            errors[nameof(form.BodyDe)] = text["EditorialTooLong", MaxBody];
        }
        if (!Enum.IsDefined(form.Kind))
        {
            errors[nameof(form.Kind)] = text["EditorialRequired"];
        }
        if (form.StartsAt is null)
        {
            errors[nameof(form.StartsAt)] = text["EditorialRequired"];
        }
        if (form.EndsAt is null)
        {
            errors[nameof(form.EndsAt)] = text["EditorialRequired"];
        }
        else if (form.StartsAt is { } start && form.EndsAt <= start)
        {
            errors[nameof(form.EndsAt)] = text["EditorialEndBeforeStart"];
        }
        if (NormalisedImage(form.ImagePath) is { } image && (!IsSafeAssetPath(image) || !assetExists(image)))
        {
            errors[nameof(form.ImagePath)] = text["EditorialImageMissing"];
        }
        if (Normalised(form.Link) is { } link && !IsAllowedLink(link))
        {
            errors[nameof(form.Link)] = text["EditorialBadLink"];
        }
        switch (form.Audience)
        {
            case EditorialAudience.Everyone or EditorialAudience.Anonymous or EditorialAudience.SignedIn:
                break;
            case EditorialAudience.DepartmentBuyers or EditorialAudience.CategoryBuyers or EditorialAudience.FavouriteBrand:
                if (form.TargetId is not { } id || !targetExists(id))
                {
                    errors[nameof(form.TargetId)] = text["EditorialTargetRequired"];
                }
                break;
            case EditorialAudience.LoyaltyTier:
                if (!tiers.Contains(form.TargetTier ?? "", StringComparer.OrdinalIgnoreCase))
                {
                    errors[nameof(form.TargetTier)] = text["EditorialTargetRequired"];
                }
                break;
            default:
                errors[nameof(form.Audience)] = text["EditorialRequired"];
                break;
        }
        return errors;
    }

    public static string? Normalised(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"/assets/editorial/x.svg", "assets/editorial/x.svg" and "editorial/x.svg" all mean the same file.</summary>
    public static string? NormalisedImage(string? value)
    {
        var path = Normalised(value)?.Replace('\\', '/').TrimStart('/');
        return path is not null && path.StartsWith("assets/", StringComparison.OrdinalIgnoreCase) ? path["assets/".Length..] : path;
    }

    /// <summary>A relative path inside the assets folder: no "..", no scheme, no rooted or hidden parts.</summary>
    public static bool IsSafeAssetPath(string path) =>
        path.Length is > 0 and <= 200 && !path.Contains(':') && !path.StartsWith('/')
        && path.Split('/').All(part => part.Length > 0 && part != ".." && !part.StartsWith('.'));

    /// <summary>A local path ("/category/jackets", not "//host") or an absolute https address.</summary>
    public static bool IsAllowedLink(string link)
    {
        if (link.Length > MaxLink)
        {
            return false;
        }
        if (link.StartsWith('/'))
        {
            return !link.StartsWith("//", StringComparison.Ordinal) && !link.StartsWith("/\\", StringComparison.Ordinal);
        }
        return Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
    }
}
