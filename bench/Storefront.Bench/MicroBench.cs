using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Storefront.Bench;

/// <summary>
/// BenchmarkDotNet micro-benchmarks: the shopping stream (<see cref="StreamBench"/>) and the fit engine
/// (<see cref="FitEngineBench"/>), in process (no generated project to build), 5 warm-up and 30 measured iterations.
/// Usage: dotnet run -c Release --project bench/Storefront.Bench -- micro [BenchmarkDotNet options, e.g. --filter '*Stream*']
/// Exits with 1 when the stream misses its targets (issue 4).
/// </summary>
internal static class MicroBench
{
    private const double BuildTargetMs = 20;
    private const double RankTargetMs = 2;

    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(30))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summaries = BenchmarkSwitcher.FromTypes([typeof(StreamBench), typeof(FitEngineBench)]).Run(args.Length == 0 ? ["--filter", "*"] : args, config);
        var ok = true;
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var target = name switch { nameof(StreamBench.BuildStream) => BuildTargetMs, nameof(StreamBench.RankOnly) => RankTargetMs, _ => (double?)null };
            if (target is { } ms && report.ResultStatistics is { } stats)
            {
                var median = stats.Median / 1e6;
                var met = median < ms;
                ok &= met;
                Console.WriteLine($"{name}: median {median:N2} ms, target < {ms} ms: {(met ? "met" : "MISSED")}");
            }
        }
        return ok ? 0 : 1;
    }
}
