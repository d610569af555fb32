using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Storefront.Tests.TestSupport.Oidc;

/// <summary>A person the test provider knows. <see cref="Email"/> null: the provider shares no address.</summary>
public sealed record TestIdpUser(string Username, string Subject, string? Email, bool EmailVerified, string? Name);

/// <summary>
/// A real OpenID Connect provider (OpenIddict server: authorization-code flow with PKCE, signed id tokens) on a
/// loopback port, with test users who sign in on a plain HTML page. The end-to-end tests send the shop to it;
/// developers start it with <c>dotnet run --project Storefront.Tests -- oidc-provider</c> (see the README).
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string Password = "provider-pass";
    public const string ClientId = "storefront";
    public const string ClientSecret = "storefront-test-secret";

    private readonly ConcurrentDictionary<string, TestIdpUser> users = new(StringComparer.OrdinalIgnoreCase);
    // Shared-cache in-memory database: kept alive by this connection, each request opens its own.
    private readonly SqliteConnection connection = new($"Data Source=idp-{Guid.NewGuid():N};Mode=Memory;Cache=Shared");
    private WebApplication? app;

    public Uri Authority { get; private set; } = null!;

    /// <summary>Users every run has: a new shopper, the demo shopper Anna (to try linking), and the bad cases.</summary>
    public static IEnumerable<TestIdpUser> DefaultUsers =>
    [
        new("alex@idp.test", "sub-alex", "alex@idp.test", true, "Alex Example"),
        new("anna@storefront.test", "sub-anna", "anna@storefront.test", true, "Anna (provider)"),
        new("unverified@idp.test", "sub-unverified", "unverified@idp.test", false, "Uma Unverified"),
        new("no-email", "sub-no-email", null, false, "Nomail Person"),
    ];

    public TestIdpUser AddUser(TestIdpUser user)
    {
        users[user.Username] = user;
        return user;
    }

    /// <summary>A fresh user with a verified address nobody has used yet.</summary>
    public TestIdpUser NewUser(string? email = null, bool verified = true, string? name = "Nora Newcomer")
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        email ??= $"idp-{id}@idp.test";
        return AddUser(new TestIdpUser(email, "sub-" + id, email, verified, name));
    }

    public async Task<Uri> StartAsync(int port = 0, IEnumerable<TestIdpUser>? seedUsers = null, ILoggerProvider? logging = null)
    {
        foreach (var user in seedUsers ?? DefaultUsers)
        {
            AddUser(user);
        }
        await connection.OpenAsync();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        if (logging is not null)
        {
            builder.Logging.AddProvider(logging);
        }
        builder.Services.AddDbContext<ProviderDb>(o => o.UseSqlite(connection.ConnectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<ProviderDb>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        app = builder.Build();
        app.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)AuthorizeAsync);
        app.MapPost("connect/token", (Delegate)TokenAsync);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProviderDb>().Database.EnsureCreatedAsync();
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = new Uri(address.TrimEnd('/') + "/");
        // The first answers of a cold provider can take seconds on a busy machine: get them out of the way.
        using var http = new HttpClient { BaseAddress = Authority };
        (await http.GetAsync(".well-known/openid-configuration")).EnsureSuccessStatusCode();
        (await http.GetAsync(".well-known/jwks")).EnsureSuccessStatusCode();
        return Authority;
    }

    /// <summary>Lets the shop at <paramref name="redirectUris"/> (its /signin-… callback) use the provider.</summary>
    public async Task RegisterClientAsync(params Uri[] redirectUris)
    {
        await using var scope = app!.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await manager.FindByClientIdAsync(ClientId) is { } existing)
        {
            await manager.DeleteAsync(existing);
        }
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Storefront",
            Permissions =
            {
                OpenIddictConstants.Permissions.Endpoints.Authorization,
                OpenIddictConstants.Permissions.Endpoints.Token,
                OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode,
                OpenIddictConstants.Permissions.ResponseTypes.Code,
                OpenIddictConstants.Permissions.Scopes.Email,
                OpenIddictConstants.Permissions.Scopes.Profile,
            },
            Requirements = { OpenIddictConstants.Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }
        await manager.CreateAsync(descriptor);
    }

    private async Task<IResult> AuthorizeAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return LoginPage(request, error: null);
        }
        var form = await context.Request.ReadFormAsync();
        if (form["action"] == "cancel")
        {
            return Results.Forbid(
                new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user cancelled the sign-in.",
                }),
                [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }
        if (!users.TryGetValue(form["username"].ToString(), out var user) || form["password"] != Password)
        {
            return LoginPage(request, "Unknown user or wrong password.");
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Subject));
        if (user.Name is not null)
        {
            identity.AddClaim(new Claim(Claims.Name, user.Name));
        }
        if (user.Email is not null)
        {
            identity.AddClaim(new Claim(Claims.Email, user.Email));
            identity.AddClaim(new Claim(Claims.EmailVerified, user.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        }
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> TokenAsync(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Results.BadRequest();
        }
        // The code carries the principal issued at the authorization endpoint; OpenIddict has validated it and PKCE.
        var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal!;
        return Results.SignIn(principal, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult LoginPage(OpenIddictRequest request, string? error)
    {
        var e = HtmlEncoder.Default;
        var hidden = string.Concat(request.GetParameters()
            .Where(p => p.Key is not ("username" or "password" or "action"))
            .Select(p => $"<input type=\"hidden\" name=\"{e.Encode(p.Key)}\" value=\"{e.Encode(p.Value.ToString() ?? "")}\">"));
        var message = error is null ? "" : $"<p role=\"alert\">{e.Encode(error)}</p>";
        var html = $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Test provider – sign in</title>
            <style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}label,input,button{display:block;margin:.4rem 0;min-height:44px}input{width:100%}</style></head>
            <body><main><h1>Test provider</h1><p>Sign in as a test user (password: {{Password}}).</p>{{message}}
            <form method="post">{{hidden}}
            <label for="username">Username</label><input id="username" name="username" autocomplete="username">
            <label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password">
            <button type="submit" name="action" value="sign-in">Sign in at the provider</button>
            <button type="submit" name="action" value="cancel">Cancel and go back</button>
            </form></main></body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        await connection.DisposeAsync();
    }

    private sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
}
