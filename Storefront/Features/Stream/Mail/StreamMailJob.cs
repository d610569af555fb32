using Microsoft.Extensions.Options;

namespace Storefront.Features.Stream.Mail;

/// <summary>Runs <see cref="StreamMailService.SendDueAsync"/> on a timer (section "StreamMail").</summary>
internal sealed class StreamMailJob(
    IServiceScopeFactory scopes, IOptions<StreamMailOptions> options, TimeProvider time, ILogger<StreamMailJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var run = await scope.ServiceProvider.GetRequiredService<StreamMailService>().SendDueAsync(stoppingToken);
                if (run.WeeklySent + run.CartRemindersSent > 0)
                {
                    logger.LogInformation("Queued {Weekly} weekly mails and {Reminders} cart reminders", run.WeeklySent, run.CartRemindersSent);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Sending marketing mails failed; the next run tries again");
            }
        }
    }
}

public static class StreamMailServiceCollectionExtensions
{
    public static IServiceCollection AddStreamMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StreamMailOptions>(configuration.GetSection(StreamMailOptions.Section));
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<StreamMailService>();
        services.AddHostedService<StreamMailJob>();
        return services;
    }
}
