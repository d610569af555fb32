using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Storefront.Components.Branding;
using Storefront.Data;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Fact]
    public void The_app_reads_the_repository_root_appsettings()
    {
        var rootFile = Path.Combine(TestPaths.RepositoryRoot, "appsettings.json");
        using var json = JsonDocument.Parse(File.ReadAllText(rootFile));
        var brandName = json.RootElement.GetProperty("Brand").GetProperty("Name").GetString();
        var primary = json.RootElement.GetProperty("Brand").GetProperty("PrimaryColour").GetString();

        using var factory = new StorefrontFactory(seed: false);
        var brand = factory.Services.GetRequiredService<IOptions<BrandOptions>>().Value;

        Assert.Equal(brandName, brand.Name);
        Assert.Equal(primary, brand.PrimaryColour);
        Assert.Equal(primary, factory.Services.GetRequiredService<BrandTheme>().Theme.PaletteLight.Primary.ToString(MudBlazor.Utilities.MudColorOutputFormats.Hex), ignoreCase: true);
    }

    [Fact]
    public void Environment_settings_override_the_root_file()
    {
        using var factory = new StorefrontFactory(seed: false).With("Brand:Name", "Testladen");

        Assert.Equal("Testladen", factory.Services.GetRequiredService<IOptions<BrandOptions>>().Value.Name);
    }

    [Theory]
    [InlineData("Data Source=App_Data/shop.db")]
    [InlineData("Data Source=shop.db;Cache=Shared")]
    public void Relative_sqlite_paths_are_anchored_at_the_content_root(string connectionString)
    {
        var contentRoot = Path.Combine(TestPaths.Results, "content-root");

        var absolute = DataServiceCollectionExtensions.AbsoluteSqlite(connectionString, contentRoot);

        Assert.Contains($"Data Source={contentRoot}{Path.DirectorySeparatorChar}", absolute);
    }
}
