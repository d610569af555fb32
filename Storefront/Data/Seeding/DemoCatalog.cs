using System.Globalization;
using System.Text;
using Storefront.Features.Catalog;
using Storefront.Features.SizeAdvisor;

namespace Storefront.Data.Seeding;

/// <summary>
/// The generated demo catalog. Products carry their Variants, Images and Reviews; navigation properties
/// between separate lists (Product.Brand, Variant.Product, Category.Parent …) are left null, only ids are set.
/// </summary>
public sealed record DemoCatalogData(
    IReadOnlyList<Brand> Brands,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Product> Products,
    IReadOnlyList<PriceHistory> PriceHistory,
    IReadOnlyList<SizeChart> SizeCharts);

/// <summary>
/// A pure, deterministic generator of the demo catalog. Product n only depends on n (never on the product
/// count), and slugs, names and colours never depend on the anchor, so the checked-in product images fit
/// every build; only dates move with the anchor.
/// </summary>
public static class DemoCatalog
{
    public const int Seed = 20261125;
    public const int DefaultProductCount = 320;

    public static DemoCatalogData Build(int productCount, DateTime anchorUtc)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(productCount, 1);
        var anchor = anchorUtc.Kind == DateTimeKind.Local
            ? anchorUtc.ToUniversalTime()
            : DateTime.SpecifyKind(anchorUtc, DateTimeKind.Utc);

        var brands = DemoCatalogSpecs.Brands.Select(ToBrand).ToList();
        var categories = BuildCategories();
        var factory = new ProductFactory(anchor, categories);
        var products = new List<Product>(productCount);
        for (var n = 1; n <= productCount; n++)
        {
            products.Add(factory.Create(n));
        }

        var charts = DemoSizeCharts.Build(categories);
        return new DemoCatalogData(brands, categories, products, factory.PriceHistory, charts);
    }

    /// <summary>A stable 31-bit seed for one stream (catalog, reviews, orders …) and one index.</summary>
    internal static int SeedFor(int stream, int index)
    {
        unchecked
        {
            var h = (uint)stream * 0x9E3779B1u ^ (uint)index * 0x85EBCA77u;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            h *= 0x297A2D39u;
            h ^= h >> 15;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    internal static string Slugify(string text)
    {
        var folded = text.ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
            .Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    private static Brand ToBrand(BrandSpec b) => new()
    {
        Id = b.Id,
        Slug = b.Slug,
        Name = b.Name,
        Country = b.Country,
        Colour = b.Colour,
        Description = b.Description,
    };

    private static List<Category> BuildCategories()
    {
        var list = new List<Category>();
        var departments = DemoCatalogSpecs.Departments;
        for (var d = 0; d < departments.Length; d++)
        {
            var dep = departments[d];
            list.Add(new Category { Id = d + 1, Slug = dep.Slug, NameEn = dep.NameEn, NameDe = dep.NameDe, SortOrder = d + 1, SizeKind = dep.Kind });
        }

        var nextId = departments.Length + 1;
        foreach (var dep in departments)
        {
            var parentId = list.Single(c => c.Slug == dep.Slug).Id;
            var sort = 1;
            foreach (var sub in DemoCatalogSpecs.Subcategories.Where(s => s.Department == dep.Slug))
            {
                list.Add(new Category
                {
                    Id = nextId++,
                    Slug = sub.Slug,
                    NameEn = sub.NameEn,
                    NameDe = sub.NameDe,
                    ParentId = parentId,
                    SortOrder = sort++,
                    SizeKind = sub.Kind,
                });
            }
        }

        return list;
    }

    private sealed class ProductFactory(DateTime anchor, List<Category> categories)
    {
        private readonly Dictionary<string, int> _perSubcategory = [];
        private readonly HashSet<string> _slugs = [];
        private readonly Dictionary<(int Brand, string Model), int> _lines = [];
        private int _variantId;
        private long _priceId;
        private int _reviewId;

        public List<PriceHistory> PriceHistory { get; } = [];

        public Product Create(int n)
        {
            var sub = DemoCatalogSpecs.Subcategories.Single(s => s.Slug == DemoCatalogSpecs.Cycle[(n - 1) % DemoCatalogSpecs.Cycle.Length]);
            var k = _perSubcategory.GetValueOrDefault(sub.Slug);
            _perSubcategory[sub.Slug] = k + 1;

            var makers = DemoCatalogSpecs.Brands.Where(b => b.Subcategories.Contains(sub.Slug)).ToArray();
            var brand = makers[k % makers.Length];
            var model = sub.Models[(k / makers.Length + k % makers.Length) % sub.Models.Length];
            var established = k == 0;
            var rng = new Random(SeedFor(Seed, n));

            var daysAgo = established ? rng.Next(400, 541) : rng.NextDouble() < 0.1 ? rng.Next(1, 30) : rng.Next(30, 548);
            var created = anchor.AddDays(-daysAgo).AddMinutes(-rng.Next(0, 1440));
            var sustainable = model.Eco || rng.NextDouble() < 0.15;
            var origin = model.Origin ?? sub.Origins[rng.Next(sub.Origins.Length)];
            var baseEuros = rng.Next(model.MinEuro, model.MaxEuro + 1);
            var ending = rng.Next(2) == 0 ? 95 : 99;
            var discounted = !established && daysAgo >= 60 && rng.NextDouble() < 0.18;
            var compareRatio = 1.2 + rng.Next(0, 7) * 0.05;
            var reducedDaysAgo = rng.Next(3, 21);
            var soldOut = !established && rng.NextDouble() < 0.035;
            DateTime? membersEarly = daysAgo <= 14 && rng.NextDouble() < 0.5 ? anchor.AddDays(rng.Next(2, 10)).AddHours(rng.Next(0, 24)) : null;

            var colours = PickColours(sub, rng);
            var sizes = PickSizes(sub, model, rng);
            var (nameEn, nameDe) = ProductLineName(brand.Id, model);
            var slug = UniqueSlug(Slugify($"{brand.Name} {nameEn}"));
            var product = new Product
            {
                Id = n,
                Slug = slug,
                BrandId = brand.Id,
                CategoryId = categories.Single(c => c.Slug == sub.Slug).Id,
                NameEn = nameEn,
                NameDe = nameDe,
                DescriptionEn = "",
                DescriptionDe = "",
                Origin = origin,
                MaterialEn = model.Material.En,
                MaterialDe = model.Material.De,
                CareEn = model.Care.En,
                CareDe = model.Care.De,
                IsSustainable = sustainable,
                VatRatePercent = sub.Vat,
                CreatedAtUtc = created,
                MembersEarlyUntilUtc = membersEarly,
            };
            (product.DescriptionEn, product.DescriptionDe) = Describe(sub, model, brand, sustainable, rng);

            foreach (var colour in colours)
            {
                foreach (var (size, factor) in sizes)
                {
                    var euros = NiceEuros((int)Math.Round(baseEuros * factor, MidpointRounding.AwayFromZero));
                    var price = euros * 100 + ending;
                    long? compareAt = discounted ? NiceEuros((int)Math.Round(euros * compareRatio)) * 100 + ending : null;
                    var variant = new Variant
                    {
                        Id = ++_variantId,
                        ProductId = n,
                        Sku = $"{brand.Code}-{sub.Code}-{n:0000}-{SizeCode(size)}-{colour.Code}",
                        Size = size,
                        ColourEn = colour.En,
                        ColourDe = colour.De,
                        ColourHex = colour.Hex,
                        PriceCents = price,
                        CompareAtCents = compareAt,
                        Stock = Stock(soldOut, established, size, sizes.Count, rng),
                        Version = 1,
                    };
                    product.Variants.Add(variant);
                    AddPriceHistory(variant, created, reducedDaysAgo);
                }
            }

            var first = product.Variants[0];
            var unsized = sub.Kind == SizeKind.None;
            product.Images.Add(new ProductImage
            {
                Id = n,
                ProductId = n,
                Path = $"products/{slug}.svg",
                AltEn = unsized
                    ? $"{brand.Name} {nameEn}, {first.Size} pack"
                    : $"{brand.Name} {nameEn} in {first.ColourEn.ToLowerInvariant()}",
                AltDe = unsized
                    ? $"{nameDe} von {brand.Name}, Packung {first.Size}"
                    : $"{nameDe} von {brand.Name} in {first.ColourDe}",
                SortOrder = 0,
            });

            var reviewRng = new Random(SeedFor(Seed + 1, n));
            product.Reviews.AddRange(DemoReviews.For(product, sub, brand, anchor, reviewRng, ref _reviewId));
            return product;
        }

        private void AddPriceHistory(Variant variant, DateTime created, int reducedDaysAgo)
        {
            if (variant.CompareAtCents is { } was)
            {
                PriceHistory.Add(new PriceHistory { Id = ++_priceId, VariantId = variant.Id, PriceCents = was, FromUtc = created });
                var reducedAt = anchor.AddDays(-reducedDaysAgo).Date.AddHours(6);
                PriceHistory.Add(new PriceHistory { Id = ++_priceId, VariantId = variant.Id, PriceCents = variant.PriceCents, FromUtc = reducedAt });
            }
            else
            {
                PriceHistory.Add(new PriceHistory { Id = ++_priceId, VariantId = variant.Id, PriceCents = variant.PriceCents, FromUtc = created });
            }
        }

        /// <summary>
        /// A brand sells each model once; when the catalog needs more products than brand × model pairs, the repeat
        /// becomes a product line of its own ("Classic espresso blend – Signature"), so no two products read alike.
        /// </summary>
        private (string En, string De) ProductLineName(int brandId, ProductModel model)
        {
            var repeat = _lines.GetValueOrDefault((brandId, model.NameEn));
            _lines[(brandId, model.NameEn)] = repeat + 1;
            if (repeat == 0)
            {
                return (model.NameEn, model.NameDe);
            }

            var line = ProductLines[(repeat - 1) % ProductLines.Length];
            var edition = repeat > ProductLines.Length ? $" {repeat / ProductLines.Length + 1}" : "";
            return ($"{model.NameEn} – {line}{edition}", $"{model.NameDe} – {line}{edition}");
        }

        private static readonly string[] ProductLines = ["Signature", "Heritage", "Select", "Premium", "Limited"];

        private string UniqueSlug(string slug)
        {
            var candidate = slug;
            for (var i = 2; !_slugs.Add(candidate); i++)
            {
                candidate = $"{slug}-{i}";
            }

            return candidate;
        }
    }

    private static List<Colour> PickColours(SubcategorySpec sub, Random rng)
    {
        var count = 1 + rng.Next(sub.MaxColours);
        var pool = sub.Palette.ToList();
        var picked = new List<Colour>(count);
        for (var i = 0; i < count && pool.Count > 0; i++)
        {
            var index = rng.Next(pool.Count);
            picked.Add(DemoCatalogSpecs.ColourByCode(pool[index]));
            pool.RemoveAt(index);
        }

        return picked;
    }

    private static List<(string Size, double Factor)> PickSizes(SubcategorySpec sub, ProductModel model, Random rng)
    {
        if (model.Packs is { } packs)
        {
            return packs.Select(p => (p.Size, p.PriceFactor)).ToList();
        }

        var all = sub.Sizes;
        var (from, to) = sub.Kind switch
        {
            SizeKind.Clothing => (rng.Next(0, 2), all.Length - 1 - rng.Next(0, 2)),
            SizeKind.Shoe => (rng.NextDouble() switch { < 0.7 => 0, < 0.9 => 1, _ => 2 }, all.Length - 1 - rng.Next(0, 3)),
            SizeKind.Frame when all.Length > 4 => (rng.Next(0, 2), all.Length - 1 - rng.Next(0, 2)),
            _ => (0, all.Length - 1),
        };
        return all[from..(to + 1)].Select(s => (s, 1.0)).ToList();
    }

    private static int Stock(bool soldOut, bool established, string size, int sizeCount, Random rng)
    {
        var draw = rng.NextDouble();
        var amount = rng.Next(1, 41);
        if (soldOut)
        {
            return 0;
        }

        if (established)
        {
            return Math.Max(3, amount);
        }

        var rare = sizeCount > 3 && size is "XS" or "XXL" or "36" or "46" or "50 cm" or "60 cm";
        return draw < (rare ? 0.2 : 0.08) ? 0 : rare ? Math.Max(1, amount / 3) : amount;
    }

    private static (string En, string De) Describe(SubcategorySpec sub, ProductModel model, BrandSpec brand, bool sustainable, Random rng)
    {
        var intros = DemoCatalogSpecs.Intros(sub.Group);
        var intro = intros[rng.Next(intros.Length)];
        var withCloser = rng.NextDouble() < 0.85;
        var closers = sustainable && rng.NextDouble() < 0.6 ? DemoCatalogSpecs.SustainableClosers : DemoCatalogSpecs.Closers(sub.Group);
        var closer = closers[rng.Next(closers.Length)];
        string Join(string a, string b, string c) => (withCloser ? $"{a} {b} {c}" : $"{a} {b}").Replace("{brand}", brand.Name);
        return (Join(intro.En, model.Feature.En, closer.En), Join(intro.De, model.Feature.De, closer.De));
    }

    /// <summary>Rounds a euro amount the way shops price: 49, 149, 1299.</summary>
    private static long NiceEuros(int euros) => euros switch
    {
        >= 1000 => (euros + 99) / 100 * 100 - 1,
        >= 100 => (euros + 9) / 10 * 10 - 1,
        _ => euros,
    };

    private static string SizeCode(string size)
    {
        if (size.EndsWith(" cm", StringComparison.Ordinal))
        {
            return size[..^3];
        }

        if (size == "One size")
        {
            return "OS";
        }

        return new string(size.Replace('×', 'X').Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
    }
}
