using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Stream;

/// <summary>Moves a visitor's stream marks (dismissals, "fewer", sightings) to their account at sign-in.</summary>
public static class StreamMarks
{
    /// <summary>Runs inside the caller's transaction (<c>ShopperMerge</c>); returns how many marks moved.</summary>
    public static async Task<int> MergeAsync(StorefrontDb db, string anonymousKey, string userKey, CancellationToken ct)
    {
        var marks = db.Set<StreamMark>();
        // The account already has these: drop the visitor's duplicates, then re-key the rest.
        await marks.Where(m => m.OwnerKey == anonymousKey
                && marks.Any(u => u.OwnerKey == userKey && u.Kind == m.Kind && u.Key == m.Key))
            .ExecuteDeleteAsync(ct);
        return await marks.Where(m => m.OwnerKey == anonymousKey)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.OwnerKey, userKey), ct);
    }
}
