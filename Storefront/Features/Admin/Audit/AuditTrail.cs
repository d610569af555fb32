using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Storefront.Data;

namespace Storefront.Features.Admin.Audit;

public sealed record AuditRow(long Id, DateTime AtUtc, string UserName, string EntityType, string EntityId, string Action, string Summary,
    string? BeforeJson, string? AfterJson);

public sealed record AuditQuery(string? EntityType = null, string? EntityId = null, string? Search = null, int Page = 0, int PageSize = 25);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);

/// <summary>
/// The merchant audit trail. Commands add their entry with <see cref="Record"/> to the same context before their one
/// SaveChanges, so a change and its entry are committed together or not at all.
/// </summary>
public sealed class AuditTrail(IDbContextFactory<StorefrontDb> dbFactory)
{
    public const int MaxPageSize = 100;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Record(StorefrontDb db, MerchantActor actor, DateTime atUtc, string entityType, string entityId, string action,
        string summary, object? before, object? after)
    {
        db.Add(new AuditEntry
        {
            AtUtc = atUtc,
            UserId = actor.UserId,
            UserName = actor.UserName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Summary = summary.Length > 400 ? summary[..400] : summary,
            BeforeJson = before is null ? null : JsonSerializer.Serialize(before, Json),
            AfterJson = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
    }

    /// <summary>Newest first; only merchants may read the trail (anyone else gets an empty page).</summary>
    public async Task<AuditPage> PageAsync(ClaimsPrincipal user, AuditQuery query, CancellationToken ct = default)
    {
        if (MerchantActor.From(user) is null)
        {
            return new AuditPage([], 0);
        }
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(0, query.Page);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId);
        }
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            entries = entries.Where(e => e.Summary.Contains(term) || e.UserName.Contains(term) || e.EntityId == term);
        }
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id)
            .Skip(page * size).Take(size)
            .Select(e => new AuditRow(e.Id, e.AtUtc, e.UserName, e.EntityType, e.EntityId, e.Action, e.Summary, e.BeforeJson, e.AfterJson))
            .ToListAsync(ct);
        return new AuditPage(rows, total);
    }
}
