using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Storefront.Data;
using Storefront.Features.Accounts;
using Storefront.Features.Stream.Mail;
using Storefront.Tests.TestSupport;

namespace Storefront.Tests.Features.Stream.Mail;

public sealed class StreamMailJobTests
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_job_sends_due_mails_when_its_interval_has_passed_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var factory = StorefrontFactory.Seeded(time: time).With("StreamMail:Interval", "00:10:00");
        await using var scope = factory.Services.CreateAsyncScope();
        var email = $"job-{Guid.NewGuid():N}@example.test";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAtUtc = time.GetUtcNow().UtcDateTime };
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(user)).Succeeded);
        await scope.ServiceProvider.GetRequiredService<StreamMailService>().SetConsentAsync(user.Id, true, Ct);
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<StorefrontDb>>();

        Assert.Equal(0, await WeeklyMailsAsync(dbFactory, email));
        time.Advance(TimeSpan.FromMinutes(10));

        // The tick runs on the job's own task: wait for its mail, bounded.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await WeeklyMailsAsync(dbFactory, email) == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }
        Assert.Equal(1, await WeeklyMailsAsync(dbFactory, email));
    }

    private static async Task<int> WeeklyMailsAsync(IDbContextFactory<StorefrontDb> dbFactory, string email)
    {
        await using var db = await dbFactory.CreateDbContextAsync(Ct);
        return await db.Outbox.CountAsync(m => m.To == email && m.Kind == MarketingMailKinds.Weekly, Ct);
    }
}
