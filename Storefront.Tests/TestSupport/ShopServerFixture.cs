namespace Storefront.Tests.TestSupport;

/// <summary>The real shop on a free loopback port with its own copy of the seeded database, shared by one test class.</summary>
public class ShopServerFixture : IAsyncLifetime
{
    public StorefrontFactory Factory { get; } = StorefrontFactory.Seeded();

    public Uri BaseAddress { get; private set; } = null!;

    public virtual ValueTask InitializeAsync()
    {
        BaseAddress = Factory.StartOnLoopback();
        return ValueTask.CompletedTask;
    }

    public virtual async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
