namespace Storefront.Features.Orders.Returns;

/// <summary>The returns' UI and mail text (ReturnsText.resx, ReturnsText.de.resx).</summary>
public sealed class ReturnsText;
