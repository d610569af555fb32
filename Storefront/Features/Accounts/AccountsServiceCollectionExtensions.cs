using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Storefront.Data;
using Storefront.Features.Accounts.ExternalSignIn;
using Storefront.Features.Accounts.Security;
using Storefront.Features.Cart;

namespace Storefront.Features.Accounts;

public static class AccountsServiceCollectionExtensions
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            });
        authentication.AddIdentityCookies();
        authentication.AddExternalProviders(builder.Configuration);
        // Fires for every way of signing in (password, passkey, 2FA, external, registration): the visitor's
        // anonymous cart, favourites and history move to the account.
        services.ConfigureApplicationCookie(o => o.Events.OnSignedIn = ShopperMerge.OnSignedInAsync);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = true;
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // OWASP ASVS: length over composition rules.
                options.Password.RequiredLength = PasswordPolicy.MinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StorefrontDb>()
            .AddSignInManager<StorefrontSignInManager>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<PasswordPolicy>();

        // "Sign out everywhere" renews the security stamp; other sessions notice it at their next request after
        // this interval.
        services.Configure<SecurityStampValidatorOptions>(o =>
            o.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Accounts:SecurityStampValidationSeconds", 60)));
        services.AddAccountRateLimits(builder.Configuration);

        services.AddScoped<MerchantTwoFactor>();
        services.AddScoped<Privacy.PersonalDataService>();
        services.AddScoped<IAuthorizationHandler>(sp => sp.GetRequiredService<MerchantTwoFactor>());
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Merchant, p => p.RequireRole(Roles.Merchant).AddRequirements(new MerchantTwoFactorRequirement()));
        return builder;
    }
}

public static class Policies
{
    public const string Merchant = nameof(Merchant);
}
