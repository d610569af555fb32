using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Orders;
using Storefront.Features.Orders.Returns;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Orders;

public sealed class ReturnsServiceTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private ReturnsService Returns => app.Get<ReturnsService>();
    private IDbContextFactory<StorefrontDb> Db => app.Get<IDbContextFactory<StorefrontDb>>();
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_shopper_returns_part_of_a_delivered_order_with_a_reason_and_gets_a_confirmation_mail()
    {
        var order = await GuestOrderAsync(Now.AddDays(-2), 2, 1);
        var access = new ReturnAccess(null, null, order.AccessToken);

        var result = await InEnglish(() => Returns.RequestAsync(Command(order, access, (order.Lines[0].Id, "1", "TooSmall", "  Tight at the shoulders "))));

        Assert.True(result.Succeeded, result.Error);
        var overview = (await Returns.OverviewAsync(order.Number, access, Ct))!;
        var line = overview.Lines.Single(l => l.OrderLineId == order.Lines[0].Id);
        Assert.Equal((1, true, 0), (line.AlreadyReturned, line.HasOpenReturn, line.Returnable));
        Assert.Equal(1, overview.Lines.Single(l => l.OrderLineId == order.Lines[1].Id).Returnable);
        var saved = Assert.Single(Assert.Single(overview.Returns).Lines);
        Assert.Equal((1, ReturnReason.TooSmall, "Tight at the shoulders"), (saved.Quantity, saved.Reason, saved.Note));

        var mail = await Mail(order.Email).SingleAsync(m => m.Kind == "return-requested" && m.Subject.Contains(order.Number), Ct);
        Assert.Equal($"Your return for order {order.Number}", mail.Subject);
        Assert.Contains("1 × ", mail.HtmlBody);
        Assert.Contains("Too small", mail.HtmlBody);
        Assert.Contains($"/orders/{order.Number}?access={order.AccessToken}", mail.HtmlBody);

        var timeline = (await app.Get<OrderHistory>().FindAsync(order.Number, null, null, order.AccessToken, Ct))!.Timeline;
        Assert.Equal([OrderStatus.Placed, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.ReturnRequested], timeline.Select(t => t.Status));
        Assert.Equal(OrderStatus.Delivered, await StatusAsync(order.Id));
    }

    [Fact]
    public async Task Returns_are_possible_until_the_fourteenth_day_after_delivery_and_not_after()
    {
        var lastDay = await GuestOrderAsync(Now.AddDays(-14), 1);
        var tooLate = await GuestOrderAsync(Now.AddDays(-15), 1);

        Assert.Equal(ReturnEligibility.Eligible, (await OverviewAsync(lastDay)).Eligibility);
        Assert.True((await InEnglish(() => Returns.RequestAsync(Command(lastDay, Token(lastDay), (lastDay.Lines[0].Id, "1", "ChangedMind", null))))).Succeeded);

        var overview = await OverviewAsync(tooLate);
        var refused = await InEnglish(() => Returns.RequestAsync(Command(tooLate, Token(tooLate), (tooLate.Lines[0].Id, "1", "ChangedMind", null))));
        Assert.Equal(ReturnEligibility.WindowClosed, overview.Eligibility);
        Assert.False(refused.Succeeded);
        Assert.StartsWith("The 14-day return period ended on ", refused.Error);
        Assert.Equal(0, await ReturnCountAsync(tooLate.Id));
    }

    [Fact]
    public async Task Orders_that_are_shipped_but_not_delivered_cannot_be_returned()
    {
        var shipped = await new OrderBuilder(Db).Line((await VariantsAsync(1))[0], 1).InStatus(OrderStatus.Shipped).SaveAsync(Ct);

        var result = await InEnglish(() => Returns.RequestAsync(Command(shipped, Token(shipped), (shipped.Lines[0].Id, "1", "TooLarge", null))));

        Assert.Equal(ReturnEligibility.NotDelivered, (await OverviewAsync(shipped)).Eligibility);
        Assert.Equal("You can return items once your order has been delivered.", result.Error);
        Assert.Equal(0, await ReturnCountAsync(shipped.Id));
    }

    [Fact]
    public async Task Quantities_are_limited_to_what_was_delivered_minus_what_was_returned_with_one_open_return_per_line()
    {
        var order = await GuestOrderAsync(Now.AddDays(-1), 3, 1);
        var id = order.Lines[0].Id;

        var tooMany = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (id, "4", "TooSmall", null))));
        Assert.Equal("You can return at most 3 of this item.", tooMany.ErrorFor(id, ReturnField.Quantity));
        Assert.Equal("Please check the marked items.", tooMany.Error);

        var first = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (id, "1", "TooSmall", null))));
        Assert.True(first.Succeeded);
        var whileOpen = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (id, "1", "TooSmall", null))));
        Assert.Equal("A return for this item is already on its way.", whileOpen.ErrorFor(id, ReturnField.Quantity));

        Assert.Equal(ReceiveOutcome.Received, (await Returns.MarkReceivedAsync(first.ReturnId!.Value, Ct)).Outcome);
        var beyondRest = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (id, "3", "TooSmall", null))));
        Assert.Equal("You can return at most 2 of this item.", beyondRest.ErrorFor(id, ReturnField.Quantity));
        var second = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (id, "2", "Damaged", null))));
        Assert.True(second.Succeeded);
        await Returns.MarkReceivedAsync(second.ReturnId!.Value, Ct);
        var allBack = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (id, "1", "Damaged", null))));
        Assert.Equal("This item has already been returned.", allBack.ErrorFor(id, ReturnField.Quantity));
        var lineA = (await OverviewAsync(order)).Lines.Single(l => l.OrderLineId == id);
        Assert.Equal((3, 0), (lineA.AlreadyReturned, lineA.Returnable));

        var lastLine = order.Lines[1].Id;
        Assert.True((await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (lastLine, "1", "Other", "Gift"))))).Succeeded);
        Assert.Equal(ReturnEligibility.NothingLeft, (await OverviewAsync(order)).Eligibility);
        Assert.Equal(3, await ReturnCountAsync(order.Id));
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_in_english_and_german_and_saves_nothing()
    {
        var order = await GuestOrderAsync(Now.AddDays(-3), 2, 1);
        var (a, b) = (order.Lines[0].Id, order.Lines[1].Id);

        var noReason = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a, "1", "", null), (b, "two", "TooSmall", null))));
        var german = await Culture.InCulture("de", () => Returns.RequestAsync(Command(order, Token(order), (a, "1", "Bored", new string('x', 501)))));
        var nothing = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a, "0", "", null), (b, "", "", null))));
        var foreignLine = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a + 100_000, "1", "TooSmall", null))));
        var twice = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a, "1", "TooSmall", null), (a, "1", "TooSmall", null))));
        var negative = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a, "-1", "TooSmall", null))));

        Assert.Equal("Please choose a reason.", noReason.ErrorFor(a, ReturnField.Reason));
        Assert.Equal("Enter the quantity as a whole number.", noReason.ErrorFor(b, ReturnField.Quantity));
        Assert.Equal("Bitte wähle einen Grund.", german.ErrorFor(a, ReturnField.Reason));
        Assert.Equal("Bitte fasse die Anmerkung in höchstens 500 Zeichen.", german.ErrorFor(a, ReturnField.Note));
        Assert.Equal("Choose at least one item and how many to return.", nothing.Error);
        Assert.Equal("This doesn't match your order. Please reload the page and try again.", foreignLine.Error);
        Assert.Equal(foreignLine.Error, twice.Error);
        Assert.Equal("Enter the quantity as a whole number.", negative.ErrorFor(a, ReturnField.Quantity));
        Assert.All(new[] { noReason, german, nothing, foreignLine, twice, negative }, r => Assert.False(r.Succeeded));
        Assert.Equal(0, await ReturnCountAsync(order.Id));
        Assert.False(await Mail(order.Email).AnyAsync(m => m.Kind == "return-requested" && m.Subject.Contains(order.Number), Ct));
    }

    [Fact]
    public async Task Only_the_account_that_ordered_can_return_its_order_and_a_guest_only_through_the_mail_link()
    {
        var (owner, other) = (await UserIdAsync("clara@storefront.test"), await UserIdAsync("ben@storefront.test"));
        var variant = (await VariantsAsync(1))[0];
        var accountOrder = await new OrderBuilder(Db).Line(variant, 1).ForAccount(owner).Delivered(Now.AddDays(-1)).SaveAsync(Ct);
        var guestOrder = await GuestOrderAsync(Now.AddDays(-1), 1);
        ReturnCommand Try(Storefront.Features.Orders.Order o, ReturnAccess access) => Command(o, access, (o.Lines[0].Id, "1", "TooLarge", null));

        var byOtherAccount = await InEnglish(() => Returns.RequestAsync(Try(accountOrder, new(other, $"u:{other}", null))));
        var byLinkWithoutSignIn = await InEnglish(() => Returns.RequestAsync(Try(accountOrder, new(null, null, accountOrder.AccessToken))));
        var guestByBrowserOnly = await InEnglish(() => Returns.RequestAsync(Try(guestOrder, new(null, guestOrder.OwnerKey, null))));
        var guestWrongToken = await InEnglish(() => Returns.RequestAsync(Try(guestOrder, new(null, null, "0123456789abcdef"))));

        Assert.Null(await Returns.OverviewAsync(accountOrder.Number, new(other, $"u:{other}", null), Ct));
        Assert.Equal("We couldn't find this order.", byOtherAccount.Error);
        Assert.Equal("Sign in with the account you ordered with to return items.", byLinkWithoutSignIn.Error);
        Assert.Equal("Open the link in your order confirmation email to return items.", guestByBrowserOnly.Error);
        Assert.Equal("We couldn't find this order.", guestWrongToken.Error);
        Assert.Equal(0, await ReturnCountAsync(accountOrder.Id) + await ReturnCountAsync(guestOrder.Id));

        Assert.True((await InEnglish(() => Returns.RequestAsync(Try(accountOrder, new(owner, $"u:{owner}", null))))).Succeeded);
        Assert.True((await InEnglish(() => Returns.RequestAsync(Try(guestOrder, Token(guestOrder))))).Succeeded);
    }

    [Fact]
    public async Task Receiving_a_return_restocks_once_and_the_order_is_returned_when_everything_is_back()
    {
        var order = await GuestOrderAsync(Now.AddDays(-4), 2, 1);
        var (a, b) = (order.Lines[0], order.Lines[1]);
        var stockBefore = await StockAsync(a.VariantId, b.VariantId);

        var first = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a.Id, "1", "TooLarge", null))));
        Assert.Equal(new ReceiveResult(ReceiveOutcome.Received, false), await Returns.MarkReceivedAsync(first.ReturnId!.Value, Ct));
        Assert.Equal(new ReceiveResult(ReceiveOutcome.AlreadyReceived, false), await Returns.MarkReceivedAsync(first.ReturnId!.Value, Ct));
        Assert.Equal(new[] { stockBefore[0] + 1, stockBefore[1] }, await StockAsync(a.VariantId, b.VariantId));
        Assert.Equal(OrderStatus.Delivered, await StatusAsync(order.Id));

        var rest = await InEnglish(() => Returns.RequestAsync(Command(order, Token(order), (a.Id, "1", "TooLarge", null), (b.Id, "1", "NotAsDescribed", "Other colour"))));
        Assert.Equal(new ReceiveResult(ReceiveOutcome.Received, true), await Returns.MarkReceivedAsync(rest.ReturnId!.Value, Ct));

        Assert.Equal(new[] { stockBefore[0] + 2, stockBefore[1] + 1 }, await StockAsync(a.VariantId, b.VariantId));
        Assert.Equal(OrderStatus.Returned, await StatusAsync(order.Id));
        var timeline = (await app.Get<OrderHistory>().FindAsync(order.Number, null, null, order.AccessToken, Ct))!.Timeline;
        Assert.Equal([OrderStatus.ReturnRequested, OrderStatus.ReturnRequested, OrderStatus.Returned], timeline.TakeLast(3).Select(t => t.Status));
        Assert.Equal(ReturnEligibility.Closed, (await OverviewAsync(order)).Eligibility);
        Assert.Equal(ReceiveOutcome.NotFound, (await Returns.MarkReceivedAsync(-1, Ct)).Outcome);
    }

    private async Task<Storefront.Features.Orders.Order> GuestOrderAsync(DateTime deliveredAtUtc, params int[] quantities)
    {
        var variants = await VariantsAsync(quantities.Length);
        var builder = new OrderBuilder(Db).Delivered(deliveredAtUtc);
        for (var i = 0; i < quantities.Length; i++)
        {
            builder.Line(variants[i], quantities[i]);
        }
        return await builder.SaveAsync(Ct);
    }

    private async Task<List<int>> VariantsAsync(int count) => (await OrderBuilder.ClothingVariantsAsync(Db, count, Ct)).Select(v => v.Id).ToList();

    private static ReturnAccess Token(Storefront.Features.Orders.Order order) => new(null, null, order.AccessToken);

    private static ReturnCommand Command(Storefront.Features.Orders.Order order, ReturnAccess access, params (int Line, string Quantity, string Reason, string? Note)[] lines) =>
        new(order.Number, access, lines.Select(l => new ReturnLineInput
        {
            OrderLineId = l.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Quantity = l.Quantity, Reason = l.Reason, Note = l.Note,
        }).ToList(), "http://shop.test/");

    private async Task<ReturnOverview> OverviewAsync(Storefront.Features.Orders.Order order) => (await Returns.OverviewAsync(order.Number, Token(order), Ct))!;

    private static Task<T> InEnglish<T>(Func<Task<T>> action) => Culture.InCulture("en", action);

    private IQueryable<Storefront.Features.Mail.OutboxMessage> Mail(string to) => app.Get<StorefrontDb>().Outbox.AsNoTracking().Where(m => m.To == to);

    private async Task<int> ReturnCountAsync(int orderId)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Set<ReturnRequest>().CountAsync(r => r.OrderId == orderId, Ct);
    }

    private async Task<OrderStatus> StatusAsync(int orderId)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync(Ct);
    }

    private async Task<int[]> StockAsync(params int[] variantIds)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        var stock = await db.Variants.AsNoTracking().Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Stock, Ct);
        return variantIds.Select(id => stock[id]).ToArray();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var db = await Db.CreateDbContextAsync(Ct);
        return await db.Users.AsNoTracking().Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct);
    }
}
