using System.Net;
using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Storefront.Common;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.Checkout.Vouchers;
using Storefront.Features.Loyalty;
using Storefront.Features.Mail;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Localization;

namespace Storefront.Features.Checkout;

/// <summary>
/// Turns a cart into an order in one transaction: re-prices every line from the catalog, takes the stock (guarded
/// by each variant's concurrency token, so two shoppers can never both get the last unit), creates the order with its
/// timeline and payment, queues the confirmation mail and empties the cart. The checkout's idempotency key makes a
/// double submit, a retry or a second tab find the same order instead of creating another.
/// </summary>
public sealed class OrderPlacement(
    IDbContextFactory<StorefrontDb> dbFactory,
    ShippingRules shipping,
    AddressRules addresses,
    IStringLocalizer<CheckoutText> text,
    IStringLocalizer<Catalog.MembersEarly.MembersEarlyText> earlyText,
    ShopperSignals signals,
    IOptions<LoyaltyOptions> loyaltyOptions,
    TimeProvider clock,
    ILogger<OrderPlacement> logger)
{
    private LoyaltyOptions Loyalty => loyaltyOptions.Value;

    public const int MaxAttempts = 5;

    /// <summary>The cart priced from the catalog now, with the given shipping method and the cart's voucher.</summary>
    /// <param name="customerEmail">Known once the contact step is done: single-use vouchers are checked against it.</param>
    public async Task<CheckoutQuote> QuoteAsync(string? ownerKey, ShippingMethod method, string? customerEmail = null, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(ownerKey))
        {
            return new CheckoutQuote([], OrderPricing.Price([], 0), method);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (lines, voucherCode) = await QuoteLinesAsync(db, ownerKey, ct);
        var priced = lines.Select(l => new PricedLine(l.UnitPrice.Cents, l.Quantity, l.VatRatePercent)).ToList();
        var pricing = await PriceAsync(db, ownerKey, priced, method, voucherCode, customerEmail, clock.GetUtcNow().UtcDateTime, ct);
        return new CheckoutQuote(lines, pricing.Totals, method, pricing.Voucher, pricing.PointsUsed, new Money((long)pricing.PointsUsed * Loyalty.PointValueCents),
            pricing.PointsRequested);
    }

    /// <summary>The order a checkout (idempotency key) of this shopper has already placed, if any.</summary>
    public async Task<PlacedOrder?> FindPlacedAsync(string ownerKey, string? idempotencyKey, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(idempotencyKey))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == idempotencyKey && o.OwnerKey == ownerKey)
            .Select(o => new PlacedOrder(o.Id, o.Number, o.AccessToken!, new Money(o.TotalCents)))
            .FirstOrDefaultAsync(ct);
    }

    public async Task<PlaceOrderResult> PlaceAsync(PlaceOrderCommand command, CancellationToken ct = default)
    {
        if (Validate(command) is { } invalid)
        {
            return PlaceOrderResult.Fail(PlaceOrderOutcome.Invalid, invalid);
        }
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                return await TryPlaceAsync(command, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed a variant's stock or price between our read and our write: read again.
                logger.LogInformation("Order placement for {Key} met a concurrent stock change (attempt {Attempt})", command.IdempotencyKey, attempt);
            }
            catch (DbUpdateException ex)
            {
                // Typically the unique idempotency key or order number: the next attempt finds the order or takes the next number.
                logger.LogInformation(ex, "Order placement for {Key} hit a unique constraint (attempt {Attempt})", command.IdempotencyKey, attempt);
            }
        }
        return PlaceOrderResult.Fail(PlaceOrderOutcome.Busy, text["PlaceBusy"]);
    }

    private async Task<PlaceOrderResult> TryPlaceAsync(PlaceOrderCommand command, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // On SQLite this begins IMMEDIATE: writers queue here, so the reads below are what the write will see.
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        if (await ExistingAsync(db, command.IdempotencyKey, ct) is { } existing)
        {
            return new PlaceOrderResult(PlaceOrderOutcome.AlreadyPlaced, existing, null);
        }
        var cart = await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.OwnerKey == command.OwnerKey, ct);
        if (cart is null || cart.Lines.Count == 0)
        {
            return PlaceOrderResult.Fail(PlaceOrderOutcome.CartEmpty, text["CartEmpty"]);
        }
        var variantIds = cart.Lines.Select(l => l.VariantId).ToList();
        var variants = await db.Variants.Include(v => v.Product).Where(v => variantIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var german = Cultures.IsGerman;
        var order = new Order
        {
            Number = "",
            UserId = command.UserId,
            Email = command.Email.Trim(),
            Status = OrderStatus.Placed,
            PlacedAtUtc = clock.GetUtcNow().UtcDateTime,
            IdempotencyKey = command.IdempotencyKey,
            OwnerKey = command.OwnerKey,
            AccessToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)),
            Culture = Cultures.Current,
            ShipToName = command.Address.FullName,
            ShipToStreet = command.Address.Street,
            ShipToPostalCode = command.Address.PostalCode,
            ShipToCity = command.Address.City,
            ShipToCountry = command.Address.Country,
            ShippingMethod = command.Shipping,
        };
        foreach (var line in cart.Lines.OrderBy(l => l.Id))
        {
            if (!variants.TryGetValue(line.VariantId, out var v) || v.Product is null || v.Product.IsArchived)
            {
                var name = v?.Product is { } p ? Cultures.Pick(p.NameEn, p.NameDe) : text["AnItem"].Value;
                return PlaceOrderResult.Fail(PlaceOrderOutcome.Unavailable, text["LineUnavailable", name]);
            }
            if (command.UserId is null && Catalog.MembersEarlyAccess.IsMembersOnly(v.Product.MembersEarlyUntilUtc, order.PlacedAtUtc))
            {
                // Members' early access: a guest's cart may still hold it (added before the merchant set the date).
                return PlaceOrderResult.Fail(PlaceOrderOutcome.Unavailable, earlyText["LineMembersOnly", Cultures.Pick(v.Product.NameEn, v.Product.NameDe)]);
            }
            if (v.Stock < line.Quantity)
            {
                var name = $"{Cultures.Pick(v.Product.NameEn, v.Product.NameDe)} ({v.Size})";
                return PlaceOrderResult.Fail(PlaceOrderOutcome.SoldOut,
                    v.Stock <= 0 ? text["JustSoldOut", name] : text["JustNLeft", name, v.Stock]);
            }
            v.Stock -= line.Quantity;
            v.Version++;
            order.Lines.Add(new OrderLine
            {
                ProductId = v.ProductId,
                VariantId = v.Id,
                ProductName = german ? v.Product.NameDe : v.Product.NameEn,
                Sku = v.Sku,
                Size = v.Size,
                Colour = german ? v.ColourDe : v.ColourEn,
                UnitPriceCents = v.PriceCents,
                Quantity = line.Quantity,
                VatRatePercent = v.Product.VatRatePercent,
            });
        }
        var priced = order.Lines.Select(l => new PricedLine(l.UnitPriceCents, l.Quantity, l.VatRatePercent)).ToList();
        var (totals, voucher, points, pointsRequested) = await PriceAsync(db, command.OwnerKey, priced, command.Shipping, cart.VoucherCode, command.Email, order.PlacedAtUtc, ct);
        if (pointsRequested > points)
        {
            return PlaceOrderResult.Fail(PlaceOrderOutcome.Invalid, text["PointsMoreThanUsable", points]);
        }
        if (command.ExpectedTotalCents is { } expected && expected != totals.Total.Cents)
        {
            return PlaceOrderResult.Fail(PlaceOrderOutcome.PriceChanged, text["TotalChanged", totals.Total]);
        }
        order.SubtotalCents = totals.Subtotal.Cents;
        order.ShippingCents = totals.Shipping.Cents;
        order.DiscountCents = totals.Discount.Cents;
        order.TotalCents = totals.Total.Cents;
        order.VatCents = totals.Vat.Cents;
        var window = shipping.WindowOf(command.Shipping);
        order.DeliveryEarliest = window.Earliest;
        order.DeliveryLatest = window.Latest;
        order.StatusChanges.Add(new OrderStatusChange { Status = OrderStatus.Placed, AtUtc = order.PlacedAtUtc });
        if (command.Payment.State == PaymentState.Captured)
        {
            order.Status = OrderStatus.Paid;
            order.StatusChanges.Add(new OrderStatusChange { Status = OrderStatus.Paid, AtUtc = order.PlacedAtUtc });
        }
        order.Payments.Add(new OrderPayment
        {
            Provider = command.Payment.Provider,
            Reference = command.Payment.Reference,
            CardLast4 = command.Payment.CardLast4,
            State = command.Payment.State,
            AmountCents = order.TotalCents,
            AtUtc = order.PlacedAtUtc,
        });
        order.Number = await NextNumberAsync(db, ct);
        order.VoucherCode = voucher is { Applies: true } ? voucher.Terms.Code : null;
        order.PointsRedeemed = points;
        db.Orders.Add(order);
        db.CartLines.RemoveRange(cart.Lines);
        cart.VoucherCode = null;
        await db.CheckoutSessions.Where(s => s.OwnerKey == command.OwnerKey).ExecuteDeleteAsync(ct);
        if (command.UserId is not null)
        {
            await RememberAddressAsync(db, command.UserId, command.Address, order.PlacedAtUtc, ct);
        }
        db.Outbox.Add(ConfirmationMail(order, command.SiteBaseUrl));
        await db.SaveChangesAsync(ct);
        if (voucher is { Applies: true })
        {
            // Its unique index (voucher, customer) refuses a second use of a single-use voucher even if a check were missed.
            db.VoucherRedemptions.Add(new VoucherRedemption
            {
                VoucherId = voucher.Terms.Id, OrderId = order.Id, CustomerEmail = VoucherRules.CustomerOf(order.Email)!,
                SingleUse = voucher.Terms.SingleUsePerCustomer, DiscountCents = voucher.DiscountCents, AtUtc = order.PlacedAtUtc,
            });
            await db.SaveChangesAsync(ct);
        }
        await RecordPointsAsync(db, order, ct);
        await tx.CommitAsync(ct);
        foreach (var line in order.Lines)
        {
            signals.Purchased(command.OwnerKey, line.ProductId, line.VariantId);
        }
        return new PlaceOrderResult(PlaceOrderOutcome.Placed, new PlacedOrder(order.Id, order.Number, order.AccessToken!, totals.Total), null);
    }

    private string? Validate(PlaceOrderCommand c)
    {
        if (string.IsNullOrWhiteSpace(c.OwnerKey) || string.IsNullOrWhiteSpace(c.IdempotencyKey) || c.IdempotencyKey.Length > 64)
        {
            return text["CheckoutExpired"];
        }
        if (!MailAddress.TryCreate(c.Email?.Trim(), out _) || c.Email!.Length > 256)
        {
            return text["EmailInvalid"];
        }
        if (!Enum.IsDefined(c.Shipping))
        {
            return text["ShippingRequired"];
        }
        if (addresses.Check(c.Address) is [var first, ..])
        {
            return first.Message;
        }
        return null;
    }

    private static async Task<PlacedOrder?> ExistingAsync(StorefrontDb db, string key, CancellationToken ct) =>
        await db.Orders.AsNoTracking().Where(o => o.IdempotencyKey == key)
            .Select(o => new PlacedOrder(o.Id, o.Number, o.AccessToken!, new Money(o.TotalCents)))
            .FirstOrDefaultAsync(ct);

    private static async Task<string> NextNumberAsync(StorefrontDb db, CancellationToken ct)
    {
        // Numbers are "SF-" + six digits (seeded ones too), so the greatest string is the greatest number.
        var last = await db.Orders.Where(o => o.Number.StartsWith("SF-")).MaxAsync(o => (string?)o.Number, ct);
        var next = last is not null && int.TryParse(last.AsSpan(3), out var n) ? n + 1 : 100001;
        return $"SF-{next:D6}";
    }

    private static async Task RememberAddressAsync(StorefrontDb db, string userId, ShippingAddress a, DateTime now, CancellationToken ct)
    {
        var known = await db.SavedAddresses.FirstOrDefaultAsync(s => s.UserId == userId && s.FullName == a.FullName && s.Street == a.Street
            && s.PostalCode == a.PostalCode && s.City == a.City && s.Country == a.Country, ct);
        if (known is not null)
        {
            known.LastUsedAtUtc = now;
            return;
        }
        db.SavedAddresses.Add(new SavedAddress
        {
            UserId = userId, FullName = a.FullName, Street = a.Street, PostalCode = a.PostalCode, City = a.City, Country = a.Country,
            LastUsedAtUtc = now,
        });
    }

    private OutboxMessage ConfirmationMail(Order order, string siteBaseUrl)
    {
        static string H(string s) => WebUtility.HtmlEncode(s);
        var link = $"{siteBaseUrl.TrimEnd('/')}/orders/{order.Number}?access={order.AccessToken}";
        var lines = string.Concat(order.Lines.Select(l =>
            $"<li>{l.Quantity} × {H(l.ProductName)} ({H(l.Size)}, {H(l.Colour)}) – {H(new Money(l.UnitPriceCents * l.Quantity).ToString())}</li>"));
        var body = $"<p>{H(text["MailGreeting", order.ShipToName ?? ""])}</p><p>{H(text["MailThanks", order.Number])}</p>"
            + $"<ul>{lines}</ul>"
            + $"<p>{H(text["Shipping"])}: {H(new Money(order.ShippingCents).ToString())}<br>"
            + (order.DiscountCents > 0
                ? $"{H(order.VoucherCode is { } code ? text["VoucherDiscount", code] : text["Discount"])}: −{H(new Money(order.DiscountCents).ToString())}<br>" : "")
            + $"{H(text["Total"])}: <strong>{H(new Money(order.TotalCents).ToString())}</strong> ({H(text["InclVat", new Money(order.VatCents)])})</p>"
            + $"<p><a href=\"{H(link)}\">{H(text["MailTrackLink"])}</a></p>";
        return new OutboxMessage
        {
            To = order.Email,
            Kind = "order-confirmation",
            Subject = text["MailSubject", order.Number],
            HtmlBody = body,
            CreatedAtUtc = order.PlacedAtUtc,
        };
    }

    private sealed record Pricing(OrderTotals Totals, VoucherEffect? Voucher, int PointsUsed, int PointsRequested);

    /// <summary>
    /// Totals for priced goods, the same for the review step and the placing transaction: the voucher (discount or free
    /// standard shipping), an account's loyalty points (no more than owned, nor than the goods cost after the voucher)
    /// and its tier's free-shipping threshold.
    /// </summary>
    private async Task<Pricing> PriceAsync(StorefrontDb db, string ownerKey, IReadOnlyList<PricedLine> priced, ShippingMethod method,
        string? voucherCode, string? customerEmail, DateTime nowUtc, CancellationToken ct)
    {
        if (priced.Count == 0)
        {
            return new Pricing(OrderPricing.Price([], 0), null, 0, 0);
        }
        var goods = priced.Sum(l => l.TotalCents);
        var voucher = voucherCode is null ? null
            : await VoucherService.EvaluateAsync(db, voucherCode, goods, customerEmail, nowUtc, ct) ?? VoucherService.Gone(voucherCode);
        var voucherDiscount = voucher is { Applies: true } ? voucher.DiscountCents : 0;
        var (points, requested, threshold) = (0, 0, (long?)null);
        if (LoyaltyLedger.UserIdOf(ownerKey) is { } userId)
        {
            var standing = await LoyaltyLedger.StandingAsync(db, userId, nowUtc, Loyalty, ct);
            threshold = standing.Tier?.FreeShippingThresholdCents;
            requested = await db.CheckoutSessions.AsNoTracking().Where(s => s.OwnerKey == ownerKey).Select(s => s.PointsToRedeem).FirstOrDefaultAsync(ct) ?? 0;
            points = Math.Min(requested, LoyaltyRules.MaxRedeemable(standing.Balance, goods - voucherDiscount, Loyalty));
        }
        var shippingCost = shipping.CostOf(method, new Money(goods), voucher is { Applies: true, FreeShipping: true }, threshold);
        var totals = OrderPricing.Price(priced, shippingCost.Cents, voucherDiscount + (long)points * Loyalty.PointValueCents);
        return new Pricing(totals, voucher, points, requested);
    }

    /// <summary>Takes the redeemed points and, for an order paid right away, credits the points it earns.</summary>
    private async Task RecordPointsAsync(StorefrontDb db, Order order, CancellationToken ct)
    {
        if (order.UserId is null)
        {
            return;
        }
        if (order.PointsRedeemed > 0)
        {
            db.LoyaltyEntries.Add(new LoyaltyEntry
            {
                UserId = order.UserId, OrderId = order.Id, Kind = LoyaltyEntryKind.Redeemed, Points = -order.PointsRedeemed, AtUtc = order.PlacedAtUtc,
            });
        }
        if (order.Status == OrderStatus.Paid)
        {
            await LoyaltyLedger.EarnAsync(db, order, order.PlacedAtUtc, Loyalty, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private static async Task<(List<QuoteLine> Lines, string? VoucherCode)> QuoteLinesAsync(StorefrontDb db, string ownerKey, CancellationToken ct)
    {
        var rows = await (
                from cart in db.Carts
                where cart.OwnerKey == ownerKey
                from line in cart.Lines
                join v in db.Variants on line.VariantId equals v.Id
                orderby line.AddedAtUtc, line.Id
                select new
                {
                    line.VariantId, v.ProductId, v.Product!.Slug, v.Product.NameEn, v.Product.NameDe, v.Size, v.ColourEn, v.ColourDe,
                    Image = v.Product.Images.OrderBy(i => i.SortOrder).Select(i => i.Path).FirstOrDefault(),
                    v.PriceCents, line.Quantity, v.Product.VatRatePercent, v.Stock, v.Product.IsArchived, cart.VoucherCode,
                })
            .AsNoTracking()
            .ToListAsync(ct);
        var lines = rows.Select(r => new QuoteLine(r.VariantId, r.ProductId, r.Slug, Cultures.Pick(r.NameEn, r.NameDe), r.Size,
            Cultures.Pick(r.ColourEn, r.ColourDe), r.Image ?? "", new Money(r.PriceCents), r.Quantity, r.VatRatePercent, r.Stock, r.IsArchived)).ToList();
        return (lines, rows.FirstOrDefault()?.VoucherCode);
    }
}
