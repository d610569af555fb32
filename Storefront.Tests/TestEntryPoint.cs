using Storefront.Tests.TestSupport.Oidc;

namespace Storefront.Tests;

/// <summary>
/// The test project's entry point: xunit's own (as its generator writes it), or with the first argument
/// <c>oidc-provider</c> the test OpenID Connect provider for trying external sign-in by hand.
/// </summary>
internal static class TestEntryPoint
{
    public static int Main(string[] args)
    {
        if (args is ["oidc-provider", ..])
        {
            return TestIdentityProviderCommand.RunAsync(args[1..]).GetAwaiter().GetResult();
        }
        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
        {
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        }
        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
