namespace Storefront.Tests.Features.Stream.Evaluation;

/// <summary>What the generator knows of a catalog product (the stream never sees <see cref="Appeal"/>).</summary>
public sealed record SimProduct(int Id, int BrandId, int CategoryId, int DepartmentId, long PriceCents, bool Consumable, IReadOnlyList<SimVariant> Variants)
{
    /// <summary>Hidden global attractiveness: why some products sell to everybody (what bestsellers capture).</summary>
    public double Appeal { get; init; } = 1;
}

public sealed record SimVariant(int Id, string Size);

/// <summary>
/// A shopper's hidden tastes. Only their behaviour (views, cart adds, favourites, orders) reaches the database.
/// </summary>
public sealed record Taste(
    IReadOnlySet<int> Departments,
    IReadOnlySet<int> Categories,
    IReadOnlySet<int> Brands,
    double PriceLevel,
    IReadOnlySet<string> Sizes,
    IReadOnlyList<Habit> Habits,
    double SessionsPerWeek);

/// <summary>A consumable bought on a cycle: the same variant every <see cref="CycleDays"/> (± noise).</summary>
public sealed record Habit(int ProductId, int VariantId, int Quantity, double CycleDays, double FirstDay);

public enum SimEventKind { Viewed, AddedToCart, FavouritedProduct, FavouritedBrand }

public sealed record SimEvent(SimEventKind Kind, int ProductId, int BrandId, int VariantId, DateTime AtUtc);

public sealed record SimOrder(DateTime AtUtc, int ProductId, int VariantId, int Quantity, bool IsRebuy);

/// <summary>One shopper's behaviour before the hold-out moment, and the first thing they bought after it.</summary>
public sealed record SimShopper(int Number, Taste Taste, IReadOnlyList<SimEvent> Events, IReadOnlyList<SimOrder> Orders, SimOrder? HeldOut)
{
    public string UserId => $"sim-{Number:0000}";
}

/// <summary>
/// A seeded generator of shoppers with hidden tastes who browse, favourite and buy over simulated weeks. Purchases
/// follow the tastes with noise: a share of views and buys are impulses drawn from global appeal alone, and the
/// product bought is sampled, not the top of any list. Nothing here reads the stream.
/// </summary>
public static class SyntheticShoppers
{
    public const double NoiseShare = 0.2;
    private const double PriceSigma = 0.45;

    public static IReadOnlyList<SimShopper> Simulate(IReadOnlyList<SimProduct> catalog, int shoppers, int seed, DateTime holdOutUtc, int weeks, int horizonDays)
    {
        var rng = new Random(seed);
        var inStock = catalog.Where(p => p.Variants.Count > 0).ToList();
        var medians = inStock.GroupBy(p => p.CategoryId)
            .ToDictionary(g => g.Key, g => g.Select(p => (double)p.PriceCents).Order().ElementAt(g.Count() / 2));
        var globalWeights = Cumulative(inStock.Select(p => p.Appeal).ToArray());
        var index = inStock.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var start = holdOutUtc.AddDays(-7 * weeks);
        var result = new List<SimShopper>(shoppers);
        for (var n = 1; n <= shoppers; n++)
        {
            var taste = NewTaste(rng, inStock, medians, weeks);
            var weights = inStock.Select(p => Affinity(taste, p, medians)).ToArray();
            result.Add(Live(n, taste, rng, inStock, index, weights, globalWeights, start, holdOutUtc, 7 * weeks + horizonDays));
        }
        return result;
    }

    /// <summary>How much this shopper likes a product: appeal × category × brand × price fit.</summary>
    private static double Affinity(Taste taste, SimProduct p, Dictionary<int, double> medians)
    {
        var category = taste.Categories.Contains(p.CategoryId) ? 1.0 : taste.Departments.Contains(p.DepartmentId) ? 0.12 : 0.01;
        var brand = taste.Brands.Contains(p.BrandId) ? 3.0 : 1.0;
        var logRatio = Math.Log(p.PriceCents / (medians[p.CategoryId] * taste.PriceLevel));
        var price = Math.Exp(-logRatio * logRatio / (2 * PriceSigma * PriceSigma));
        return Math.Pow(p.Appeal, 0.6) * category * brand * (0.1 + price);
    }

    private static Taste NewTaste(Random rng, List<SimProduct> catalog, Dictionary<int, double> medians, int weeks)
    {
        var departments = catalog.Select(p => p.DepartmentId).Distinct().Order().ToList();
        var chosen = new HashSet<int> { departments[rng.Next(departments.Count)] };
        if (rng.NextDouble() < 0.4)
        {
            chosen.Add(departments[rng.Next(departments.Count)]);
        }
        var categories = new HashSet<int>();
        foreach (var department in chosen)
        {
            var inDepartment = catalog.Where(p => p.DepartmentId == department).Select(p => p.CategoryId).Distinct().Order().ToList();
            foreach (var category in inDepartment.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)))
            {
                categories.Add(category);
            }
        }
        var brandsThere = catalog.Where(p => categories.Contains(p.CategoryId)).Select(p => p.BrandId).Distinct().Order().ToList();
        var brands = brandsThere.OrderBy(_ => rng.Next()).Take(rng.Next(1, 3)).ToHashSet();
        var priceLevel = Math.Exp(Normal(rng) * 0.5);
        var sizes = new HashSet<string> { new[] { "S", "M", "L", "XL" }[rng.Next(4)], (38 + rng.Next(8)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var partial = new Taste(chosen, categories, brands, priceLevel, sizes, [], 1 + 2.5 * rng.NextDouble());

        // Consumables: most shoppers of a consumable category, and some others (the cat owner who buys jackets), keep one on a cycle.
        var habits = new List<Habit>();
        var consumables = catalog.Where(p => p.Consumable).ToList();
        var keepsOne = categories.Any(c => consumables.Any(p => p.CategoryId == c)) ? 0.8 : 0.25;
        if (rng.NextDouble() < keepsOne)
        {
            var ownCategories = consumables.Where(p => categories.Contains(p.CategoryId)).ToList();
            var pool = ownCategories.Count > 0 ? ownCategories : consumables;
            var product = Sample(rng, pool, pool.Select(p => Affinity(partial, p, medians)).ToArray());
            var cycle = 14 + rng.Next(0, 29);
            var variant = product.Variants[rng.Next(product.Variants.Count)];
            habits.Add(new Habit(product.Id, variant.Id, rng.Next(1, 3), cycle, rng.NextDouble() * Math.Min(cycle, 7 * weeks / 3.0)));
        }
        return partial with { Habits = habits };
    }

    private static SimShopper Live(int number, Taste taste, Random rng, List<SimProduct> catalog, Dictionary<int, int> index, double[] weights,
        double[] globalWeights, DateTime start, DateTime holdOut, int days)
    {
        var tasteWeights = Cumulative(weights);
        var events = new List<SimEvent>();
        var orders = new List<SimOrder>();
        var considering = new List<SimProduct>();
        var favourites = new HashSet<int>();
        var due = taste.Habits.Select(h => h.FirstDay).ToArray();
        for (var day = 0; day < days; day++)
        {
            for (var h = 0; h < taste.Habits.Count; h++)
            {
                if (day >= due[h])
                {
                    var habit = taste.Habits[h];
                    var at = start.AddDays(day).AddHours(8 + rng.Next(12));
                    var product = catalog[index[habit.ProductId]];
                    events.Add(new SimEvent(SimEventKind.Viewed, product.Id, product.BrandId, 0, at.AddMinutes(-20)));
                    events.Add(new SimEvent(SimEventKind.AddedToCart, product.Id, product.BrandId, habit.VariantId, at.AddMinutes(-10)));
                    orders.Add(new SimOrder(at, product.Id, habit.VariantId, habit.Quantity, true));
                    due[h] = day + habit.CycleDays * Math.Clamp(1 + 0.12 * Normal(rng), 0.7, 1.3);
                }
            }
            if (rng.NextDouble() >= taste.SessionsPerWeek / 7)
            {
                continue;
            }
            var session = start.AddDays(day).AddHours(7 + rng.Next(15)).AddMinutes(rng.Next(60));
            var viewed = new List<SimProduct>();
            for (var v = rng.Next(2, 8); v > 0; v--)
            {
                var product = catalog[Pick(rng, rng.NextDouble() < NoiseShare ? globalWeights : tasteWeights)];
                viewed.Add(product);
                session = session.AddMinutes(1 + rng.Next(4));
                events.Add(new SimEvent(SimEventKind.Viewed, product.Id, product.BrandId, 0, session));
                if (rng.NextDouble() < 0.3)
                {
                    considering.Add(product);
                }
                if (rng.NextDouble() < 0.04 && favourites.Add(product.Id))
                {
                    events.Add(new SimEvent(SimEventKind.FavouritedProduct, product.Id, product.BrandId, 0, session));
                }
                if (rng.NextDouble() < 0.02 && taste.Brands.Contains(product.BrandId) && favourites.Add(-product.BrandId))
                {
                    events.Add(new SimEvent(SimEventKind.FavouritedBrand, 0, product.BrandId, 0, session));
                }
            }
            if (rng.NextDouble() < 0.3)
            {
                // Mostly something considered before or just now, by how much it fits; sometimes an impulse.
                var pool = rng.NextDouble() < 0.5 && considering.Count > 0 ? considering : viewed;
                var bought = rng.NextDouble() < NoiseShare / 2
                    ? catalog[Pick(rng, globalWeights)]
                    : Sample(rng, pool, pool.Select(p => weights[index[p.Id]]).ToArray());
                var variant = bought.Variants.FirstOrDefault(x => taste.Sizes.Contains(x.Size)) ?? bought.Variants[rng.Next(bought.Variants.Count)];
                session = session.AddMinutes(2);
                events.Add(new SimEvent(SimEventKind.AddedToCart, bought.Id, bought.BrandId, variant.Id, session));
                orders.Add(new SimOrder(session.AddMinutes(5), bought.Id, variant.Id, 1, false));
                considering.RemoveAll(p => p.Id == bought.Id);
                // Owning it: a jacket is rarely bought twice (consumables come back through their habit).
                weights[index[bought.Id]] *= 0.05;
                tasteWeights = Cumulative(weights);
            }
            if (considering.Count > 12)
            {
                considering.RemoveRange(0, considering.Count - 12);
            }
        }
        var heldOut = orders.Where(o => o.AtUtc >= holdOut).OrderBy(o => o.AtUtc).FirstOrDefault();
        return new SimShopper(number, taste, events.Where(e => e.AtUtc < holdOut).ToList(), orders.Where(o => o.AtUtc < holdOut).ToList(), heldOut);
    }

    private static T Sample<T>(Random rng, IReadOnlyList<T> items, double[] weights)
    {
        var total = weights.Sum();
        var x = rng.NextDouble() * total;
        for (var i = 0; i < items.Count; i++)
        {
            x -= weights[i];
            if (x <= 0)
            {
                return items[i];
            }
        }
        return items[^1];
    }

    private static double[] Cumulative(double[] weights)
    {
        var sums = new double[weights.Length];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sums[i] = total += weights[i];
        }
        return sums;
    }

    /// <summary>An index drawn in proportion to the weights behind the cumulative sums.</summary>
    private static int Pick(Random rng, double[] cumulative)
    {
        var i = Array.BinarySearch(cumulative, rng.NextDouble() * cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
