namespace Storefront.Features.Accounts.Privacy;

/// <summary>
/// Everything the shop keeps about one account, as the shopper downloads it ("Download my data", GDPR Art. 15/20).
/// Only data about the shopper: never password hashes, security stamps, authenticator keys, recovery codes,
/// provider keys, passkey credentials or payment tokens. Money in euros (VAT included), times in UTC.
/// </summary>
public sealed record PersonalDataExport(
    DateTime ExportedAtUtc,
    ProfileData Profile,
    IReadOnlyList<string> LinkedSignIns,
    IReadOnlyList<string> Passkeys,
    IReadOnlyList<AddressData> Addresses,
    IReadOnlyList<OrderData> Orders,
    IReadOnlyList<CartLineData> Cart,
    IReadOnlyList<FavouriteData> Favourites,
    FitProfileData? FitProfile,
    IReadOnlyList<ReviewData> Reviews,
    IReadOnlyList<LoyaltyData> LoyaltyPoints,
    IReadOnlyList<EventData> Events,
    IReadOnlyList<StreamMarkData> StreamDismissals,
    IReadOnlyList<BackInStockData> BackInStockRequests);

public sealed record ProfileData(
    string? Email, bool EmailConfirmed, string? DisplayName, string? PhoneNumber, string? PreferredCulture,
    bool TwoFactorEnabled, DateTime CreatedAtUtc, DateTime? TermsAcceptedAtUtc,
    bool MarketingMailConsent = false, DateTime? MarketingMailConsentAtUtc = null);

public sealed record AddressData(string FullName, string Street, string PostalCode, string City, string Country, DateTime LastUsedAtUtc);

public sealed record OrderData(
    string Number, DateTime PlacedAtUtc, string Status, string Email, string? ShipToName, string? ShipToStreet,
    string? ShipToPostalCode, string? ShipToCity, string? ShipToCountry, string? ShippingMethod, string? Payment,
    decimal Subtotal, decimal Shipping, decimal Discount, decimal Total, decimal Vat, string? VoucherCode, int PointsRedeemed,
    IReadOnlyList<OrderLineData> Lines, IReadOnlyList<OrderStepData> Timeline);

public sealed record OrderLineData(string Product, string Sku, string Size, string Colour, int Quantity, decimal UnitPrice, int VatRatePercent);

public sealed record OrderStepData(string Status, DateTime AtUtc);

public sealed record CartLineData(string Product, string Sku, string Size, string Colour, int Quantity, DateTime AddedAtUtc);

/// <summary>A favourite product or brand ("Product"/"Brand" and its name).</summary>
public sealed record FavouriteData(string Kind, string Name, DateTime CreatedAtUtc);

/// <summary>Lengths in centimetres, weight in kilograms.</summary>
public sealed record FitProfileData(
    decimal? HeightCm, decimal? WeightKg, decimal? ChestCm, decimal? WaistCm, decimal? HipCm, decimal? FootLengthCm, decimal? InseamCm,
    string Preference, string? RidingStyle, DateTime UpdatedAtUtc);

public sealed record ReviewData(string Product, int Rating, string Title, string Text, string AuthorName, string Fit, DateTime CreatedAtUtc);

public sealed record LoyaltyData(string Kind, int Points, string? OrderNumber, DateTime AtUtc);

/// <summary>One thing the shopper did in the shop (viewed, searched, added to cart…), which the stream learns from.</summary>
public sealed record EventData(string Kind, string? Product, string? Context, DateTime AtUtc);

public sealed record StreamMarkData(string Kind, string Key, DateTime AtUtc);

public sealed record BackInStockData(string Product, string Sku, DateTime CreatedAtUtc, DateTime? NotifiedAtUtc);
