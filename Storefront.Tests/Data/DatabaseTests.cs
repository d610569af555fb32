using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Data;

public sealed class DatabaseTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        await using var factory = new StorefrontFactory(seed: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(Ct));
        Assert.Equal(0, await db.Products.CountAsync(Ct));
        Assert.True(await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(Roles.Merchant));
    }

    [Fact]
    public async Task A_second_start_neither_duplicates_nor_loses_data()
    {
        var file = TestPaths.NewDatabaseFile("restart");
        File.Copy(SeededTemplate.File, file);

        var first = await CountsAsync(file);
        var second = await CountsAsync(file);

        Assert.True(first.Products >= 300);
        Assert.Equal(first, second);
    }

    private static async Task<(int Products, int Variants, int Users, int Orders, int Reviews)> CountsAsync(string file)
    {
        await using var factory = new StorefrontFactory(file, seed: true);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StorefrontDb>();
        return (await db.Products.CountAsync(Ct), await db.Variants.CountAsync(Ct), await db.Users.CountAsync(Ct),
            await db.Orders.CountAsync(Ct), await db.Reviews.CountAsync(Ct));
    }
}
