using Microsoft.EntityFrameworkCore;
using Storefront.Features.Cart;
using Storefront.Features.Orders;
using Storefront.Features.Signals;

namespace Storefront.Data.Seeding;

internal sealed record ShopVariant(int Id, string Sku, string Size, string ColourEn, string ColourDe, long PriceCents, long? CompareAtCents, int Stock,
    IReadOnlyList<(DateTime From, long Price)> Prices)
{
    public long PriceAt(DateTime at)
    {
        var price = PriceCents;
        foreach (var (from, cents) in Prices)
        {
            if (from <= at)
            {
                price = cents;
            }
        }

        return price;
    }
}

internal sealed record ShopProduct(int Id, string NameEn, string NameDe, string Category, string Department, int BrandId, int Vat,
    DateTime CreatedAtUtc, IReadOnlyList<ShopVariant> Variants)
{
    public bool Discounted => Variants.Any(v => v.CompareAtCents is not null);
    public bool SoldOut => Variants.All(v => v.Stock == 0);
    public ShopVariant? Sized(string size) => Variants.FirstOrDefault(v => v.Size == size && v.Stock > 0) ?? Variants.FirstOrDefault(v => v.Size == size);
}

/// <summary>A read-only picture of the catalog as it is in the database, for generating shopper activity.</summary>
internal sealed class ShopCatalog(IReadOnlyList<ShopProduct> products, IReadOnlyDictionary<int, string> brandSlugs)
{
    public static ShopCatalog Empty { get; } = new([], new Dictionary<int, string>());

    public IReadOnlyList<ShopProduct> Products { get; } = products;

    public IEnumerable<ShopProduct> In(string category) => Products.Where(p => p.Category == category);

    public IEnumerable<ShopProduct> InDepartment(string department) => Products.Where(p => p.Department == department);

    public int? BrandId(string slug) => brandSlugs.FirstOrDefault(b => b.Value == slug) is { Value: not null } hit ? hit.Key : null;

    public static async Task<ShopCatalog> LoadAsync(StorefrontDb db, CancellationToken ct)
    {
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.ParentId }).ToListAsync(ct);
        var byId = categories.ToDictionary(c => c.Id);
        var brands = await db.Brands.AsNoTracking().Select(b => new { b.Id, b.Slug }).ToDictionaryAsync(b => b.Id, b => b.Slug, ct);
        var prices = (await db.PriceHistory.AsNoTracking().Select(h => new { h.VariantId, h.FromUtc, h.PriceCents }).ToListAsync(ct))
            .GroupBy(h => h.VariantId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(DateTime, long)>)g.OrderBy(h => h.FromUtc).Select(h => (h.FromUtc, h.PriceCents)).ToList());
        var variants = (await db.Variants.AsNoTracking()
                .Select(v => new { v.Id, v.ProductId, v.Sku, v.Size, v.ColourEn, v.ColourDe, v.PriceCents, v.CompareAtCents, v.Stock })
                .ToListAsync(ct))
            .GroupBy(v => v.ProductId)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Id)
                .Select(v => new ShopVariant(v.Id, v.Sku, v.Size, v.ColourEn, v.ColourDe, v.PriceCents, v.CompareAtCents, v.Stock,
                    prices.GetValueOrDefault(v.Id) ?? []))
                .ToList());
        var products = await db.Products.AsNoTracking().Where(p => !p.IsArchived).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.NameEn, p.NameDe, p.CategoryId, p.BrandId, p.VatRatePercent, p.CreatedAtUtc })
            .ToListAsync(ct);

        var list = new List<ShopProduct>(products.Count);
        foreach (var p in products)
        {
            if (!variants.TryGetValue(p.Id, out var own) || own.Count == 0)
            {
                continue;
            }

            var category = byId[p.CategoryId];
            var department = category.ParentId is { } parent ? byId[parent].Slug : category.Slug;
            list.Add(new ShopProduct(p.Id, p.NameEn, p.NameDe, category.Slug, department, p.BrandId, p.VatRatePercent, p.CreatedAtUtc, own));
        }

        return new ShopCatalog(list, brands);
    }
}

internal sealed record DemoShopper(string UserId, string Email, string Culture)
{
    public string OwnerKey => $"u:{UserId}";
    public bool German => Culture == "de";
}

/// <summary>Collects orders, events and favourites with consistent totals, VAT and timestamps.</summary>
internal sealed class ActivityLog(ShopCatalog catalog, DateTime anchor)
{
    public const long FreeShippingFromCents = 5000;
    public const long ShippingCents = 495;

    private readonly HashSet<(string, int?, int?)> _favourites = [];

    public ShopCatalog Catalog { get; } = catalog;
    public DateTime Anchor { get; } = anchor;
    public List<Order> Orders { get; } = [];
    public List<ShopperEvent> Events { get; } = [];
    public List<Favourite> Favourites { get; } = [];

    public Order? Buy(DemoShopper shopper, DateTime at, IEnumerable<(ShopProduct Product, ShopVariant? Variant, int Quantity)> wanted, Random rng,
        string context = "category", long voucherCents = 0)
    {
        at = Clamp(at);
        var lines = wanted
            .Where(w => w.Variant is not null && w.Product.CreatedAtUtc < at.AddHours(-2))
            .DistinctBy(w => w.Variant!.Id)
            .ToList();
        if (lines.Count == 0)
        {
            return null;
        }

        var order = new Order
        {
            Number = "",
            UserId = shopper.UserId,
            Email = shopper.Email,
            Status = (Anchor - at).TotalDays switch { > 6 => OrderStatus.Delivered, > 2 => OrderStatus.Shipped, _ => OrderStatus.Placed },
            PlacedAtUtc = at,
        };
        foreach (var (product, variant, quantity) in lines)
        {
            var v = variant!;
            order.Lines.Add(new OrderLine
            {
                ProductId = product.Id,
                VariantId = v.Id,
                ProductName = shopper.German ? product.NameDe : product.NameEn,
                Sku = v.Sku,
                Size = v.Size,
                Colour = shopper.German ? v.ColourDe : v.ColourEn,
                UnitPriceCents = v.PriceAt(at),
                Quantity = quantity,
                VatRatePercent = product.Vat,
            });
            var viewedAt = at.AddMinutes(-rng.Next(8, 90));
            var section = context == "category" ? $"category:{product.Category}" : context;
            Events.Add(Event(shopper, ShopperEventKind.ProductViewed, product.Id, null, section, viewedAt));
            Events.Add(Event(shopper, ShopperEventKind.AddedToCart, product.Id, v.Id, "product", at.AddMinutes(-rng.Next(1, 8))));
            Events.Add(Event(shopper, ShopperEventKind.Purchased, product.Id, v.Id, "checkout", at));
        }

        order.SubtotalCents = order.Lines.Sum(l => l.UnitPriceCents * l.Quantity);
        order.ShippingCents = order.SubtotalCents < FreeShippingFromCents ? ShippingCents : 0;
        order.DiscountCents = Math.Min(voucherCents, order.SubtotalCents);
        order.TotalCents = order.SubtotalCents + order.ShippingCents - order.DiscountCents;
        order.VatCents = order.Lines.Sum(l => VatOf(l.UnitPriceCents * l.Quantity, l.VatRatePercent));
        Orders.Add(order);
        return order;
    }

    /// <summary>The VAT contained in a gross amount: gross × rate / (100 + rate), rounded half away from zero.</summary>
    public static long VatOf(long grossCents, int ratePercent) =>
        (long)Math.Round(grossCents * (decimal)ratePercent / (100 + ratePercent), MidpointRounding.AwayFromZero);

    public void View(DemoShopper shopper, ShopProduct product, DateTime at, string context)
    {
        at = Clamp(at);
        if (product.CreatedAtUtc < at)
        {
            Events.Add(Event(shopper, ShopperEventKind.ProductViewed, product.Id, null, context, at));
        }
    }

    public void Search(DemoShopper shopper, string query, DateTime at) =>
        Events.Add(Event(shopper, ShopperEventKind.Searched, null, null, $"search:{query}", Clamp(at)));

    public void FavouriteProduct(DemoShopper shopper, ShopProduct product, DateTime at)
    {
        at = Clamp(at);
        if (product.CreatedAtUtc < at && _favourites.Add((shopper.OwnerKey, product.Id, null)))
        {
            Favourites.Add(new Favourite { OwnerKey = shopper.OwnerKey, ProductId = product.Id, CreatedAtUtc = at });
            Events.Add(Event(shopper, ShopperEventKind.Favourited, product.Id, null, "product", at));
        }
    }

    public void FavouriteBrand(DemoShopper shopper, int brandId, DateTime at)
    {
        if (_favourites.Add((shopper.OwnerKey, null, brandId)))
        {
            Favourites.Add(new Favourite { OwnerKey = shopper.OwnerKey, BrandId = brandId, CreatedAtUtc = Clamp(at) });
        }
    }

    /// <summary>Numbers orders "SF-" + six digits in the order they were placed, skipping numbers already taken.</summary>
    public void AssignNumbers(IReadOnlySet<string> taken, Random rng)
    {
        var next = 100000 + rng.Next(100, 900);
        foreach (var order in Orders.OrderBy(o => o.PlacedAtUtc))
        {
            do
            {
                next += rng.Next(1, 4);
                order.Number = $"SF-{next:D6}";
            }
            while (taken.Contains(order.Number));
        }
    }

    private DateTime Clamp(DateTime at)
    {
        var latest = Anchor.AddMinutes(-5);
        return at > latest ? latest : at;
    }

    private static ShopperEvent Event(DemoShopper shopper, ShopperEventKind kind, int? productId, int? variantId, string context, DateTime at) =>
        new() { OwnerKey = shopper.OwnerKey, Kind = kind, ProductId = productId, VariantId = variantId, Context = context, AtUtc = at };
}
