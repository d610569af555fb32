using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Mail;
using Storefront.Localization;

namespace Storefront.Features.Stream.Mail;

public sealed record StreamMailRun(int WeeklySent, int CartRemindersSent);

/// <summary>
/// Marketing mail beyond the page: the weekly "picked for you" mail with the shopper's top stream cards and the
/// reminder for a cart left alone. Only to confirmed addresses of shoppers who opted in; every mail can unsubscribe.
/// </summary>
public sealed class StreamMailService(
    IDbContextFactory<StorefrontDb> dbFactory,
    IServiceScopeFactory scopes,
    UnsubscribeTokens tokens,
    IStringLocalizer<StreamMailText> text,
    IOptions<StreamMailOptions> options,
    TimeProvider time,
    ILogger<StreamMailService> logger)
{
    private StreamMailOptions Options => options.Value;

    public async Task<bool> HasConsentAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().AnyAsync(u => u.Id == userId && u.MarketingMailConsent, ct);
    }

    /// <summary>Gives (with the time) or withdraws the consent. False when there is no such account.</summary>
    public async Task<bool> SetConsentAsync(string userId, bool consent, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var changed = await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.MarketingMailConsent, consent)
            .SetProperty(u => u.MarketingMailConsentAtUtc, consent ? now : null), ct);
        return changed == 1;
    }

    /// <summary>Withdraws consent for the account a valid token names. False (nothing changed) for a bad token.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken ct = default) =>
        tokens.Read(token) is { } request && await SetConsentAsync(request.UserId, false, ct);

    public async Task<StreamMailRun> SendDueAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var weekly = 0;
        var reminders = 0;
        foreach (var shopper in await DueForWeeklyAsync(now, ct))
        {
            weekly += await TrySendWeeklyAsync(shopper, now, ct) ? 1 : 0;
        }
        foreach (var cart in await DueCartsAsync(now, ct))
        {
            reminders += await TrySendReminderAsync(cart, now, ct) ? 1 : 0;
        }
        return new StreamMailRun(weekly, reminders);
    }

    private sealed record Recipient(string UserId, string Email, string? Culture, string? Name);

    private sealed record IdleCart(Recipient To, int CartId, DateTime ChangedAtUtc, int Items);

    private static IQueryable<Accounts.ApplicationUser> Consenting(StorefrontDb db) => db.Users.AsNoTracking()
        .Where(u => u.MarketingMailConsent && u.EmailConfirmed && u.Email != null && u.Email != "");

    private static IQueryable<Recipient> AsRecipients(IQueryable<Accounts.ApplicationUser> users) =>
        users.Select(u => new Recipient(u.Id, u.Email!, u.PreferredCulture, u.DisplayName));

    private async Task<List<Recipient>> DueForWeeklyAsync(DateTime now, CancellationToken ct)
    {
        var since = now - Options.WeeklyEvery;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var log = db.Set<MarketingMailLog>();
        return await AsRecipients(Consenting(db)
            .Where(u => !log.Any(l => l.UserId == u.Id && l.Kind == MarketingMailKinds.Weekly && l.SentAtUtc > since)))
            .ToListAsync(ct);
    }

    private async Task<List<IdleCart>> DueCartsAsync(DateTime now, CancellationToken ct)
    {
        var idleSince = now - Options.CartIdleFor;
        var notBefore = now - Options.CartReminderWindow;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var carts = await db.Carts.AsNoTracking()
            .Where(c => c.OwnerKey.StartsWith(ShopperContext.UserKeyPrefix) && c.Lines.Any()
                && c.UpdatedAtUtc <= idleSince && c.UpdatedAtUtc >= notBefore
                && !c.Lines.Any(l => l.AddedAtUtc > idleSince))
            .Select(c => new { c.Id, c.OwnerKey, c.UpdatedAtUtc, Items = c.Lines.Sum(l => l.Quantity) })
            .ToListAsync(ct);
        if (carts.Count == 0)
        {
            return [];
        }
        var userIds = carts.Select(c => c.OwnerKey[2..]).ToList();
        var recipients = await AsRecipients(Consenting(db).Where(u => userIds.Contains(u.Id))).ToDictionaryAsync(r => r.UserId, ct);
        var sent = await db.Set<MarketingMailLog>().AsNoTracking()
            .Where(l => l.Kind == MarketingMailKinds.CartReminder && userIds.Contains(l.UserId))
            .Select(l => l.UserId + "|" + l.Key).ToListAsync(ct);
        var sentSet = sent.ToHashSet();
        return carts
            .Where(c => recipients.ContainsKey(c.OwnerKey[2..]))
            .Select(c => new IdleCart(recipients[c.OwnerKey[2..]], c.Id, c.UpdatedAtUtc, c.Items))
            .Where(c => !sentSet.Contains(c.To.UserId + "|" + CartKey(c)))
            .ToList();
    }

    // The cart's state: any change (add, quantity, remove) moves UpdatedAtUtc, so a new state gets a new key.
    private static string CartKey(IdleCart cart) =>
        $"{cart.CartId}:{cart.ChangedAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)}";

    private async Task<bool> TrySendWeeklyAsync(Recipient to, DateTime now, CancellationToken ct)
    {
        using var _ = new UiCulture(to.Culture);
        IReadOnlyList<StreamCard> cards;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var stream = scope.ServiceProvider.GetRequiredService<ShoppingStream>();
            var page = await stream.BuildAsync(new StreamShopper(ShopperContext.UserKey(to.UserId), to.UserId), ct: ct);
            cards = page.Cards.Where(c => c.Product is not null).Take(Math.Clamp(Options.CardsPerMail, 3, 5)).ToList();
        }
        if (cards.Count == 0)
        {
            return false;
        }
        var items = string.Concat(cards.Select(c =>
            $"<li><a href=\"{Attr(Link($"/product/{c.Product!.Id}/{c.Product.Slug}"))}\">{Html(c.Product.Name)}</a>"
            + $"<br>{Html(c.Why)}</li>"));
        var body = $"<p>{Html(Greeting(to))}</p><p>{Html(text["WeeklyIntro"])}</p><ul>{items}</ul>"
            + $"<p><a href=\"{Attr(Link("/"))}\">{Html(text["WeeklyMore"])}</a></p>";
        return await EnqueueAsync(to, MarketingMailKinds.Weekly, now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            text["WeeklySubject"], body, now, ct);
    }

    private async Task<bool> TrySendReminderAsync(IdleCart cart, DateTime now, CancellationToken ct)
    {
        using var _ = new UiCulture(cart.To.Culture);
        var body = $"<p>{Html(Greeting(cart.To))}</p><p>{Html(text["CartIntro", cart.Items])}</p>"
            + $"<p><a href=\"{Attr(Link("/cart"))}\">{Html(text["CartLink"])}</a></p>";
        return await EnqueueAsync(cart.To, MarketingMailKinds.CartReminder, CartKey(cart), text["CartSubject"], body, now, ct);
    }

    /// <summary>The log row and the outbox mail in one transaction; a duplicate (a parallel run) sends nothing.</summary>
    private async Task<bool> EnqueueAsync(Recipient to, string kind, string key, string subject, string body, DateTime now, CancellationToken ct)
    {
        var unsubscribe = Link($"/mail/unsubscribe?token={Uri.EscapeDataString(tokens.Create(to.UserId, kind))}");
        var footer = $"<hr><p><small>{Html(text["Footer"])} <a href=\"{Attr(unsubscribe)}\">{Html(text["UnsubscribeLink"])}</a></small></p>";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Set<MarketingMailLog>().Add(new MarketingMailLog { UserId = to.UserId, Kind = kind, Key = key, SentAtUtc = now });
        db.Outbox.Add(new OutboxMessage { To = to.Email, Kind = kind, Subject = subject, HtmlBody = body + footer, CreatedAtUtc = now });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation(e, "Marketing mail {Kind} {Key} for {UserId} was already queued", kind, key, to.UserId);
            return false;
        }
    }

    private string Greeting(Recipient to) =>
        string.IsNullOrWhiteSpace(to.Name) ? text["HelloAnonymous"] : text["Hello", to.Name];

    private string Link(string path) => Options.PublicBaseUrl.TrimEnd('/') + path;

    private static string Html(string s) => WebUtility.HtmlEncode(s);

    private static string Attr(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Texts and why-lines in the shopper's language for the length of one mail.</summary>
    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo previousUi = CultureInfo.CurrentUICulture;
        private readonly CultureInfo previous = CultureInfo.CurrentCulture;

        public UiCulture(string? culture)
        {
            var chosen = CultureInfo.GetCultureInfo(Cultures.IsSupported(culture) ? culture! : Cultures.English);
            CultureInfo.CurrentUICulture = chosen;
            CultureInfo.CurrentCulture = chosen;
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = previousUi;
            CultureInfo.CurrentCulture = previous;
        }
    }
}
