namespace Storefront.Features.Catalog.Browse;

/// <summary>Marker type for the listing pages' strings (BrowseText.resx, BrowseText.de.resx).</summary>
public sealed class BrowseText;
