using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;
using Storefront.Features.Cart;
using Storefront.Features.SizeAdvisor;
using Storefront.Features.Stream;

namespace Storefront.Features.Accounts.Privacy;

/// <summary>Reads one account's data into a <see cref="PersonalDataExport"/> (product names in the UI language).</summary>
internal sealed class PersonalDataExporter(IDbContextFactory<StorefrontDb> dbFactory, TimeProvider time)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<PersonalDataExport?> ExportAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }
        var key = ShopperContext.UserKey(userId);
        var german = ExportCulture.German;

        var logins = await db.UserLogins.AsNoTracking().Where(l => l.UserId == userId)
            .Select(l => l.ProviderDisplayName ?? l.LoginProvider).ToListAsync(ct);
        var passkeys = (await db.Set<IdentityUserPasskey<string>>().AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct))
            .Select(p => p.Data.Name ?? "Passkey").ToList();
        var addresses = await db.SavedAddresses.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.LastUsedAtUtc)
            .Select(a => new AddressData(a.FullName, a.Street, a.PostalCode, a.City, a.Country, a.LastUsedAtUtc)).ToListAsync(ct);

        var orders = (await db.Orders.AsNoTracking().AsSplitQuery()
                .Include(o => o.Lines).Include(o => o.StatusChanges).Include(o => o.Payments)
                .Where(o => o.UserId == userId).OrderBy(o => o.PlacedAtUtc).ToListAsync(ct))
            .Select(o => new OrderData(
                o.Number, o.PlacedAtUtc, o.Status.ToString(), o.Email, o.ShipToName, o.ShipToStreet, o.ShipToPostalCode, o.ShipToCity,
                o.ShipToCountry, o.ShippingMethod?.ToString(),
                o.Payments.OrderBy(p => p.Id).Select(p => p.CardLast4 is null ? p.Provider : $"{p.Provider} ···· {p.CardLast4}").LastOrDefault(),
                Euros(o.SubtotalCents), Euros(o.ShippingCents), Euros(o.DiscountCents), Euros(o.TotalCents), Euros(o.VatCents), o.VoucherCode, o.PointsRedeemed,
                o.Lines.OrderBy(l => l.Id).Select(l => new OrderLineData(l.ProductName, l.Sku, l.Size, l.Colour, l.Quantity, Euros(l.UnitPriceCents), l.VatRatePercent)).ToList(),
                o.StatusChanges.OrderBy(s => s.AtUtc).Select(s => new OrderStepData(s.Status.ToString(), s.AtUtc)).ToList()))
            .ToList();

        var cart = await db.Carts.AsNoTracking().Where(c => c.OwnerKey == key)
            .SelectMany(c => c.Lines)
            .Join(db.Variants, l => l.VariantId, v => v.Id, (l, v) => new { l, v, v.Product })
            .OrderBy(x => x.l.AddedAtUtc)
            .Select(x => new CartLineData(german ? x.Product!.NameDe : x.Product!.NameEn, x.v.Sku, x.v.Size, german ? x.v.ColourDe : x.v.ColourEn, x.l.Quantity, x.l.AddedAtUtc))
            .ToListAsync(ct);

        var favourites = await db.Favourites.AsNoTracking().Where(f => f.OwnerKey == key).OrderBy(f => f.CreatedAtUtc)
            .Select(f => new FavouriteData(
                f.ProductId != null ? "Product" : "Brand",
                f.ProductId != null
                    ? db.Products.Where(p => p.Id == f.ProductId).Select(p => german ? p.NameDe : p.NameEn).First()
                    : db.Brands.Where(b => b.Id == f.BrandId).Select(b => b.Name).First(),
                f.CreatedAtUtc))
            .ToListAsync(ct);

        var fit = await db.Set<FitProfile>().AsNoTracking().FirstOrDefaultAsync(p => p.OwnerKey == key, ct);

        var reviews = await db.Reviews.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAtUtc)
            .Select(r => new ReviewData(
                db.Products.Where(p => p.Id == r.ProductId).Select(p => german ? p.NameDe : p.NameEn).First(),
                r.Rating, r.Title, r.Text, r.AuthorName, r.Fit.ToString(), r.CreatedAtUtc))
            .ToListAsync(ct);

        var loyalty = await db.LoyaltyEntries.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.AtUtc)
            .Select(e => new LoyaltyData(e.Kind.ToString(), e.Points, db.Orders.Where(o => o.Id == e.OrderId).Select(o => o.Number).FirstOrDefault(), e.AtUtc))
            .ToListAsync(ct);

        var events = await db.ShopperEvents.AsNoTracking().Where(e => e.OwnerKey == key).OrderBy(e => e.AtUtc)
            .Select(e => new EventData(
                e.Kind.ToString(),
                db.Products.Where(p => p.Id == e.ProductId).Select(p => german ? p.NameDe : p.NameEn).FirstOrDefault(),
                e.Context, e.AtUtc))
            .ToListAsync(ct);

        var marks = await db.Set<StreamMark>().AsNoTracking().Where(m => m.OwnerKey == key).OrderBy(m => m.AtUtc)
            .Select(m => new StreamMarkData(m.Kind.ToString(), m.Key, m.AtUtc)).ToListAsync(ct);

        var backInStock = await db.Set<BackInStockRequest>().AsNoTracking().Where(r => r.OwnerKey == key).OrderBy(r => r.CreatedAtUtc)
            .Join(db.Variants, r => r.VariantId, v => v.Id, (r, v) => new BackInStockData(german ? v.Product!.NameDe : v.Product!.NameEn, v.Sku, r.CreatedAtUtc, r.NotifiedAtUtc))
            .ToListAsync(ct);

        return new PersonalDataExport(
            time.GetUtcNow().UtcDateTime,
            new ProfileData(user.Email, user.EmailConfirmed, user.DisplayName, user.PhoneNumber, user.PreferredCulture, user.TwoFactorEnabled,
                user.CreatedAtUtc, user.TermsAcceptedAtUtc, user.MarketingMailConsent, user.MarketingMailConsentAtUtc),
            logins, passkeys, addresses, orders, cart, favourites, fit is null ? null : FitData(fit), reviews, loyalty, events, marks, backInStock);
    }

    private static decimal Euros(long cents) => cents / 100m;

    private static decimal? Cm(int? mm) => mm / 10m;

    private static FitProfileData FitData(FitProfile p) => new(
        Cm(p.HeightMm), p.WeightHg / 10m, Cm(p.ChestMm), Cm(p.WaistMm), Cm(p.HipMm), Cm(p.FootLengthMm), Cm(p.InseamMm),
        p.Preference.ToString(), p.RidingStyle?.ToString(), p.UpdatedAtUtc);
}
