using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Localization;

namespace Storefront.Features.Mail;

/// <summary>Identity's mails (confirm address, reset password) go to the outbox, in the shopper's current language.</summary>
internal sealed class OutboxEmailSender(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<Text> text,
    TimeProvider time) : IEmailSender<ApplicationUser>
{
    // Identity hands over links already HTML-encoded for an attribute.
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        EnqueueAsync(email, "confirm-email", text["MailConfirmSubject"],
            $"<p>{Html(text["MailConfirmBody"])}</p><p><a href=\"{confirmationLink}\">{Html(text["MailConfirmLink"])}</a></p>");

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        EnqueueAsync(email, "reset-password", text["MailResetSubject"],
            $"<p>{Html(text["MailResetBody"])}</p><p><a href=\"{resetLink}\">{Html(text["MailResetLink"])}</a></p>");

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        EnqueueAsync(email, "reset-password-code", text["MailResetSubject"],
            $"<p>{Html(text["MailResetCode"])} <strong>{Html(resetCode)}</strong></p>");

    private async Task EnqueueAsync(string to, string kind, string subject, string htmlBody)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Outbox.Add(new OutboxMessage
        {
            To = to,
            Kind = kind,
            Subject = subject,
            HtmlBody = htmlBody,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
    }

    private static string Html(string s) => WebUtility.HtmlEncode(s);
}
