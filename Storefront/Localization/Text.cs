namespace Storefront.Localization;

/// <summary>Marker type for the UI's shared string resources (Text.resx, Text.de.resx).</summary>
public sealed class Text;
