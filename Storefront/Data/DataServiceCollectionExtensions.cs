using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Storefront.Data.Seeding;

namespace Storefront.Data;

/// <summary>The "Database" section of appsettings.json.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public string Provider { get; set; } = "Sqlite";
    public string ConnectionString { get; set; } = "Data Source=App_Data/storefront.db";
}

public static class DataServiceCollectionExtensions
{
    public static WebApplicationBuilder AddStorefrontData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        // The connection string is read when the first context is built, so tests can override it.
        builder.Services.AddDbContextFactory<StorefrontDb>((sp, options) =>
        {
            var database = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
            var contentRoot = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            if (!string.Equals(database.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"Database:Provider '{database.Provider}' is not supported yet; use 'Sqlite'.");
            }
            options.UseSqlite(AbsoluteSqlite(database.ConnectionString, contentRoot));
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDemoSeeding(builder.Configuration);
        builder.Services.AddScoped<DatabaseInitializer>();
        return builder;
    }

    /// <summary>Relative SQLite paths follow the process's working folder; anchor them at the content root instead.</summary>
    internal static string AbsoluteSqlite(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is not (":memory:" or "") && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }
        return csb.ToString();
    }
}
