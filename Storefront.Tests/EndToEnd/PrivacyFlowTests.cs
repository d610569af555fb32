using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Features.Accounts;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class PrivacyFlowTests(BrowserFixture browser, ShopServerFixture server)
    : BrowserTest(browser, server), IClassFixture<ShopServerFixture>
{
    private const string Password = "my privacy passphrase";

    [Fact]
    public async Task A_shopper_downloads_their_data_then_deletes_the_account_and_is_signed_out()
    {
        var email = await NewAccountAsync();
        await SignInAsync(email, Password);

        await Page.GotoAsync("Account/Manage/PersonalData");
        var download = await Page.RunAndWaitForDownloadAsync(() =>
            Page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync());
        Assert.EndsWith(".json", download.SuggestedFilename);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)))
        {
            Assert.Equal(email, json.RootElement.GetProperty("profile").GetProperty("email").GetString());
            Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("orders").ValueKind);
        }

        await Page.GetByRole(AriaRole.Link, new() { Name = "Delete my data and account" }).ClickAsync();
        await Expect(Page.GetByText("Your orders stay in our books")).ToBeVisibleAsync();
        var axe = await Page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await Page.GetByLabel("Password").FillAsync("not my password");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete data and close my account" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was deleted");

        await Page.GetByLabel("Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete data and close my account" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Your account has been deleted" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);

        await using var scope = Server.Factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email));
    }

    private async Task<string> NewAccountAsync()
    {
        var email = $"privacy-{Guid.NewGuid():N}@example.com";
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Shopper);
        return email;
    }
}
