using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Storefront.Features.Accounts.Security;

/// <summary>
/// The framework's rate limiter on the endpoints worth guessing at: sign-in (password, passkey, external), 2FA and
/// recovery codes, registration, password reset, confirmation mails and deleting the account (it checks the password). Each client address gets
/// <c>Accounts:RateLimit:PermitsPerMinute</c> form posts per endpoint and minute; more are answered 429 with
/// Retry-After. Page views (GET) are never limited.
/// </summary>
public static class AccountRateLimits
{
    private static readonly string[] LimitedPaths =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/Register",
        "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/ResendEmailConfirmation",
        "/Account/PerformExternalLogin", "/Account/ExternalLogin", "/Account/PasskeyRequestOptions", "/Account/ConfirmExternalLink",
        "/Account/Manage/DeletePersonalData",
    ];

    public static IServiceCollection AddAccountRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var path = LimitedPath(context.Request);
                if (path is null)
                {
                    return RateLimitPartition.GetNoLimiter("");
                }
                var permits = configuration.GetValue("Accounts:RateLimit:PermitsPerMinute", 20);
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter($"{path}|{client}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
        return services;
    }

    public static WebApplication UseAccountRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static string? LimitedPath(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
            ? LimitedPaths.FirstOrDefault(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase))
            : null;
}
