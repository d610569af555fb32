using Storefront.Features.SizeAdvisor;

namespace Storefront.Features.Stream;

/// <summary>The size advisor's "tell me when it is back" requests, as products the back-in-stock cards watch.</summary>
internal sealed class NotifyRequestWaitlist(BackInStockRequests requests) : IBackInStockWaitlist
{
    public async Task<IReadOnlyList<WaitingFor>> WaitingAsync(string ownerKey, DateTime nowUtc, CancellationToken ct)
    {
        var open = await requests.OpenAsync(ownerKey, ct);
        return open.Where(r => r.RequestedAtUtc <= nowUtc)
            .GroupBy(r => r.ProductId)
            .Select(g => new WaitingFor(g.Key, g.Min(r => r.RequestedAtUtc)))
            .ToList();
    }
}
