namespace Storefront.Features.Catalog.Search;

/// <summary>Marker type for the search feature's string resources (SearchText.resx, SearchText.de.resx).</summary>
public sealed class SearchText;
