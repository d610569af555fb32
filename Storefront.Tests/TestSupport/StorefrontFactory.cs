using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Storefront.Tests.TestSupport;

/// <summary>
/// The real app, in process, on its own SQLite file. With <see cref="StartOnLoopback"/> it listens on a free
/// 127.0.0.1 port (for the browser); otherwise requests go through the in-memory test server.
/// </summary>
public sealed class StorefrontFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings = new();

    public StorefrontFactory(string? databaseFile = null, bool seed = true, string environment = "Production", TimeProvider? time = null)
    {
        DatabaseFile = databaseFile ?? TestPaths.NewDatabaseFile("app");
        Environment = environment;
        Time = time;
        settings["Database:ConnectionString"] = $"Data Source={DatabaseFile}";
        settings["Seed:Enabled"] = seed ? "true" : "false";
        settings["Logging:LogLevel:Default"] = "Warning";
        // Merchant tests sign in with the demo password; TwoFactorFlowTests switches the 2FA rule for /admin back on.
        settings["Accounts:RequireTwoFactorForMerchants"] = "false";
        // Merchant image uploads go next to the test's database, never into the repository's wwwroot-assets.
        settings["Admin:Images:UploadRoot"] = Path.Combine(Path.GetDirectoryName(DatabaseFile)!, Path.GetFileNameWithoutExtension(DatabaseFile) + "-uploads");
    }

    public string DatabaseFile { get; }
    public string Environment { get; }
    public TimeProvider? Time { get; }

    /// <summary>A factory whose database starts as a copy of the seeded template (fast: no seeding per test class).</summary>
    public static StorefrontFactory Seeded(string environment = "Production", TimeProvider? time = null)
    {
        var file = TestPaths.NewDatabaseFile("seeded");
        File.Copy(SeededTemplate.File, file);
        return new StorefrontFactory(file, seed: true, environment, time);
    }

    public StorefrontFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Starts Kestrel on 127.0.0.1 with a free port and returns its base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        if (Time is not null)
        {
            builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(Time)));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
    }
}
