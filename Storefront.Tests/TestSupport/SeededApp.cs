using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Storefront.Tests.TestSupport;

/// <summary>
/// The app's real services over a private copy of the seeded database, with a controllable clock.
/// A class fixture for service tests: resolve services with <see cref="Get{T}"/>.
/// </summary>
public sealed class SeededApp : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public StorefrontFactory Factory { get; }

    private readonly AsyncServiceScope scope;

    public SeededApp()
    {
        Factory = StorefrontFactory.Seeded(time: Time);
        scope = Factory.Services.CreateAsyncScope();
    }

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await Factory.DisposeAsync();
    }
}
