using System.Linq.Expressions;
using Microsoft.Extensions.Options;
using Storefront.Features.Cart;
using Storefront.Features.Catalog.ProductPage;

namespace Storefront.Features.Catalog;

/// <summary>
/// Members' early access: until <see cref="Product.MembersEarlyUntilUtc"/> only signed-in shoppers see a product in
/// listings and search, and only they can put it in the cart and order it; visitors get a teaser on its page. At
/// that moment (by the injected clock) it opens to everyone by itself.
/// </summary>
public sealed class MembersEarlyAccess(ShopperContext shopper, TimeProvider time, IOptions<DeliveryOptions> delivery)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(delivery.Value.TimeZone);

    public DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    /// <summary>Whether this request comes from a signed-in shopper.</summary>
    public bool IsMember => shopper.UserId is not null;

    /// <summary>The product is still for members only, and this shopper is not signed in.</summary>
    public bool IsLockedFor(DateTime? membersEarlyUntilUtc) => !IsMember && IsMembersOnly(membersEarlyUntilUtc, NowUtc);

    /// <summary>The end of early access in the shop's time zone, for the teaser ("until 12 June, 18:00").</summary>
    public DateTime LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    public static bool IsMembersOnly(DateTime? membersEarlyUntilUtc, DateTime nowUtc) => membersEarlyUntilUtc > nowUtc;

    /// <summary>For queries: the products this shopper may see and buy now.</summary>
    public static Expression<Func<Product, bool>> OpenTo(bool member, DateTime nowUtc) =>
        p => member || p.MembersEarlyUntilUtc == null || p.MembersEarlyUntilUtc <= nowUtc;
}
