using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Storefront.Data;
using Storefront.Features.Checkout.FreeShipping;
using Storefront.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Storefront.Tests.EndToEnd;

public sealed class CheckoutFlowTests : BrowserTest, IClassFixture<ShopServerFixture>
{
    private readonly BrowserFixture browser;

    public CheckoutFlowTests(BrowserFixture browser, ShopServerFixture server) : base(browser, server) => this.browser = browser;

    [Fact]
    public async Task A_guest_crosses_free_shipping_with_a_suggestion_and_checks_out_after_a_declined_card()
    {
        var product = await OneSizeProductAsync(2500, 3500);
        await Page.GotoAsync($"product/{product}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        // The cart's bar says what is missing and offers items that close the gap.
        await Page.GotoAsync("cart");
        var bar = Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Progressbar);
        await Expect(bar).ToHaveAttributeAsync("aria-valuetext", new System.Text.RegularExpressions.Regex("to free shipping"));
        await Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Add ") }).First.ClickAsync();
        await Expect(Page.GetByText("Added to your cart.")).ToBeVisibleAsync();
        await Expect(bar).ToHaveAttributeAsync("aria-valuetext", "Free shipping unlocked");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" })).ToBeVisibleAsync();

        // A later step opened too early sends the shopper to the first step.
        await Page.GotoAsync("checkout/review");
        await Expect(Page.GetByText("Please complete this step first.")).ToBeVisibleAsync();
        await Expect(CurrentStep).ToContainTextAsync("Sign in or guest");

        await Page.GetByLabel("Email address").FillAsync("guest@example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue as guest" }).ClickAsync();
        await Expect(CurrentStep).ToContainTextAsync("Address");

        // A wrong postcode is refused next to the field; nothing typed is lost.
        await Page.GetByLabel("Full name").FillAsync("Erika Mustermann");
        await Page.GetByLabel("Street and house number").FillAsync("Hauptstraße 1");
        await Page.GetByLabel("Postcode").FillAsync("2009");
        await Page.GetByLabel("Town or city").FillAsync("Hamburg");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to shipping" }).ClickAsync();
        await Expect(Page.GetByText("A German postcode has exactly 5 digits.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Street and house number")).ToHaveValueAsync("Hauptstraße 1");
        await Page.GetByLabel("Postcode").FillAsync("20095");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to shipping" }).ClickAsync();
        await Expect(CurrentStep).ToContainTextAsync("Shipping");

        // Back through the step indicator: everything entered is still there.
        await Steps.GetByRole(AriaRole.Link, new() { Name = "Address" }).ClickAsync();
        await Expect(Page.GetByLabel("Postcode")).ToHaveValueAsync("20095");
        await Steps.GetByRole(AriaRole.Link, new() { Name = "Shipping" }).ClickAsync();

        await Page.GetByLabel("Express delivery").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync();
        await Expect(CurrentStep).ToContainTextAsync("Payment");
        await PayByCardAsync("4000 0000 0000 0002");
        await Expect(CurrentStep).ToContainTextAsync("Review");
        await Expect(Page.GetByText("Express delivery")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Right of withdrawal" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(Page.GetByText("Your bank declined the card.")).ToBeVisibleAsync();
        await Expect(CurrentStep).ToContainTextAsync("Payment");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 2 items" })).ToBeVisibleAsync();

        await PayByCardAsync("4242 4242 4242 4242");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your order" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 0 items" })).ToBeVisibleAsync();
        await AssertNoSeriousAxeViolationsAsync();

        // The order page shows where the order is.
        await Page.GetByRole(AriaRole.Link, new() { Name = "Follow your order" }).ClickAsync();
        var timeline = Page.GetByRole(AriaRole.List, new() { Name = "Order status" });
        await Expect(timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);
        await Expect(timeline.Locator("[aria-current=step]")).ToContainTextAsync("Paid");
        await Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Shipped" })).ToContainTextAsync("Not yet");
    }

    [Fact]
    public async Task The_guest_link_from_the_confirmation_mail_opens_the_order_in_another_browser_but_a_wrong_token_does_not()
    {
        var product = await OneSizeProductAsync(6000, 20000);
        await Page.GotoAsync($"product/{product}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();
        await Page.GotoAsync("checkout");
        await Page.GetByLabel("Email address").FillAsync("link@example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue as guest" }).ClickAsync();
        await InvoiceToBerlinAsync("Max Muster");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your order" })).ToBeVisibleAsync();

        var link = await MailLinkAsync("link@example.com");
        await using var other = await browser.Browser.NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), Locale = "en-GB" });
        var otherPage = await other.NewPageAsync();
        await otherPage.GotoAsync(link);
        await Expect(otherPage.GetByRole(AriaRole.List, new() { Name = "Order status" })).ToContainTextAsync("Order placed");
        var wrong = await otherPage.GotoAsync(link[..^4] + "0000");
        Assert.Equal(404, wrong!.Status);
        await Expect(otherPage.GetByRole(AriaRole.List, new() { Name = "Order status" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_German_guest_enters_a_voucher_in_the_mini_cart_corrects_a_typo_and_the_order_keeps_free_shipping()
    {
        var product = await OneSizeProductAsync(2500, 3500);
        await Page.GotoAsync($"culture/de?returnUrl=/product/{product}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "In den Warenkorb" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Warenkorb, 1 Artikel" })).ToBeVisibleAsync();

        // The mini-cart's field answers on the cart page, keeping the mistyped code for correction.
        await Page.Locator(".mini-cart__toggle").ClickAsync();
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Gutscheincode" }).FillAsync("freeshipp");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Einlösen" }).ClickAsync();
        var main = Page.GetByRole(AriaRole.Main);
        var field = main.GetByRole(AriaRole.Textbox, new() { Name = "Gutscheincode" });
        await Expect(main.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Den Gutscheincode FREESHIPP kennen wir nicht. Bitte prüf die Schreibweise.");
        await Expect(field).ToHaveValueAsync("freeshipp");
        await field.FillAsync("freeship");
        await main.GetByRole(AriaRole.Button, new() { Name = "Einlösen" }).ClickAsync();
        await Expect(main.GetByRole(AriaRole.Status)).ToHaveTextAsync("Gutschein FREESHIP eingelöst: Kostenloser Standardversand.");
        await Expect(main.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("aria-valuetext", "Kostenloser Versand freigeschaltet");
        await AssertNoSeriousAxeViolationsAsync();

        await main.GetByRole(AriaRole.Link, new() { Name = "Zur Kasse" }).ClickAsync();
        await Page.GetByLabel("E-Mail-Adresse").FillAsync("gutschein@example.com");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Als Gast weiter" }).ClickAsync();
        await Page.GetByLabel("Vor- und Nachname").FillAsync("Erika Mustermann");
        await Page.GetByLabel("Straße und Hausnummer").FillAsync("Hauptstraße 1");
        await Page.GetByLabel("Postleitzahl").FillAsync("20095");
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Ort", Exact = true }).FillAsync("Hamburg");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter zum Versand" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Zahlung" }).ClickAsync();
        await Page.GetByLabel("Rechnung").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Übersicht" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Gutscheincode" })).ToContainTextAsync("FREESHIP");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Zahlungspflichtig bestellen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Danke für deine Bestellung" })).ToBeVisibleAsync();

        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Email == "gutschein@example.com", TestContext.Current.CancellationToken);
        Assert.Equal("FREESHIP", order.VoucherCode);
        Assert.Equal(0, order.ShippingCents);
        Assert.Equal(order.SubtotalCents, order.TotalCents);
    }

    [Fact]
    public async Task A_signed_in_shopper_pays_part_with_loyalty_points_and_finds_the_order_in_the_history()
    {
        await SignInAsync("ben@storefront.test", "Storefront-Demo-2026");
        var product = await OneSizeProductAsync(6000, 20000);
        await Page.GotoAsync($"product/{product}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Cart, 1 items" })).ToBeVisibleAsync();

        // Signed in, the contact step is done: checkout opens at the address.
        await Page.GotoAsync("checkout");
        await Expect(CurrentStep).ToContainTextAsync("Address");
        await InvoiceToBerlinAsync("Ben Beispiel");

        var points = Page.GetByRole(AriaRole.Region, new() { Name = "Loyalty points" });
        await Expect(points).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"You have [\d,]+ points"));
        await points.GetByLabel("Points to use").FillAsync("99999999");
        await points.GetByRole(AriaRole.Button, new() { Name = "Use points" }).ClickAsync();
        await Expect(Page.GetByText(new System.Text.RegularExpressions.Regex("you can't use more than that"))).ToBeVisibleAsync();
        await points.GetByLabel("Points to use").FillAsync("100");
        await points.GetByRole(AriaRole.Button, new() { Name = "Use points" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Row, new() { Name = "Loyalty points (100)" })).ToContainTextAsync("€1.00");
        await AssertNoSeriousAxeViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Thank you for your order" })).ToBeVisibleAsync();
        var number = System.Text.RegularExpressions.Regex.Match(Page.Url, "SF-\\d{6}").Value;
        await Page.GotoAsync("orders");
        await Page.GetByRole(AriaRole.Link, new() { Name = $"Order {number}" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.List, new() { Name = "Order status" })).ToContainTextAsync("Order placed");
    }

    private ILocator Steps => Page.GetByRole(AriaRole.Navigation, new() { Name = "Checkout steps" });

    private ILocator CurrentStep => Steps.Locator("[aria-current=step]");

    /// <summary>From the address step to the review: a Berlin address, standard shipping, invoice.</summary>
    private async Task InvoiceToBerlinAsync(string name)
    {
        await Page.GetByLabel("Full name").FillAsync(name);
        await Page.GetByLabel("Street and house number").FillAsync("Ring 2");
        await Page.GetByLabel("Postcode").FillAsync("10115");
        await Page.GetByLabel("Town or city").FillAsync("Berlin");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to shipping" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to payment" }).ClickAsync();
        await Page.GetByLabel("Invoice").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
    }

    private async Task PayByCardAsync(string number)
    {
        await Page.GetByLabel("Credit or debit card").CheckAsync();
        await Page.GetByLabel("Name on card").FillAsync("Erika Mustermann");
        await Page.GetByLabel("Card number").FillAsync(number);
        await Page.GetByLabel("Expiry (MM/YY)").FillAsync("12/39");
        await Page.GetByLabel("Security code").FillAsync("123");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(CurrentStep).ToContainTextAsync("Review");
    }

    private async Task AssertNoSeriousAxeViolationsAsync()
    {
        var result = await Page.RunAxe();
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    private async Task<int> OneSizeProductAsync(long minCents, long maxCents)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Variants.AsNoTracking()
            .Where(v => v.Size == FreeShippingAdvisor.OneSize && v.Stock >= 5 && v.PriceCents >= minCents && v.PriceCents <= maxCents
                && !v.Product!.IsArchived && v.Product.MembersEarlyUntilUtc == null && v.Product.Variants.Count == 1)
            .OrderBy(v => v.Id).Select(v => v.ProductId).FirstAsync(TestContext.Current.CancellationToken);
    }

    private async Task<string> MailLinkAsync(string to)
    {
        await using var scope = Server.Factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var body = await db.Outbox.AsNoTracking().Where(m => m.To == to && m.Kind == "order-confirmation").Select(m => m.HtmlBody).SingleAsync(TestContext.Current.CancellationToken);
        var match = System.Text.RegularExpressions.Regex.Match(body, "href=\"([^\"]+)\"");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
