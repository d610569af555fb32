namespace Storefront.Features.Admin;

/// <summary>Marker type for the strings of the merchant's vouchers, shipping rules, categories, brands and size charts pages.</summary>
public sealed class AdminSettingsText;
