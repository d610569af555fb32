namespace Storefront.Features.Admin.Kpis;

/// <summary>Marker type for the KPI dashboard's strings (KpiText.resx, KpiText.de.resx).</summary>
public sealed class KpiText;
