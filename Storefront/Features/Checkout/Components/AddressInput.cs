namespace Storefront.Features.Checkout.Components;

/// <summary>The address form's fields as posted.</summary>
public sealed class AddressInput
{
    public string? FullName { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
}
