using Storefront.Features.Accounts;
using Storefront.Features.Orders;

namespace Storefront.Data.Seeding;

internal sealed record DemoAccount(string Email, string DisplayName, string Culture, string Role, int DaysSinceSignUp, bool HasPassword = true);

/// <summary>The three demo shoppers whose histories make the personal stream meaningful, and the merchant.</summary>
internal static class DemoShoppers
{
    public static readonly DemoAccount Merchant = new("merchant@storefront.test", "Mara Lindqvist", "de", Roles.Merchant, 540);
    public static readonly DemoAccount Anna = new("anna@storefront.test", "Anna Schneider", "de", Roles.Shopper, 262);
    public static readonly DemoAccount Ben = new("ben@storefront.test", "Ben Carter", "en", Roles.Shopper, 205);
    public static readonly DemoAccount Clara = new("clara@storefront.test", "Clara Wolf", "de", Roles.Shopper, 330);

    public static IReadOnlyList<DemoAccount> All { get; } = [Merchant, Anna, Ben, Clara];

    private static readonly string[] FashionCategories = ["dresses", "jackets", "t-shirts", "jeans", "hoodies"];

    /// <summary>
    /// Cat owner: the same 12 l clumping litter every 28 ± 2 days for eight months (next one due in a few days),
    /// cat food with it, coffee now and then; favourites cat products and one fashion brand.
    /// </summary>
    public static void AnnaActivity(ActivityLog log, DemoShopper anna, Random rng)
    {
        var catalog = log.Catalog;
        var litter = catalog.In("cat-litter").FirstOrDefault(p => p.Sized("12 l") is not null) ?? catalog.In("cat-litter").FirstOrDefault();
        if (litter is null)
        {
            return;
        }

        var litterVariant = litter.Sized("12 l") ?? litter.Variants[0];
        var dry = catalog.In("cat-food").FirstOrDefault(p => p.Sized("2 kg") is not null);
        var wet = catalog.In("cat-food").FirstOrDefault(p => p.Sized("12 × 85 g") is not null);
        var coffee = catalog.In("coffee").FirstOrDefault(p => p.Sized("500 g") is not null);

        var dates = new List<DateTime>();
        for (var at = log.Anchor.AddDays(-24).Date.AddHours(17).AddMinutes(rng.Next(0, 120)); at > log.Anchor.AddDays(-243); at = at.AddDays(-(26 + rng.Next(0, 5))))
        {
            dates.Add(at);
        }

        dates.Reverse();
        for (var k = 0; k < dates.Count; k++)
        {
            var lines = new List<(ShopProduct, ShopVariant?, int)> { (litter, litterVariant, 1) };
            var food = k % 2 == 0 ? dry : wet;
            if (food is not null)
            {
                lines.Add((food, food.Sized(k % 2 == 0 ? "2 kg" : "12 × 85 g"), 1));
            }

            if (coffee is not null && k % 3 == 1)
            {
                lines.Add((coffee, coffee.Sized("500 g"), 1));
            }

            log.Buy(anna, dates[k], lines, rng, context: k == 0 ? "search:katzenstreu" : "stream");
        }

        if (dates.Count > 0)
        {
            log.Search(anna, "katzenstreu", dates[0].AddMinutes(-30));
            log.FavouriteProduct(anna, litter, dates[0].AddDays(1));
        }

        foreach (var product in new[] { dry, wet }.OfType<ShopProduct>())
        {
            log.FavouriteProduct(anna, product, log.Anchor.AddDays(-rng.Next(40, 200)));
        }

        var recentFashion = catalog.InDepartment("fashion").Where(p => p.CreatedAtUtc > log.Anchor.AddDays(-60)).ToList();
        var brand = recentFashion.GroupBy(p => p.BrandId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault()?.Key;
        if (brand is { } fashionBrand)
        {
            log.FavouriteBrand(anna, fashionBrand, log.Anchor.AddDays(-120));
            var older = catalog.InDepartment("fashion").Where(p => p.BrandId == fashionBrand && p.CreatedAtUtc < log.Anchor.AddDays(-100)).FirstOrDefault();
            if (older is not null)
            {
                log.Buy(anna, log.Anchor.AddDays(-95).AddHours(-3), [(older, older.Sized("M"), 1)], rng);
            }

            foreach (var product in recentFashion.Where(p => p.BrandId == fashionBrand).Take(4))
            {
                log.View(anna, product, log.Anchor.AddDays(-rng.Next(0, 5)).AddHours(-rng.Next(1, 12)), "brand");
            }
        }

        foreach (var product in catalog.In("cat-litter").Concat(catalog.In("cat-food")).Take(12))
        {
            log.View(anna, product, log.Anchor.AddDays(-rng.Next(0, 30)).AddHours(-rng.Next(1, 20)), "category:" + product.Category);
        }
    }

    /// <summary>
    /// Cyclist: a gravel bike five months ago, then bike accessories, a rain jacket and running shoes; views many
    /// bikes; favourites a bike brand and a product that is sold out right now.
    /// </summary>
    public static void BenActivity(ActivityLog log, DemoShopper ben, Random rng)
    {
        var catalog = log.Catalog;
        var anchor = log.Anchor;
        ShopProduct? Accessory(string word) => catalog.In("bike-accessories").FirstOrDefault(p => p.NameEn.Contains(word, StringComparison.OrdinalIgnoreCase));
        (ShopProduct, ShopVariant?, int) Line(ShopProduct p, string? size = null) => (p, size is null ? p.Variants.FirstOrDefault(v => v.Stock > 0) ?? p.Variants[0] : p.Sized(size), 1);

        var gravel = catalog.In("gravel-bikes").FirstOrDefault();
        if (gravel is not null)
        {
            log.Search(ben, "gravel bike", anchor.AddDays(-152));
            var bikeOrder = new List<(ShopProduct, ShopVariant?, int)> { Line(gravel, gravel.Sized("56 cm") is null ? gravel.Variants[0].Size : "56 cm") };
            bikeOrder.AddRange(new[] { Accessory("lock"), Accessory("light") }.OfType<ShopProduct>().Select(p => Line(p)));
            log.Buy(ben, anchor.AddDays(-150).Date.AddHours(19), bikeOrder, rng, "search:gravel bike");
        }

        log.Buy(ben, anchor.AddDays(-118).Date.AddHours(8), new[] { Accessory("pump"), Accessory("bottle") }.OfType<ShopProduct>().Select(p => Line(p)), rng);

        var runners = catalog.In("running-shoes").Where(p => p.CreatedAtUtc < anchor.AddDays(-64) && p.Sized("44") is { Stock: > 0 }).ToList();
        var jacket = catalog.In("jackets").FirstOrDefault(p => p.NameEn.Contains("cycling", StringComparison.OrdinalIgnoreCase) && p.CreatedAtUtc < anchor.AddDays(-64));
        var third = new List<(ShopProduct, ShopVariant?, int)>();
        if (runners.Count > 0)
        {
            third.Add(Line(runners[rng.Next(runners.Count)], "44"));
        }

        if (jacket is not null)
        {
            third.Add(Line(jacket, "L"));
        }

        log.Buy(ben, anchor.AddDays(-63).Date.AddHours(12), third, rng);
        log.Buy(ben, anchor.AddDays(-19).Date.AddHours(20), new[] { Accessory("bag"), Accessory("tool") }.OfType<ShopProduct>().Select(p => Line(p)), rng, "stream");

        var bikes = catalog.InDepartment("bikes").Where(p => p.Category != "bike-accessories").ToList();
        for (var i = 0; i < 45 && bikes.Count > 0; i++)
        {
            var product = bikes[rng.Next(bikes.Count)];
            var daysAgo = i < 15 ? rng.Next(0, 7) : rng.Next(7, 40);
            log.View(ben, product, anchor.AddDays(-daysAgo).AddMinutes(-rng.Next(10, 900)), "category:" + product.Category);
        }

        foreach (var product in catalog.In("running-shoes").Take(5))
        {
            log.View(ben, product, anchor.AddDays(-rng.Next(60, 70)), "category:running-shoes");
        }

        var favouriteBrand = bikes.Where(p => p.BrandId != gravel?.BrandId).OrderByDescending(p => p.CreatedAtUtc).FirstOrDefault()?.BrandId;
        if (favouriteBrand is { } brandId)
        {
            log.FavouriteBrand(ben, brandId, anchor.AddDays(-30));
        }

        var waiting = catalog.Products.Where(p => p.SoldOut)
            .OrderBy(p => p.Department == "bikes" ? 0 : p.Category is "running-shoes" or "jackets" ? 1 : 2).ThenBy(p => p.Id)
            .FirstOrDefault();
        if (waiting is not null)
        {
            log.View(ben, waiting, anchor.AddDays(-12), "category:" + waiting.Category);
            log.FavouriteProduct(ben, waiting, anchor.AddDays(-12).AddMinutes(2));
        }

        if (gravel is not null)
        {
            log.FavouriteProduct(ben, gravel, anchor.AddDays(-160));
        }
    }

    /// <summary>Fashion lover: orders every three weeks in size S (shoes 37 or 36), browses dresses and jackets, favourites reduced items.</summary>
    public static void ClaraActivity(ActivityLog log, DemoShopper clara, Random rng)
    {
        var catalog = log.Catalog;
        var anchor = log.Anchor;
        var dates = new List<DateTime> { anchor.AddDays(-1).AddHours(-3), anchor.AddDays(-4).AddHours(-5) };
        for (var at = anchor.AddDays(-4 - rng.Next(18, 26)).Date.AddHours(20); at > anchor.AddDays(-300); at = at.AddDays(-rng.Next(18, 26)))
        {
            dates.Add(at.AddMinutes(rng.Next(0, 90)));
        }

        dates.Reverse();
        var favouriteBrands = new[] { "maison-lune", "alba-verde", "kestrel-pine" }.Select(catalog.BrandId).OfType<int>().ToHashSet();
        for (var k = 0; k < dates.Count; k++)
        {
            var at = dates[k];
            var lines = new List<(ShopProduct, ShopVariant?, int)>();
            var items = 1 + rng.Next(0, 3);
            for (var i = 0; i < items; i++)
            {
                var category = FashionCategories[rng.Next(FashionCategories.Length)];
                var pool = catalog.In(category).Where(p => p.CreatedAtUtc < at.AddHours(-2) && p.Sized("S") is { Stock: > 0 }).ToList();
                var preferred = pool.Where(p => favouriteBrands.Contains(p.BrandId)).ToList();
                var pick = (preferred.Count > 0 && rng.NextDouble() < 0.6 ? preferred : pool) is { Count: > 0 } source ? source[rng.Next(source.Count)] : null;
                if (pick is not null)
                {
                    lines.Add((pick, pick.Sized("S"), 1));
                }
            }

            if (k % 3 == 2)
            {
                var shoes = catalog.InDepartment("shoes").Where(p => p.CreatedAtUtc < at.AddHours(-2) && (p.Sized("37") ?? p.Sized("36")) is { Stock: > 0 }).ToList();
                if (shoes.Count > 0)
                {
                    var pair = shoes[rng.Next(shoes.Count)];
                    lines.Add((pair, pair.Sized("37") is { Stock: > 0 } ? pair.Sized("37") : pair.Sized("36"), 1));
                }
            }

            log.Buy(clara, at, lines, rng, k % 4 == 0 ? "stream" : "category", voucherCents: k == 0 ? 500 : 0);
        }

        var browse = catalog.In("dresses").Concat(catalog.In("jackets")).ToList();
        for (var i = 0; i < 60 && browse.Count > 0; i++)
        {
            var product = browse[rng.Next(browse.Count)];
            log.View(clara, product, anchor.AddDays(-rng.Next(0, 45)).AddMinutes(-rng.Next(10, 1200)), "category:" + product.Category);
        }

        log.Search(clara, "kleid", anchor.AddDays(-6));
        log.Search(clara, "regenjacke", anchor.AddDays(-15));
        var reduced = catalog.Products.Where(p => p.Department is "fashion" or "shoes" && p.Discounted && !p.SoldOut).ToList();
        foreach (var product in reduced.OrderBy(_ => rng.Next()).Take(5))
        {
            log.FavouriteProduct(clara, product, anchor.AddDays(-rng.Next(21, 60)));
        }

        if (catalog.BrandId("maison-lune") is { } maisonLune)
        {
            log.FavouriteBrand(clara, maisonLune, anchor.AddDays(-200));
        }

        RecentDeliveredOrder(log, clara, rng);
    }

    /// <summary>
    /// Clara's order of nine days ago, delivered six days ago with its whole timeline recorded: still inside the 14-day
    /// return window, so the returns can be tried with a demo account.
    /// </summary>
    private static void RecentDeliveredOrder(ActivityLog log, DemoShopper clara, Random rng)
    {
        var at = log.Anchor.AddDays(-9).Date.AddHours(19).AddMinutes(12);
        // One line (two of a T-shirt): a second product would become a "customers also bought" pair on product pages.
        var tee = log.Catalog.In("t-shirts").Where(p => p.CreatedAtUtc < at.AddDays(-2) && p.Sized("S") is { Stock: > 1 }).OrderBy(p => p.Id).FirstOrDefault();
        if (tee is null || log.Buy(clara, at, [(tee, tee.Sized("S"), 2)], rng, "stream") is not { } order)
        {
            return;
        }
        foreach (var (status, after) in new[] { (OrderStatus.Placed, 0.0), (OrderStatus.Packed, 0.6), (OrderStatus.Shipped, 0.8), (OrderStatus.Delivered, 3.0) })
        {
            order.StatusChanges.Add(new OrderStatusChange { Status = status, AtUtc = at.AddDays(after) });
        }
    }
}
