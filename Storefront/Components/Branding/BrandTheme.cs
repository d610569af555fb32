using Microsoft.Extensions.Options;
using MudBlazor;

namespace Storefront.Components.Branding;

/// <summary>The one MudTheme of the shop, built from <see cref="BrandOptions"/>: changing the brand is a config change.</summary>
public sealed class BrandTheme(IOptions<BrandOptions> options)
{
    public BrandOptions Brand { get; } = options.Value;

    public MudTheme Theme { get; } = Build(options.Value);

    private static MudTheme Build(BrandOptions brand) => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = brand.PrimaryColour,
            Secondary = brand.SecondaryColour,
            AppbarBackground = brand.AppBarColour,
            AppbarText = brand.AppBarTextColour,
            Background = brand.BackgroundColour,
            Surface = "#ffffff",
            TextPrimary = brand.TextColour,
            // Darker than MudBlazor's default grey so secondary text passes WCAG AA contrast.
            TextSecondary = "#4a5559",
            Error = "#b3261e",
            Success = "#2e7d32",
        },
        Typography = new Typography
        {
            // MudBlazor quotes each family itself, so the config lists them without quotes.
            Default = new DefaultTypography
            {
                FontFamily = brand.FontFamily.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(f => f.Trim('\'', '"')).ToArray(),
                FontSize = "1rem",
                LineHeight = "1.5",
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = $"{brand.BorderRadiusPx}px" },
    };
}
