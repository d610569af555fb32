namespace Storefront.Features.Stream.Mail;

/// <summary>Marker type for the marketing mails' and consent pages' strings (StreamMailText.resx, .de.resx).</summary>
public sealed class StreamMailText;
