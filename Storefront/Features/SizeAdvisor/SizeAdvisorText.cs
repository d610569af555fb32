namespace Storefront.Features.SizeAdvisor;

/// <summary>Marker type for the size advisor's strings (SizeAdvisorText.resx, SizeAdvisorText.de.resx).</summary>
public sealed class SizeAdvisorText;
