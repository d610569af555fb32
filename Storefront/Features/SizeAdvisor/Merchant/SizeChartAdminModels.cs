using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor.Engine;

namespace Storefront.Features.SizeAdvisor.Merchant;

public sealed record SizeChartListRow(int Id, string Brand, string Category, SizeKind Kind, int Sizes);

public sealed record SizeChartOption(int Id, string Name, SizeKind Kind);

public sealed record SizeChartOptions(IReadOnlyList<SizeChartOption> Brands, IReadOnlyList<SizeChartOption> Categories);

/// <summary>A chart as the merchant edits it; every measurement is a whole number of millimetres, typed as text.</summary>
public sealed class SizeChartForm
{
    public int Id { get; set; }
    public int BrandId { get; set; }
    public int CategoryId { get; set; }
    public string NoteEn { get; set; } = "";
    public string NoteDe { get; set; } = "";
    public List<SizeChartRowForm> Rows { get; set; } = [];
}

public sealed class SizeChartRowForm
{
    public string Label { get; set; } = "";
    public string HeightMin { get; set; } = "";
    public string HeightMax { get; set; } = "";
    public string ChestMin { get; set; } = "";
    public string ChestMax { get; set; } = "";
    public string WaistMin { get; set; } = "";
    public string WaistMax { get; set; } = "";
    public string HipMin { get; set; } = "";
    public string HipMax { get; set; } = "";
    public string FootMin { get; set; } = "";
    public string FootMax { get; set; } = "";
    public string InseamMin { get; set; } = "";
    public string InseamMax { get; set; } = "";
    public string UkLabel { get; set; } = "";
    public string UsLabel { get; set; } = "";
}

/// <summary>Sample measurements for the preview, as typed (millimetres, weight in kg).</summary>
public sealed class SizePreviewForm
{
    public string Height { get; set; } = "1750";
    public string Weight { get; set; } = "72";
    public string Chest { get; set; } = "";
    public string Foot { get; set; } = "270";
    public string Inseam { get; set; } = "820";
    public FitPreference Preference { get; set; }
    public RidingStyle Style { get; set; } = RidingStyle.Gravel;
}

/// <summary>What the advisor would recommend for the sample, or why it cannot.</summary>
public sealed record SizePreview(string? Size, string? RunnerUp, FitConfidence Confidence, string? Problem);
