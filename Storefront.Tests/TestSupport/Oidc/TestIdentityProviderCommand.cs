using System.Runtime.InteropServices;

namespace Storefront.Tests.TestSupport.Oidc;

/// <summary>
/// <c>dotnet run --project Storefront.Tests -- oidc-provider [--port 5099] [--app http://localhost:5080]</c>: starts
/// the test provider until Ctrl+C and prints the settings that point the shop at it.
/// </summary>
internal static class TestIdentityProviderCommand
{
    public const string ProviderName = "TestIdP";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = 5099;
        var apps = new List<string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--port" when int.TryParse(args[i + 1], out var p):
                    port = p;
                    break;
                case "--app":
                    apps.Add(args[i + 1].TrimEnd('/'));
                    break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown option {args[i]}. Usage: oidc-provider [--port 5099] [--app http://localhost:5080]");
                    return 2;
            }
        }
        if (apps.Count == 0)
        {
            apps.AddRange(["http://localhost:5080", "http://127.0.0.1:5080"]);
        }

        await using var provider = new TestIdentityProvider();
        var authority = await provider.StartAsync(port);
        await provider.RegisterClientAsync([.. apps.Select(a => new Uri($"{a}/signin-{ProviderName.ToLowerInvariant()}"))]);

        Console.WriteLine($"Test OpenID Connect provider at {authority} (Ctrl+C stops it).");
        Console.WriteLine($"Users (password {TestIdentityProvider.Password}): {string.Join(", ", TestIdentityProvider.DefaultUsers.Select(u => u.Username))}");
        Console.WriteLine("Start the shop with:");
        foreach (var (key, value) in Settings(authority))
        {
            Console.WriteLine($"  export {key.Replace(":", "__", StringComparison.Ordinal)}='{value}'");
        }

        var stopped = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await stopped.Task;
        return 0;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopped.TrySetResult();
        }
    }

    /// <summary>The shop's configuration for this provider.</summary>
    public static IEnumerable<(string Key, string Value)> Settings(Uri authority, string name = ProviderName)
    {
        var prefix = $"Authentication:OpenIdConnect:Providers:{name}";
        yield return ($"{prefix}:DisplayName", "Test provider");
        yield return ($"{prefix}:Authority", authority.ToString());
        yield return ($"{prefix}:ClientId", TestIdentityProvider.ClientId);
        yield return ($"{prefix}:ClientSecret", TestIdentityProvider.ClientSecret);
    }
}
