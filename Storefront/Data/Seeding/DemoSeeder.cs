using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Storefront.Features.Accounts;
using Storefront.Features.Cart;
using Storefront.Features.Catalog;
using Storefront.Features.Loyalty;
using Storefront.Features.Orders;
using Storefront.Features.Signals;
using Storefront.Features.SizeAdvisor;

namespace Storefront.Data.Seeding;

/// <summary>
/// Fills an empty database with the demo catalog, the demo accounts and their histories. Safe to run on every
/// start: the catalog is only written when there are no brands yet, and each account (with its history) only
/// when its email is not taken. Expects the roles to exist.
/// </summary>
public sealed class DemoSeeder(
    StorefrontDb db,
    UserManager<ApplicationUser> users,
    TimeProvider time,
    IOptions<SeedOptions> options,
    IOptions<LoyaltyOptions> loyalty,
    ILogger<DemoSeeder> logger)
{
    private static readonly Type[] ExplicitIdEntities =
        [typeof(Brand), typeof(Category), typeof(Product), typeof(Variant), typeof(PriceHistory), typeof(ProductImage), typeof(Review), typeof(SizeChart), typeof(SizeChartRow)];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.LogInformation("Demo seeding is disabled");
            return;
        }

        var anchor = time.GetUtcNow().UtcDateTime;
        var watch = Stopwatch.StartNew();
        var strategy = db.Database.CreateExecutionStrategy();
        var catalog = await strategy.ExecuteAsync(token => SeedCatalogAsync(settings.Products, anchor, token), ct);
        var people = await strategy.ExecuteAsync(token => SeedPeopleAsync(settings.DemoPassword, anchor, token), ct);
        await SeedVouchersAsync(anchor, ct);
        await SeedLoyaltyAsync(ct);
        await SeedEditorialAsync(anchor, ct);

        logger.LogInformation(
            "Demo seed done in {Elapsed} ms: {Products} products, {Variants} variants, {Brands} brands, {Categories} categories, {Reviews} reviews, {Charts} size charts written; {Accounts} accounts, {Orders} orders, {Events} events, {Favourites} favourites added",
            watch.ElapsedMilliseconds, catalog.Products, catalog.Variants, catalog.Brands, catalog.Categories, catalog.Reviews, catalog.Charts,
            people.Accounts, people.Orders, people.Events, people.Favourites);
    }

    private async Task<(int Products, int Variants, int Brands, int Categories, int Reviews, int Charts)> SeedCatalogAsync(
        int productCount, DateTime anchor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.Brands.AnyAsync(ct))
        {
            return default;
        }

        var data = DemoCatalog.Build(productCount, anchor);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Brands.AddRange(data.Brands);
        db.Categories.AddRange(data.Categories);
        db.Products.AddRange(data.Products);
        db.PriceHistory.AddRange(data.PriceHistory);
        db.SizeCharts.AddRange(data.SizeCharts);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        await AdvanceIdentitySequencesAsync(ct);
        await tx.CommitAsync(ct);
        return (data.Products.Count, data.Products.Sum(p => p.Variants.Count), data.Brands.Count, data.Categories.Count,
            data.Products.Sum(p => p.Reviews.Count), data.SizeCharts.Count);
    }

    private async Task<(int Accounts, int Orders, int Events, int Favourites)> SeedPeopleAsync(string password, DateTime anchor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var accounts = DemoShoppers.All.Concat(Enumerable.Range(1, DemoCustomers.Count).Select(DemoCustomers.Account)).ToList();
        var created = await CreateAccountsAsync(accounts, password, anchor, ct);
        var log = new ActivityLog(created.Count > 0 ? await ShopCatalog.LoadAsync(db, ct) : ShopCatalog.Empty, anchor);
        if (log.Catalog.Products.Count > 0)
        {
            if (created.GetValueOrDefault(DemoShoppers.Anna.Email) is { } anna)
            {
                DemoShoppers.AnnaActivity(log, anna, new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 2, 1)));
            }

            if (created.GetValueOrDefault(DemoShoppers.Ben.Email) is { } ben)
            {
                DemoShoppers.BenActivity(log, ben, new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 2, 2)));
            }

            if (created.GetValueOrDefault(DemoShoppers.Clara.Email) is { } clara)
            {
                DemoShoppers.ClaraActivity(log, clara, new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 2, 3)));
            }

            var popularity = new DemoCustomers.Popularity(log.Catalog, anchor);
            for (var n = 1; n <= DemoCustomers.Count; n++)
            {
                if (created.GetValueOrDefault(DemoCustomers.Account(n).Email) is { } customer)
                {
                    DemoCustomers.Activity(log, popularity, customer, n);
                }
            }

            var taken = (await db.Orders.AsNoTracking().Select(o => o.Number).ToListAsync(ct)).ToHashSet();
            log.AssignNumbers(taken, new Random(DemoCatalog.SeedFor(DemoCatalog.Seed + 6, 0)));
            db.Orders.AddRange(log.Orders);
            db.ShopperEvents.AddRange(log.Events);
            db.Favourites.AddRange(log.Favourites);
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return (created.Count, log.Orders.Count, log.Events.Count, log.Favourites.Count);
    }

    private async Task SeedVouchersAsync(DateTime anchor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.Vouchers.AnyAsync(ct))
        {
            return;
        }
        db.Vouchers.AddRange(DemoVouchers.Build(anchor));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private async Task SeedEditorialAsync(DateTime anchor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var cards = db.Set<Features.Stream.EditorialCard>();
        if (await cards.AnyAsync(ct))
        {
            return;
        }
        var departments = await db.Categories.AsNoTracking().Where(c => c.ParentId == null).ToDictionaryAsync(c => c.Slug, c => c.Id, ct);
        if (departments.TryGetValue("fashion", out var fashion) && departments.TryGetValue("bikes", out var bikes))
        {
            cards.AddRange(DemoEditorial.Build(anchor, fashion, bikes));
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
    }

    /// <summary>The demo accounts' paid and delivered orders have earned their points (Anna and Ben reach a tier).</summary>
    private async Task SeedLoyaltyAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await db.LoyaltyEntries.AnyAsync(ct))
        {
            return;
        }
        OrderStatus[] earning = [OrderStatus.Paid, OrderStatus.Packed, OrderStatus.Shipped, OrderStatus.Delivered];
        var orders = await db.Orders.AsNoTracking().Where(o => o.UserId != null && earning.Contains(o.Status))
            .Select(o => new { o.Id, o.UserId, o.TotalCents, o.ShippingCents, o.PlacedAtUtc }).ToListAsync(ct);
        db.LoyaltyEntries.AddRange(orders
            .Select(o => new LoyaltyEntry
            {
                UserId = o.UserId!, OrderId = o.Id, Kind = LoyaltyEntryKind.Earned, Points = LoyaltyRules.PointsFor(o.TotalCents, o.ShippingCents, loyalty.Value),
                AtUtc = o.PlacedAtUtc,
            })
            .Where(e => e.Points > 0));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Adds every account whose email is not taken yet, with its role, in one SaveChanges on this context (so it
    /// shares the seeding transaction). Only the demo accounts get a password hash: hashing is deliberately slow.
    /// Returns the new accounts by email; the merchant is included but gets no activity.
    /// </summary>
    private async Task<Dictionary<string, DemoShopper>> CreateAccountsAsync(List<DemoAccount> accounts, string password, DateTime anchor, CancellationToken ct)
    {
        var normalized = accounts.Select(a => users.NormalizeEmail(a.Email)).ToList<string?>();
        var existing = (await db.Users.AsNoTracking().Where(u => normalized.Contains(u.NormalizedEmail)).Select(u => u.NormalizedEmail).ToListAsync(ct)).ToHashSet();
        var missing = accounts.Where(a => !existing.Contains(users.NormalizeEmail(a.Email))).ToList();
        var created = new Dictionary<string, DemoShopper>();
        if (missing.Count == 0)
        {
            return created;
        }

        var roleIds = new Dictionary<string, string>();
        foreach (var role in missing.Select(a => a.Role).Distinct())
        {
            var normalizedRole = users.NormalizeName(role);
            roleIds[role] = await db.Roles.Where(r => r.NormalizedName == normalizedRole).Select(r => r.Id).FirstOrDefaultAsync(ct)
                ?? throw new InvalidOperationException($"Role {role} must exist before the demo data is seeded.");
        }

        foreach (var account in missing)
        {
            var user = new ApplicationUser
            {
                UserName = account.Email,
                NormalizedUserName = users.NormalizeName(account.Email),
                Email = account.Email,
                NormalizedEmail = users.NormalizeEmail(account.Email),
                EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                LockoutEnabled = users.Options.Lockout.AllowedForNewUsers,
                DisplayName = account.DisplayName,
                PreferredCulture = account.Culture,
                CreatedAtUtc = anchor.AddDays(-account.DaysSinceSignUp),
            };
            if (account.HasPassword)
            {
                user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
            }

            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[account.Role] });
            created[account.Email] = new DemoShopper(user.Id, account.Email, account.Culture);
        }

        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>PostgreSQL identity sequences do not move when ids are inserted explicitly; SQLite needs nothing.</summary>
    private async Task AdvanceIdentitySequencesAsync(CancellationToken ct)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var type in ExplicitIdEntities)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
            var table = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{entity.GetTableName()}\"" : $"\"{entity.GetTableName()}\"";
            var column = entity.FindPrimaryKey()!.Properties[0].GetColumnName();
            var sql = $"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), (SELECT MAX(\"{column}\") FROM {table}))";
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }
}
