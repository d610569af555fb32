using Microsoft.AspNetCore.Identity;
using Storefront.Features.Accounts;

namespace Storefront.Features.Mail;

public static class MailServiceCollectionExtensions
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IEmailSender<ApplicationUser>, OutboxEmailSender>();
        builder.Services.AddScoped<MailOutbox>();
        return builder;
    }
}
