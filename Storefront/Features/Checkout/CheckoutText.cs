namespace Storefront.Features.Checkout;

/// <summary>The checkout's UI text (CheckoutText.resx, CheckoutText.de.resx).</summary>
public sealed class CheckoutText;
