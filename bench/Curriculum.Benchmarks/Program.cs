using BenchmarkDotNet.Running;
using Curriculum.Benchmarks;

// `growth [repeats]` prints the cost-growth table; anything else goes to BenchmarkDotNet.
if (args is ["growth", ..])
{
    GrowthTable.Print(args.Length > 1 && int.TryParse(args[1], out var repeats) ? repeats : 15);
    return;
}

if (args is ["parallel", ..])
{
    ParallelHandouts.Print(args.Length > 1 && int.TryParse(args[1], out var perThread) ? perThread : 500);
    return;
}

if (args is ["quick", ..])
{
    QuickProfile.Print(args.Length > 1 && int.TryParse(args[1], out var runs) ? runs : 500);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
