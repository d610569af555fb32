using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Stream.Mail;
using Storefront.Tests.Features.Stream.Mail;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class StreamMailFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string Password = "my mail passphrase";

    [Fact]
    public async Task A_shopper_opts_in_gets_a_weekly_mail_and_its_unsubscribe_page_withdraws_the_consent()
    {
        var email = $"mail-flow-{Guid.NewGuid():N}@example.com";
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Shopper);
        await SignInAsync(email, Password);

        await Page.GotoAsync("Account/Manage");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Mail from us" }).ClickAsync();
        var consent = Page.GetByLabel("Yes, send me personalised picks and cart reminders by email");
        await Expect(consent).Not.ToBeCheckedAsync();
        await consent.CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.GetByText("Your choice is saved.")).ToBeVisibleAsync();
        await Expect(consent).ToBeCheckedAsync();

        var mails = scope.ServiceProvider.GetRequiredService<StreamMailService>();
        await mails.SendDueAsync(TestContext.Current.CancellationToken);
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        var weekly = await db.Outbox.AsNoTracking()
            .SingleAsync(m => m.To == email && m.Kind == MarketingMailKinds.Weekly, TestContext.Current.CancellationToken);

        await Page.GotoAsync("mail/unsubscribe?token=" + Uri.EscapeDataString(StreamMailServiceTests.TokenOf(weekly.HtmlBody)));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Unsubscribe" })).ToBeVisibleAsync();
        Assert.True(await mails.HasConsentAsync(user.Id, TestContext.Current.CancellationToken)); // opening the link alone changes nothing
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, unsubscribe me" }).ClickAsync();
        await Expect(Page.GetByText("we will not send you these mails any more")).ToBeVisibleAsync();
        Assert.False(await mails.HasConsentAsync(user.Id, TestContext.Current.CancellationToken));

        await Page.GotoAsync("mail/unsubscribe?token=tampered");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was changed");

        await Page.GotoAsync("Account/Manage/MarketingMail");
        await Expect(consent).Not.ToBeCheckedAsync();
    }
}
