namespace Storefront.Features.Catalog.ProductPage;

/// <summary>Marker type for the product page sections' string resources (ProductPageText.resx, ProductPageText.de.resx).</summary>
public sealed class ProductPageText;
