using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Storefront.Features.Accounts.Privacy;

public static class PrivacyEndpoints
{
    /// <summary>POST /Account/Manage/DownloadPersonalData: the signed-in shopper's data as a JSON attachment.</summary>
    public static void MapPersonalDataDownload(this RouteGroupBuilder manageGroup)
    {
        manageGroup.MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] UserManager<ApplicationUser> users,
            [FromServices] PersonalDataService personalData,
            [FromServices] IAntiforgery antiforgery,
            [FromServices] ILogger<PersonalDataService> logger) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            if (users.GetUserId(context.User) is not { } userId || await personalData.ExportAsync(userId, context.RequestAborted) is not { } export)
            {
                return Results.NotFound();
            }
            logger.LogInformation("User {UserId} downloaded their personal data", userId);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(export, PersonalDataExporter.Json);
            context.Response.Headers.CacheControl = "no-store";
            return TypedResults.File(bytes, "application/json", $"storefront-personal-data-{export.ExportedAtUtc:yyyy-MM-dd}.json");
        });
    }
}
