namespace Storefront.Data.Seeding;

/// <summary>
/// Background customers without passwords whose orders make bestsellers, "N people bought this" and
/// "customers also bought" honest numbers. Popularity follows a Zipf curve per department, a handful of
/// trending products are bought by many of them in the last seven days, and pet owners re-buy their litter.
/// </summary>
internal static class DemoCustomers
{
    public const int Count = 40;

    private static readonly string[] GermanFirst = ["Lena", "Jonas", "Sabine", "Thomas", "Katrin", "Michael", "Julia", "Stefan", "Anja", "Florian", "Petra", "Markus", "Nadine", "Jan", "Sandra", "Dirk"];
    private static readonly string[] EnglishFirst = ["Emily", "James", "Chloe", "Daniel", "Olivia", "Ethan", "Grace", "Samuel"];
    private static readonly string[] LastNames = ["Müller", "Schmidt", "Weber", "Fischer", "Becker", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Braun", "Young", "Hughes", "Walsh", "Evans"];
    private static readonly string[] Departments = ["fashion", "everyday", "shoes", "bikes"];
    private static readonly double[] DepartmentShare = [0.35, 0.30, 0.20, 0.15];
    private static readonly string[] ClothingSizes = ["S", "M", "M", "L", "L", "XL"];
    private static readonly string[] ShoeSizes = ["37", "38", "39", "40", "41", "42", "43", "44", "45"];

    public static DemoAccount Account(int n)
    {
        var rng = new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 3, n));
        var german = rng.NextDouble() < 0.7;
        var first = german ? GermanFirst[rng.Next(GermanFirst.Length)] : EnglishFirst[rng.Next(EnglishFirst.Length)];
        var last = LastNames[rng.Next(LastNames.Length)];
        return new DemoAccount($"customer{n:00}@storefront.test", $"{first} {last}", german ? "de" : "en", Features.Accounts.Roles.Shopper,
            190 + rng.Next(0, 400), HasPassword: false);
    }

    public static void Activity(ActivityLog log, Popularity popularity, DemoShopper customer, int n)
    {
        var rng = new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 4, n));
        var primary = Departments[PickIndex(DepartmentShare, rng)];
        var secondary = Departments[rng.Next(Departments.Length)];
        var clothing = ClothingSizes[rng.Next(ClothingSizes.Length)];
        var shoe = ShoeSizes[rng.Next(ShoeSizes.Length)];
        var orders = 1 + (int)(9 * Math.Pow(rng.NextDouble(), 1.8));
        ShopVariant? regular = null;
        ShopProduct? regularProduct = null;

        for (var i = 0; i < orders; i++)
        {
            var at = log.Anchor.AddDays(-180 * Math.Pow(rng.NextDouble(), 1.3)).AddMinutes(-rng.Next(30, 600));
            var lines = new List<(ShopProduct, ShopVariant?, int)>();
            var items = 1 + (rng.NextDouble() < 0.35 ? 1 : 0) + (rng.NextDouble() < 0.1 ? 1 : 0);
            for (var j = 0; j < items; j++)
            {
                var department = rng.NextDouble() < 0.7 ? primary : secondary;
                var product = popularity.Pick(department, at, rng);
                if (product is null)
                {
                    continue;
                }

                var variant = ChooseVariant(product, clothing, shoe, rng);
                var quantity = product.Department == "everyday" && rng.NextDouble() < 0.3 ? 2 : 1;
                lines.Add((product, variant, quantity));
                if (regular is null && product.Category is "cat-litter" or "cat-food" or "dog-food" or "coffee")
                {
                    (regularProduct, regular) = (product, variant);
                }
            }

            if (regularProduct is not null && lines.All(l => l.Item2?.Id != regular?.Id) && rng.NextDouble() < 0.7)
            {
                lines.Add((regularProduct, regular, 1));
            }

            var voucher = rng.NextDouble() < 0.1 ? 500 : 0;
            log.Buy(customer, at, lines, rng, rng.NextDouble() < 0.3 ? "stream" : "category", voucher);
        }

        if (rng.NextDouble() < 0.7 && popularity.Trending.Count > 0)
        {
            var hits = popularity.Trending.OrderBy(_ => rng.Next()).Take(rng.NextDouble() < 0.3 ? 2 : 1);
            var at = log.Anchor.AddDays(-rng.Next(0, 7)).AddMinutes(-rng.Next(20, 900));
            log.Buy(customer, at, hits.Select(hit => (hit, ChooseVariant(hit, clothing, shoe, rng), 1)).ToList(), rng, "stream");
        }

        var favourites = rng.Next(0, 4);
        for (var i = 0; i < favourites; i++)
        {
            var at = log.Anchor.AddDays(-rng.Next(1, 90));
            if (popularity.Pick(rng.NextDouble() < 0.7 ? primary : secondary, at, rng) is { } product)
            {
                log.FavouriteProduct(customer, product, at);
            }
        }

        var views = rng.Next(3, 16);
        for (var i = 0; i < views; i++)
        {
            var at = log.Anchor.AddDays(-rng.Next(0, 60)).AddMinutes(-rng.Next(5, 900));
            if (popularity.Pick(primary, at, rng) is { } product)
            {
                log.View(customer, product, at, "category:" + product.Category);
            }
        }
    }

    private static ShopVariant? ChooseVariant(ShopProduct product, string clothing, string shoe, Random rng)
    {
        var inStock = product.Variants.Where(v => v.Stock > 0).ToList();
        var candidates = inStock.Count > 0 ? inStock : product.Variants.ToList();
        var fitting = candidates.Where(v => v.Size == clothing || v.Size == shoe).ToList();
        var pool = fitting.Count > 0 ? fitting : candidates;
        return pool[rng.Next(pool.Count)];
    }

    private static int PickIndex(double[] weights, Random rng)
    {
        var draw = rng.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A fixed, seeded popularity ranking per department (Zipf weights) plus the week's trending products.</summary>
    internal sealed class Popularity
    {
        private readonly Dictionary<string, (ShopProduct[] Products, double[] Cumulative)> _byDepartment = [];

        public List<ShopProduct> Trending { get; } = [];

        public Popularity(ShopCatalog catalog, DateTime anchor)
        {
            var rng = new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 5, 0));
            foreach (var department in Departments)
            {
                var ranked = catalog.InDepartment(department).OrderBy(p => p.Id).ToArray();
                rng.Shuffle(ranked);
                var cumulative = new double[ranked.Length];
                var total = 0.0;
                for (var i = 0; i < ranked.Length; i++)
                {
                    total += 1.0 / Math.Pow(i + 1, 1.05);
                    cumulative[i] = total;
                }

                _byDepartment[department] = (ranked, cumulative);
                Trending.AddRange(ranked.Where(p => !p.SoldOut && p.CreatedAtUtc < anchor.AddDays(-10))
                    .Take(department is "fashion" or "everyday" ? 2 : 1));
            }
        }

        public ShopProduct? Pick(string department, DateTime at, Random rng)
        {
            if (!_byDepartment.TryGetValue(department, out var ranked) || ranked.Products.Length == 0)
            {
                return null;
            }

            for (var attempt = 0; attempt < 20; attempt++)
            {
                var draw = rng.NextDouble() * ranked.Cumulative[^1];
                var index = Array.BinarySearch(ranked.Cumulative, draw);
                var product = ranked.Products[Math.Min(index < 0 ? ~index : index, ranked.Products.Length - 1)];
                if (product.CreatedAtUtc < at.AddHours(-2))
                {
                    return product;
                }
            }

            return null;
        }
    }
}
