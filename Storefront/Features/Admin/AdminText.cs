namespace Storefront.Features.Admin;

/// <summary>Marker type for the merchant admin's strings (AdminText.resx, AdminText.de.resx).</summary>
public sealed class AdminText;
