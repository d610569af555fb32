using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Storefront.Tests.TestSupport;

/// <summary>
/// Counts the SQL commands EF Core runs in the calling test's async flow (other tests running in parallel are not
/// counted): <c>using var sql = SqlCommandCounter.Start(); … Assert.Equal(1, sql.Count);</c>
/// </summary>
public sealed class SqlCommandCounter : IDisposable
{
    private static readonly AsyncLocal<SqlCommandCounter?> Active = new();
    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new ListenerObserver()));

    private int count;

    private SqlCommandCounter()
    {
    }

    public int Count => Volatile.Read(ref count);

    public static SqlCommandCounter Start()
    {
        _ = Subscription.Value;
        var counter = new SqlCommandCounter();
        Active.Value = counter;
        return counter;
    }

    public void Dispose()
    {
        if (Active.Value == this)
        {
            Active.Value = null;
        }
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                listener.Subscribe(new EventObserver());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class EventObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && Active.Value is { } counter)
            {
                Interlocked.Increment(ref counter.count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
