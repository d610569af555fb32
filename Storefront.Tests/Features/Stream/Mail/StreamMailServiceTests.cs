using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Accounts.Privacy;
using Storefront.Features.Cart;
using Storefront.Features.Stream.Mail;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Stream.Mail;

/// <summary>The app over a seeded database with the mail job switched off, so only the test decides when mails go out.</summary>
public sealed class StreamMailApp : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);
    public StorefrontFactory Factory { get; }
    private readonly AsyncServiceScope scope;

    public StreamMailApp()
    {
        Factory = StorefrontFactory.Seeded(time: Time).With("StreamMail:Enabled", "false");
        scope = Factory.Services.CreateAsyncScope();
    }

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await Factory.DisposeAsync();
    }
}

public sealed partial class StreamMailServiceTests(StreamMailApp app) : IClassFixture<StreamMailApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private StreamMailService Mails => app.Get<StreamMailService>();

    [Fact]
    public async Task Without_consent_no_mail_is_sent()
    {
        var user = await NewShopperAsync(consent: false);
        await AddToCartAsync(user);
        app.Time.Advance(TimeSpan.FromHours(25));

        await Mails.SendDueAsync(Ct);

        Assert.Empty(await MailsToAsync(user));
    }

    [Fact]
    public async Task An_unconfirmed_address_gets_no_mail_even_with_consent()
    {
        var user = await NewShopperAsync(consent: true, confirmed: false);
        await AddToCartAsync(user);
        app.Time.Advance(TimeSpan.FromHours(25));

        await Mails.SendDueAsync(Ct);

        Assert.Empty(await MailsToAsync(user));
    }

    [Fact]
    public async Task With_consent_one_weekly_mail_with_the_top_cards_and_not_again_within_seven_days()
    {
        var ben = await DemoUserAsync("ben@storefront.test");
        await Mails.SetConsentAsync(ben.Id, true, Ct);

        await Mails.SendDueAsync(Ct);
        var weekly = Assert.Single(await MailsToAsync(ben, MarketingMailKinds.Weekly));
        Assert.Equal("Picked for you this week", weekly.Subject);
        var links = ProductLink().Matches(weekly.HtmlBody);
        Assert.InRange(links.Count, 3, 5);
        Assert.Contains("/mail/unsubscribe?token=", weekly.HtmlBody);

        app.Time.Advance(TimeSpan.FromDays(6));
        await Mails.SendDueAsync(Ct);
        Assert.Single(await MailsToAsync(ben, MarketingMailKinds.Weekly));

        app.Time.Advance(TimeSpan.FromDays(1.5));
        await Mails.SendDueAsync(Ct);
        Assert.Equal(2, (await MailsToAsync(ben, MarketingMailKinds.Weekly)).Count);
        await Mails.SetConsentAsync(ben.Id, false, Ct);
    }

    [Fact]
    public async Task The_weekly_mail_is_in_the_shoppers_language()
    {
        var clara = await DemoUserAsync("clara@storefront.test");
        await Mails.SetConsentAsync(clara.Id, true, Ct);

        await Mails.SendDueAsync(Ct);

        var weekly = Assert.Single(await MailsToAsync(clara, MarketingMailKinds.Weekly));
        Assert.Equal("Diese Woche für dich ausgesucht", weekly.Subject);
        Assert.Contains("Abmelden", weekly.HtmlBody);
        await Mails.SetConsentAsync(clara.Id, false, Ct);
    }

    [Fact]
    public async Task A_cart_left_alone_for_a_day_gets_one_reminder_per_cart_change()
    {
        var user = await NewShopperAsync(consent: true);
        var variant = await AddToCartAsync(user);

        app.Time.Advance(TimeSpan.FromHours(23));
        await Mails.SendDueAsync(Ct);
        Assert.Empty(await MailsToAsync(user, MarketingMailKinds.CartReminder));

        app.Time.Advance(TimeSpan.FromHours(2));
        await Mails.SendDueAsync(Ct);
        var reminder = Assert.Single(await MailsToAsync(user, MarketingMailKinds.CartReminder));
        Assert.Contains("/cart", reminder.HtmlBody);
        Assert.Contains("/mail/unsubscribe?token=", reminder.HtmlBody);

        await Mails.SendDueAsync(Ct);
        Assert.Single(await MailsToAsync(user, MarketingMailKinds.CartReminder));

        var changed = await app.Get<CartService>().SetQuantityAsync(ShopperContext.UserKey(user.Id), variant, "2", Ct);
        Assert.True(changed.Succeeded, changed.Error);
        app.Time.Advance(TimeSpan.FromHours(25));
        await Mails.SendDueAsync(Ct);
        Assert.Equal(2, (await MailsToAsync(user, MarketingMailKinds.CartReminder)).Count);
    }

    [Fact]
    public async Task The_unsubscribe_token_withdraws_consent_and_a_tampered_one_changes_nothing()
    {
        var user = await NewShopperAsync(consent: true);
        await AddToCartAsync(user);
        app.Time.Advance(TimeSpan.FromHours(25));
        await Mails.SendDueAsync(Ct);
        var token = TokenOf(Assert.Single(await MailsToAsync(user, MarketingMailKinds.CartReminder)).HtmlBody);

        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        Assert.False(await Mails.UnsubscribeAsync(tampered, Ct));
        Assert.False(await Mails.UnsubscribeAsync("not-a-token", Ct));
        Assert.True(await Mails.HasConsentAsync(user.Id, Ct));

        var before = (await MailsToAsync(user)).Count;
        Assert.True(await Mails.UnsubscribeAsync(token, Ct));
        Assert.False(await Mails.HasConsentAsync(user.Id, Ct));

        // Without consent the next due mail (a changed cart, a new week) stays unsent.
        await AddToCartAsync(user, skip: 1);
        app.Time.Advance(TimeSpan.FromDays(8));
        await Mails.SendDueAsync(Ct);
        Assert.Equal(before, (await MailsToAsync(user)).Count);
    }

    [Fact]
    public async Task Consent_is_off_by_default_and_remembers_when_it_was_given()
    {
        var user = await NewShopperAsync(consent: false);
        Assert.False(await Mails.HasConsentAsync(user.Id, Ct));

        await Mails.SetConsentAsync(user.Id, true, Ct);

        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var saved = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id, Ct);
        Assert.True(saved.MarketingMailConsent);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, saved.MarketingMailConsentAtUtc);
    }

    [Fact]
    public async Task The_consent_is_part_of_the_personal_data_export()
    {
        var user = await NewShopperAsync(consent: true);

        var export = await app.Get<PersonalDataService>().ExportAsync(user.Id, Ct);

        Assert.True(export!.Profile.MarketingMailConsent);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime, export.Profile.MarketingMailConsentAtUtc);
    }

    [Fact]
    public void Every_mail_text_has_a_German_translation()
    {
        var english = ResourceKeys("StreamMailText.resx");
        var german = ResourceKeys("StreamMailText.de.resx");
        Assert.NotEmpty(english);
        Assert.Equal(english, german);
    }

    private static SortedSet<string> ResourceKeys(string file)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "Storefront", "Features", "Stream", "Mail", file);
        return new SortedSet<string>(System.Xml.Linq.XDocument.Load(path).Root!.Elements("data").Select(d => (string)d.Attribute("name")!));
    }

    internal static string TokenOf(string htmlBody) =>
        Uri.UnescapeDataString(WebUtility.HtmlDecode(UnsubscribeLink().Match(htmlBody).Groups[1].Value));

    private async Task<ApplicationUser> NewShopperAsync(bool consent, bool confirmed = true)
    {
        var email = $"mail-{Guid.NewGuid():N}@example.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = confirmed, CreatedAtUtc = app.Time.GetUtcNow().UtcDateTime };
        var created = await app.Get<UserManager<ApplicationUser>>().CreateAsync(user);
        Assert.True(created.Succeeded);
        if (consent)
        {
            await Mails.SetConsentAsync(user.Id, true, Ct);
        }
        return user;
    }

    private async Task<ApplicationUser> DemoUserAsync(string email) =>
        (await app.Get<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;

    private async Task<int> AddToCartAsync(ApplicationUser user, int skip = 0)
    {
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        var variant = await db.Variants.AsNoTracking().Where(v => v.Stock > 5 && !v.Product!.IsArchived)
            .OrderBy(v => v.Id).Skip(skip).Select(v => v.Id).FirstAsync(Ct);
        var added = await app.Get<CartService>().AddAsync(ShopperContext.UserKey(user.Id), variant, 1, Ct);
        Assert.True(added.Succeeded, added.Error);
        return variant;
    }

    private async Task<List<Storefront.Features.Mail.OutboxMessage>> MailsToAsync(ApplicationUser user, string? kind = null)
    {
        await using var db = await app.Get<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(Ct);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.To == user.Email && (kind == null ? m.Kind == MarketingMailKinds.Weekly || m.Kind == MarketingMailKinds.CartReminder : m.Kind == kind))
            .OrderBy(m => m.Id).ToListAsync(Ct);
    }

    [GeneratedRegex("href=\"[^\"]*/product/\\d+")]
    private static partial Regex ProductLink();

    [GeneratedRegex("/mail/unsubscribe\\?token=([^\"]+)\"")]
    private static partial Regex UnsubscribeLink();
}
