namespace Storefront.Features.Stream.Mail;

/// <summary>Configuration section "StreamMail".</summary>
public sealed class StreamMailOptions
{
    public const string Section = "StreamMail";
    public bool Enabled { get; set; } = true;
    /// <summary>How often the job looks for due mails; each run is a few indexed queries.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>Absolute origin for links in mails (a mail has no page to be relative to).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
    public TimeSpan WeeklyEvery { get; set; } = TimeSpan.FromDays(7);
    public TimeSpan CartIdleFor { get; set; } = TimeSpan.FromHours(24);
    /// <summary>Carts older than this are not worth a reminder any more (and keep each run small).</summary>
    public TimeSpan CartReminderWindow { get; set; } = TimeSpan.FromDays(14);
    public int CardsPerMail { get; set; } = 5;
    public TimeSpan UnsubscribeTokenLifetime { get; set; } = TimeSpan.FromDays(90);
}
