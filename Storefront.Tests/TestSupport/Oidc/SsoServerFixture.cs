using System.Net;
using System.Net.Sockets;

namespace Storefront.Tests.TestSupport.Oidc;

/// <summary>
/// The shop wired to a real test OpenID Connect provider ("Test provider", scheme TestIdP) on another loopback port,
/// plus a second configured provider ("Offline") whose port nobody listens on.
/// </summary>
public sealed class SsoServerFixture : ShopServerFixture
{
    public TestIdentityProvider Provider { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        var authority = await Provider.StartAsync();
        foreach (var (key, value) in TestIdentityProviderCommand.Settings(authority))
        {
            Factory.With(key, value);
        }
        foreach (var (key, value) in TestIdentityProviderCommand.Settings(new Uri($"http://127.0.0.1:{ClosedPort()}/"), "Offline"))
        {
            Factory.With(key, value);
        }
        Factory.With("Authentication:OpenIdConnect:Providers:Offline:DisplayName", "Offline provider");
        await base.InitializeAsync();
        await Provider.RegisterClientAsync(new Uri(BaseAddress, "signin-testidp"));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
