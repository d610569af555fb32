namespace Storefront.Features.Checkout;

/// <summary>The checkout's URLs (typed, so links are not string-built all over).</summary>
public static class CheckoutFlow
{
    public const string StartUrl = "checkout";

    public static string Url(CheckoutStep step) => "checkout/" + step.ToString().ToLowerInvariant();

    /// <summary>Where an out-of-order step URL sends the shopper, with a note to show there.</summary>
    public static string IncompleteUrl(CheckoutStep step) => Url(step) + "?incomplete=1";

    public const string ConfirmPaymentUrl = "checkout/confirm-payment";

    public static string ConfirmationUrl(string number) => $"checkout/confirmation/{Uri.EscapeDataString(number)}";
}
