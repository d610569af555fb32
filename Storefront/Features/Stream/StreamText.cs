namespace Storefront.Features.Stream;

/// <summary>Marker type for the shopping stream's strings (StreamText.resx, StreamText.de.resx).</summary>
public sealed class StreamText;
