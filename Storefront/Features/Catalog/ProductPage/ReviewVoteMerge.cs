using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Catalog.ProductPage;

/// <summary>Part of the sign-in merge (<c>ShopperMerge</c>): a visitor's "helpful" votes become the account's, so nobody votes twice.</summary>
internal static class ReviewVoteMerge
{
    public static async Task<int> MergeAsync(StorefrontDb db, string anonymousKey, string userKey, CancellationToken ct)
    {
        var votes = db.ReviewVotes;
        await votes.Where(v => v.VoterKey == anonymousKey && votes.Any(u => u.VoterKey == userKey && u.ReviewId == v.ReviewId))
            .ExecuteDeleteAsync(ct);
        return await votes.Where(v => v.VoterKey == anonymousKey)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.VoterKey, userKey), ct);
    }
}
