using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Loyalty;
using Storefront.Features.Catalog.ProductPage;
using Storefront.Features.Mail;

namespace Storefront.Features.Orders.Returns;

/// <summary>
/// Returns of delivered orders: what may go back (within the 14-day window, units not already returned, one open
/// return per line, only by the order's own account or the guest's mail link), the request itself (one transaction
/// with the confirmation mail) and the merchant's receipt, which restocks and closes the order when everything is back.
/// </summary>
public sealed class ReturnsService(
    IDbContextFactory<StorefrontDb> dbFactory,
    IStringLocalizer<ReturnsText> text,
    IOptions<DeliveryOptions> delivery,
    IOptions<LoyaltyOptions> loyalty,
    TimeProvider clock,
    ILogger<ReturnsService> logger)
{
    public const int MaxAttempts = 5;

    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(delivery.Value.TimeZone);

    /// <summary>Null when the order does not exist or this shopper may not see it (as on the order page).</summary>
    public async Task<ReturnOverview?> OverviewAsync(string? number, ReturnAccess access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (!IsNumber(number))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var facts = await FactsAsync(db, number!, ct);
        return facts is null || !OrderHistory.MayView(facts.UserId, facts.OwnerKey, facts.AccessToken, access.UserId, access.OwnerKey, access.AccessToken)
            ? null
            : Overview(facts, access);
    }

    /// <summary>Validates everything the form posted and records the return with its confirmation mail, or saves nothing.</summary>
    public async Task<ReturnRequestResult> RequestAsync(ReturnCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!IsNumber(command.Number) || command.Access is null)
        {
            return ReturnRequestResult.Fail(text["OrderNotFound"]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // On SQLite this begins IMMEDIATE: two requests for the same line queue here, so the second sees the first.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var facts = await FactsAsync(db, command.Number!, ct);
        var access = command.Access;
        if (facts is null || !OrderHistory.MayView(facts.UserId, facts.OwnerKey, facts.AccessToken, access.UserId, access.OwnerKey, access.AccessToken))
        {
            return ReturnRequestResult.Fail(text["OrderNotFound"]);
        }
        var overview = Overview(facts, access);
        if (!overview.CanReturn)
        {
            return ReturnRequestResult.Fail(WhyNot(overview));
        }
        var (lines, errors, formError) = Read(overview, facts.Lines, command.Lines ?? []);
        if (formError is not null || errors.Count > 0)
        {
            return new ReturnRequestResult(false, null, formError ?? text["FixLines"], errors);
        }
        var request = new ReturnRequest { OrderId = facts.Id, State = ReturnState.Requested, RequestedAtUtc = clock.GetUtcNow().UtcDateTime, Lines = lines };
        db.Add(request);
        db.Outbox.Add(ConfirmationMail(facts, overview, request, command.SiteBaseUrl));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ReturnRequestResult.Ok(request.Id);
    }

    /// <summary>
    /// For the merchant's admin: the parcel is back. Restocks every returned unit, marks the return received and, once
    /// every unit of the order has come back, sets the order "returned" (through <see cref="OrderTracking"/>'s rules),
    /// all in one transaction. Calling it twice restocks once.
    /// </summary>
    public Task<ReceiveResult> MarkReceivedAsync(int returnId, CancellationToken ct = default) => ReceiveAsync(returnId, null, ct);

    /// <summary>
    /// The same, with <paramref name="alsoSave"/> adding to the same save (the merchant admin's audit entry; it is told
    /// whether the order became "returned"), so the receipt and its record commit together or not at all.
    /// </summary>
    public Task<ReceiveResult> MarkReceivedAsync(int returnId, Action<StorefrontDb, ReturnRequest, bool> alsoSave, CancellationToken ct = default) =>
        ReceiveAsync(returnId, alsoSave, ct);

    private async Task<ReceiveResult> ReceiveAsync(int returnId, Action<StorefrontDb, ReturnRequest, bool>? alsoSave, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                return await TryMarkReceivedAsync(returnId, alsoSave, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // An order took stock of the same variant between our read and our write: read again.
                logger.LogInformation("Return {ReturnId} met a concurrent stock change (attempt {Attempt})", returnId, attempt);
            }
        }
        return new ReceiveResult(ReceiveOutcome.Busy, false);
    }

    private async Task<ReceiveResult> TryMarkReceivedAsync(int returnId, Action<StorefrontDb, ReturnRequest, bool>? alsoSave, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var request = await db.Set<ReturnRequest>().Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == returnId, ct);
        if (request is null)
        {
            return new ReceiveResult(ReceiveOutcome.NotFound, false);
        }
        if (request.State == ReturnState.Received)
        {
            return new ReceiveResult(ReceiveOutcome.AlreadyReceived, false);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var variantIds = request.Lines.Select(l => l.VariantId).Distinct().ToList();
        var variants = await db.Variants.Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        foreach (var line in request.Lines)
        {
            if (variants.TryGetValue(line.VariantId, out var variant))
            {
                variant.Stock += line.Quantity;
                variant.Version++;
            }
        }
        request.State = ReturnState.Received;
        request.ReceivedAtUtc = now;

        var order = await db.Orders.FirstAsync(o => o.Id == request.OrderId, ct);
        var ordered = await db.OrderLines.Where(l => l.OrderId == order.Id).SumAsync(l => l.Quantity, ct);
        var receivedBefore = await db.Set<ReturnRequest>()
            .Where(r => r.OrderId == order.Id && r.State == ReturnState.Received && r.Id != request.Id)
            .SelectMany(r => r.Lines).SumAsync(l => l.Quantity, ct);
        var allBack = receivedBefore + request.Lines.Sum(l => l.Quantity) >= ordered;
        var orderReturned = allBack && await OrderTracking.ApplyAsync(db, order, OrderStatus.Returned, now, loyalty.Value, ct);
        alsoSave?.Invoke(db, request, orderReturned);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ReceiveResult(ReceiveOutcome.Received, orderReturned);
    }

    /// <summary>Why the form is not offered, in words (empty when it is).</summary>
    public string WhyNot(ReturnOverview overview) => overview.Eligibility switch
    {
        ReturnEligibility.Eligible => "",
        ReturnEligibility.WindowClosed => text["WindowClosed", FormatDay(overview.Deadline!.Value)],
        _ => text["Why_" + overview.Eligibility],
    };

    public string FormatDay(DateOnly day) => day.ToString("D", Storefront.Localization.Cultures.MoneyCulture);

    private (List<ReturnLine> Lines, Dictionary<(int, ReturnField), string> Errors, string? FormError) Read(
        ReturnOverview overview, List<OrderLine> orderLines, IReadOnlyList<ReturnLineInput> inputs)
    {
        var ordered = orderLines.ToDictionary(l => l.Id);
        var lines = new List<ReturnLine>();
        var errors = new Dictionary<(int, ReturnField), string>();
        var byId = overview.Lines.ToDictionary(l => l.OrderLineId);
        var seen = new HashSet<int>();
        if (inputs.Count > byId.Count)
        {
            return (lines, errors, text["Tampered"]);
        }
        foreach (var input in inputs)
        {
            if (input is null || !int.TryParse(input.OrderLineId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || !byId.TryGetValue(id, out var line) || !seen.Add(id))
            {
                return (lines, errors, text["Tampered"]);
            }
            var quantityText = input.Quantity?.Trim();
            if (string.IsNullOrEmpty(quantityText) || quantityText == "0")
            {
                continue;
            }
            if (!int.TryParse(quantityText, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
            {
                errors[(id, ReturnField.Quantity)] = text["QuantityNotNumber"];
                continue;
            }
            if (quantity > line.Returnable)
            {
                errors[(id, ReturnField.Quantity)] = line.HasOpenReturn ? text["LineAlreadyOpen"]
                    : line.Returnable == 0 ? text["LineAllReturned"]
                    : text["QuantityTooHigh", line.Returnable];
                continue;
            }
            if (!Enum.TryParse<ReturnReason>(input.Reason, ignoreCase: false, out var reason) || !Enum.IsDefined(reason)
                || int.TryParse(input.Reason, out _))
            {
                errors[(id, ReturnField.Reason)] = text["ReasonRequired"];
            }
            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            if (note is { Length: > ReturnRules.MaxNoteLength })
            {
                errors[(id, ReturnField.Note)] = text["NoteTooLong", ReturnRules.MaxNoteLength];
            }
            lines.Add(new ReturnLine { OrderLineId = id, ProductId = ordered[id].ProductId, VariantId = ordered[id].VariantId, Quantity = quantity, Reason = reason, Note = note });
        }
        if (errors.Count == 0 && lines.Count == 0)
        {
            return (lines, errors, text["NothingChosen"]);
        }
        return (lines, errors, null);
    }

    private ReturnOverview Overview(OrderFacts facts, ReturnAccess access)
    {
        var open = facts.Returns.Where(r => r.State == ReturnState.Requested).SelectMany(r => r.Lines).Select(l => l.OrderLineId).ToHashSet();
        var returned = facts.Returns.SelectMany(r => r.Lines).GroupBy(l => l.OrderLineId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var lines = facts.Lines.Select(l => new ReturnableLine(l.Id, l.ProductName, l.Size, l.Colour, new Money(l.UnitPriceCents), l.Quantity,
            returned.GetValueOrDefault(l.Id), open.Contains(l.Id))).ToList();
        var deadline = ReturnRules.Deadline(ReturnRules.DeliveredOn(facts.DeliveredAtUtc, facts.DeliveryLatest, facts.PlacedAtUtc, zone));
        var today = ReturnRules.LocalDay(clock.GetUtcNow().UtcDateTime, zone);
        var eligibility = ReturnRules.Eligibility(facts.Status, deadline, today, lines.Sum(l => l.Returnable));
        if (eligibility == ReturnEligibility.Eligible && !MayReturn(facts, access))
        {
            eligibility = facts.UserId is null ? ReturnEligibility.MailLinkRequired : ReturnEligibility.SignInRequired;
        }
        var names = facts.Lines.ToDictionary(l => l.Id);
        var views = facts.Returns.OrderBy(r => r.RequestedAtUtc).ThenBy(r => r.Id).Select(r => new ReturnView(r.Id, r.RequestedAtUtc, r.State, r.ReceivedAtUtc,
            r.Lines.OrderBy(l => l.Id).Select(l => names.TryGetValue(l.OrderLineId, out var n)
                ? new ReturnLineView(n.ProductName, n.Size, n.Colour, l.Quantity, l.Reason, l.Note)
                : new ReturnLineView("", "", "", l.Quantity, l.Reason, l.Note)).ToList())).ToList();
        return new ReturnOverview(facts.Number, facts.AccessToken, eligibility,
            facts.Status == OrderStatus.Delivered ? deadline : null, lines, views);
    }

    /// <summary>An account's order only by its signed-in owner; a guest's order only with the token from its mail link.</summary>
    private static bool MayReturn(OrderFacts facts, ReturnAccess access) =>
        facts.UserId is not null
            ? access.UserId == facts.UserId
            : access.AccessToken is not null && facts.AccessToken is not null
              && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(access.AccessToken), Encoding.UTF8.GetBytes(facts.AccessToken));

    private static bool IsNumber(string? number) => !string.IsNullOrWhiteSpace(number) && number.Length <= 20;

    private static async Task<OrderFacts?> FactsAsync(StorefrontDb db, string number, CancellationToken ct)
    {
        var facts = await db.Orders.AsNoTracking().Where(o => o.Number == number)
            .Select(o => new OrderFacts
            {
                Id = o.Id, Number = o.Number, UserId = o.UserId, OwnerKey = o.OwnerKey, AccessToken = o.AccessToken, Email = o.Email,
                Status = o.Status, PlacedAtUtc = o.PlacedAtUtc, DeliveryLatest = o.DeliveryLatest, ShipToName = o.ShipToName,
                DeliveredAtUtc = o.StatusChanges.Where(c => c.Status == OrderStatus.Delivered).Max(c => (DateTime?)c.AtUtc),
                Lines = o.Lines.OrderBy(l => l.Id).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (facts is not null)
        {
            facts.Returns = await db.Set<ReturnRequest>().AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == facts.Id).ToListAsync(ct);
        }
        return facts;
    }

    private OutboxMessage ConfirmationMail(OrderFacts order, ReturnOverview overview, ReturnRequest request, string siteBaseUrl)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        var byId = overview.Lines.ToDictionary(l => l.OrderLineId);
        var link = $"{siteBaseUrl.TrimEnd('/')}/orders/{order.Number}" + (order.UserId is null ? $"?access={order.AccessToken}" : "");
        var items = string.Concat(request.Lines.Select(l =>
            $"<li>{l.Quantity} × {H(byId[l.OrderLineId].ProductName)} ({H(byId[l.OrderLineId].Size)}) – {H(text["Reason_" + l.Reason])}</li>"));
        var refund = new Money(request.Lines.Sum(l => byId[l.OrderLineId].UnitPrice.Cents * l.Quantity));
        var body = $"<p>{H(text["MailGreeting", order.ShipToName ?? ""])}</p><p>{H(text["MailReceived", order.Number])}</p>"
            + $"<ul>{items}</ul>"
            + $"<p>{H(text["MailNextSteps", refund])}</p>"
            + $"<p><a href=\"{H(link)}\">{H(text["MailOrderLink"])}</a></p>";
        return new OutboxMessage
        {
            To = order.Email,
            Kind = "return-requested",
            Subject = text["MailSubject", order.Number],
            HtmlBody = body,
            CreatedAtUtc = request.RequestedAtUtc,
        };
    }

    private sealed class OrderFacts
    {
        public int Id { get; init; }
        public required string Number { get; init; }
        public string? UserId { get; init; }
        public string? OwnerKey { get; init; }
        public string? AccessToken { get; init; }
        public required string Email { get; init; }
        public OrderStatus Status { get; init; }
        public DateTime PlacedAtUtc { get; init; }
        public DateOnly? DeliveryLatest { get; init; }
        public string? ShipToName { get; init; }
        public DateTime? DeliveredAtUtc { get; init; }
        public required List<OrderLine> Lines { get; init; }
        public List<ReturnRequest> Returns { get; set; } = [];
    }
}
