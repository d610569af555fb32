namespace Storefront.Features.Stream;

/// <summary>Texts of the set, loyalty, "your size" and editorial cards (StreamCardsText.resx, .de.resx).</summary>
public sealed class StreamCardsText;
