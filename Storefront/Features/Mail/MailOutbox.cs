using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Mail;

public sealed record OutboxMail(long Id, string To, string Subject, string HtmlBody, string Kind, DateTime CreatedAtUtc);

/// <summary>Reads what the shop has queued to send (for developers and tests; no SMTP relay is configured).</summary>
public sealed class MailOutbox(IDbContextFactory<StorefrontDb> dbFactory)
{
    public async Task<IReadOnlyList<OutboxMail>> RecentAsync(int take = 50, string? to = null, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, 200);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Outbox.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(to))
        {
            var address = to.Trim();
            query = query.Where(m => m.To == address);
        }
        return await query
            .OrderByDescending(m => m.Id)
            .Take(take)
            .Select(m => new OutboxMail(m.Id, m.To, m.Subject, m.HtmlBody, m.Kind, m.CreatedAtUtc))
            .ToListAsync(ct);
    }
}
