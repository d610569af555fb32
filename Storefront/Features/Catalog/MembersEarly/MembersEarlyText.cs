namespace Storefront.Features.Catalog.MembersEarly;

/// <summary>Marker type for the members' early access texts (MembersEarlyText.resx, MembersEarlyText.de.resx).</summary>
public sealed class MembersEarlyText;
