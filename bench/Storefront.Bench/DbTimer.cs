using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Bench;

/// <summary>
/// Where a database operation's time goes: waiting to begin the transaction (SQLite's write lock), running SQL
/// commands, and committing (the journal write and fsync). Sums over all threads since the last <see cref="Reset"/>.
/// </summary>
internal sealed class DbTimer : DbCommandInterceptor, IDbTransactionInterceptor
{
    private long beginTicks, commandTicks, commitTicks;
    private int commands;

    public double BeginMs => TimeSpan.FromTicks(Interlocked.Read(ref beginTicks)).TotalMilliseconds;
    public double CommandMs => TimeSpan.FromTicks(Interlocked.Read(ref commandTicks)).TotalMilliseconds;
    public double CommitMs => TimeSpan.FromTicks(Interlocked.Read(ref commitTicks)).TotalMilliseconds;
    public int Commands => Volatile.Read(ref commands);

    public void Reset()
    {
        Interlocked.Exchange(ref beginTicks, 0);
        Interlocked.Exchange(ref commandTicks, 0);
        Interlocked.Exchange(ref commitTicks, 0);
        Interlocked.Exchange(ref commands, 0);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
    {
        Add(eventData.Duration);
        return base.ReaderExecutedAsync(command, eventData, result, ct);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken ct = default)
    {
        Add(eventData.Duration);
        return base.ScalarExecutedAsync(command, eventData, result, ct);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken ct = default)
    {
        Add(eventData.Duration);
        return base.NonQueryExecutedAsync(command, eventData, result, ct);
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken ct = default)
    {
        Interlocked.Add(ref beginTicks, eventData.Duration.Ticks);
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
    {
        Interlocked.Add(ref commitTicks, eventData.Duration.Ticks);
        return Task.CompletedTask;
    }

    private void Add(TimeSpan duration)
    {
        Interlocked.Add(ref commandTicks, duration.Ticks);
        Interlocked.Increment(ref commands);
    }
}
