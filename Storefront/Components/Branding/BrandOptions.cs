namespace Storefront.Components.Branding;

/// <summary>The "Brand" section of appsettings.json: everything that makes the shop look like this shop.</summary>
public sealed class BrandOptions
{
    public const string Section = "Brand";

    public string Name { get; set; } = "Storefront";
    public string TaglineEn { get; set; } = "";
    public string TaglineDe { get; set; } = "";
    /// <summary>Path under /assets of the logo image.</summary>
    public string LogoPath { get; set; } = "brand/logo.svg";
    public string PrimaryColour { get; set; } = "#1f4e5f";
    public string SecondaryColour { get; set; } = "#e07a5f";
    public string AppBarColour { get; set; } = "#ffffff";
    public string AppBarTextColour { get; set; } = "#1d2a30";
    public string BackgroundColour { get; set; } = "#f7f5f2";
    public string TextColour { get; set; } = "#1d2a30";
    public string FontFamily { get; set; } = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif";
    public int BorderRadiusPx { get; set; } = 8;
}
