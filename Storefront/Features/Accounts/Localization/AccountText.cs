namespace Storefront.Features.Accounts.Localization;

/// <summary>Marker type for the account pages' string resources (AccountText.resx, AccountText.de.resx).</summary>
public sealed class AccountText;
