namespace Storefront.Features.Cart;

/// <summary>Marker type for the cart, favourites and recently-viewed strings (CartText.resx, CartText.de.resx).</summary>
public sealed class CartText;
