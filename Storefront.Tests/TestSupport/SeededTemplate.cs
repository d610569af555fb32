using Microsoft.Data.Sqlite;

namespace Storefront.Tests.TestSupport;

/// <summary>One migrated and seeded database per test run; tests start from copies of it.</summary>
public static class SeededTemplate
{
    private static readonly Lazy<string> Template = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string File => Template.Value;

    private static string Create()
    {
        var file = TestPaths.NewDatabaseFile("template");
        using (var factory = new StorefrontFactory(file, seed: true))
        {
            // Building the host runs the app's start-up: migrate, create roles, seed.
            _ = factory.Services;
        }
        SqliteConnection.ClearAllPools();
        return file;
    }
}
