using System.Diagnostics;
using System.Runtime.InteropServices;
using Curriculum.Core;
using Curriculum.Core.Discussion;
using Curriculum.Core.Prompts;
using Curriculum.Core.Teaching;
using Curriculum.Rendering.Handouts;
using Curriculum.Rendering.Layout;
using Curriculum.Rendering.Pdf;

namespace Curriculum.Benchmarks;

/// <summary>
/// A quick look at one student handout, phase by phase: thread CPU time (which the machine's load moves far less than
/// wall time) and bytes allocated per phase, medians of many runs. Not a benchmark: it tells where to look.
/// Run: <c>dotnet run -c Release --project bench/Curriculum.Benchmarks -- quick [repeats]</c>.
/// </summary>
public static partial class QuickProfile
{
    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out Timespec time);

    /// <summary>CPU time of the calling thread, in milliseconds (CLOCK_THREAD_CPUTIME_ID).</summary>
    private static double ThreadCpuMs()
    {
        _ = ClockGetTime(3, out var t);
        return (t.Seconds * 1000.0) + (t.Nanoseconds / 1e6);
    }

    public static void Print(int repeats)
    {
        EmbeddedFonts.EnsureInstalled();
        var course = Course.Embedded;
        var generator = new DiscussionGenerator(course, PromptBank.Load(course, []));
        var renderer = new HandoutRenderer();
        // QUICK_FRESH=1: a new seed every run, as the API's load test asks (nothing shared but what really recurs).
        var fresh = Environment.GetEnvironmentVariable("QUICK_FRESH") is not null;
        var request = new DiscussionRequest(["leonid-1"], [], "9-10", 6, 1);
        string[] phases = ["generate", "compose model", "layout tree", "layout only (no canvas)", "layout + PDFsharp drawing", "structure tree", "PDFsharp save", "finisher", "whole handout (PDF)"];
        var cpu = phases.Select(_ => new List<double>()).ToArray();
        var wall = phases.Select(_ => new List<double>()).ToArray();
        var bytes = phases.Select(_ => new List<long>()).ToArray();

        // QUICK_ALLOCS_PHASE=N: the types allocated in phase N alone.
        var typesPhase = int.TryParse(Environment.GetEnvironmentVariable("QUICK_ALLOCS_PHASE"), out var n) ? n : -1;
        using var phaseTypes = typesPhase >= 0 ? new AllocationTypes() : null;

        void Time(int phase, Action action)
        {
            if (phase == typesPhase)
            {
                phaseTypes!.Start();
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var before = ThreadCpuMs();
            action();
            cpu[phase].Add(ThreadCpuMs() - before);
            wall[phase].Add(clock.Elapsed.TotalMilliseconds);
            bytes[phase].Add(GC.GetAllocatedBytesForCurrentThread() - allocated);
            phaseTypes?.Stop();
        }

        for (var i = 0; i < repeats + 200; i++)
        {
            if (i == 200)
            {
                foreach (var list in cpu.Concat(wall))
                {
                    list.Clear();
                }

                foreach (var list in bytes)
                {
                    list.Clear();
                }
            }

            if (fresh)
            {
                request = request with { Seed = 1000 + i };
            }

            DiscussionSet set = null!;
            Time(0, () => set = generator.Generate(request));
            Curriculum.Rendering.Documents.HandoutDocument model = null!;
            Time(1, () => model = renderer.Compose(set, DocumentKinds.Student, HandoutOptions.Letter));
            DocumentDefinition definition = null!;
            Time(2, () => definition = PdfRenderer.Layout(model));
            Time(3, () => DocumentRenderer.Render(definition, new PdfTextMeasurer(), () => new NullSink()));
            PdfPageSink sink = null!;
            var measurer = new PdfTextMeasurer();
            Time(4, () => sink = DocumentRenderer.Render(definition, measurer, () =>
            {
                var attempt = new PdfSharp.Pdf.PdfDocument();
                attempt.Options.NoCompression = true;
                attempt.Options.CompressContentStreams = false;
                return new PdfPageSink(attempt, measurer);
            }).Sink);
            Time(5, () => sink.Tags.WriteTo(sink.Document));
            var raw = new MemoryStream();
            Time(6, () =>
            {
                PdfFontSubsets.Prepare(sink.Document);
                PdfObjectWriter.Save(sink.Document, raw);
            });
            if (i == 0 && Environment.GetEnvironmentVariable("QUICK_DUMP") is { } dump)
            {
                File.WriteAllBytes(dump, raw.ToArray());
            }

            var finished = new MemoryStream();
            Time(7, () => PdfFinisher.Finish(raw.GetBuffer(), (int)raw.Length, false, finished));
            sink.Document.Dispose();
            Time(8, () => renderer.Render(generator.Generate(request), DocumentKinds.Student, HandoutOptions.Letter));
        }

        if (phaseTypes is not null)
        {
            Console.WriteLine($"phase {phases[typesPhase]}:");
            phaseTypes.Print(repeats + 200);
        }

        if (Environment.GetEnvironmentVariable("QUICK_ALLOCS") is not null)
        {
            using var types = new AllocationTypes();
            types.Start();
            for (var i = 0; i < repeats; i++)
            {
                renderer.Render(generator.Generate(request), DocumentKinds.Student, HandoutOptions.Letter);
            }

            types.Stop();
            types.Print(repeats);
        }

        if (Environment.GetEnvironmentVariable("QUICK_CACHES") is not null)
        {
            var cache = typeof(PdfFinisher).GetNestedType("DeflateCache", System.Reflection.BindingFlags.NonPublic)!;
            var entries = (System.Collections.ICollection)cache.GetField("Entries", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            var bytesCached = (long)cache.GetField("cachedBytes", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            Console.WriteLine($"deflated streams kept: {entries.Count}, {bytesCached / 1024} KB");
            var shaped = typeof(TextElement).GetNestedType("ShapedText", System.Reflection.BindingFlags.NonPublic)!;
            var texts = (System.Collections.ICollection)shaped.GetField("Shared", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
            Console.WriteLine($"shaped texts kept: {texts.Count}");
        }

        Console.WriteLine($"one student handout (leonid-1{(fresh ? ", a new seed every run" : "")}), {repeats} runs after 200 warm-up; medians; load {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"{"phase",-26} {"thread CPU ms",14} {"wall ms",10} {"allocated KB",14}");
        for (var p = 0; p < phases.Length; p++)
        {
            Console.WriteLine($"{phases[p],-26} {Median(cpu[p]),14:0.000} {Median(wall[p]),10:0.000} {Median(bytes[p].Select(b => b / 1024.0).ToList()),14:0.0}");
        }
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private sealed class NullSink : IPageSink, ICanvas
    {
        public ICanvas BeginPage(PaperSize size, int pageNumber) => this;

        public void EndPage()
        {
        }

        public ICanvas? ReopenPage(int pageNumber) => this;

        public void DrawText(string text, FontSpec font, double x, double baselineY, Color color)
        {
        }

        public void DrawLine(double x1, double y1, double x2, double y2, double thickness, Color color)
        {
        }

        public void FillRect(Rect area, Color color)
        {
        }

        public void StrokeRect(Rect area, double thickness, Color color)
        {
        }

        public void AddLink(Rect area, Uri target)
        {
        }
    }
}

/// <summary>
/// Handouts with a new seed each, rendered on every core at once as the API renders them: the process's CPU time per
/// handout (the GC's threads included) and handouts per second. Compares GC settings (run it under DOTNET_gcServer=0,
/// DOTNET_GCgen0size=…) without HTTP in the way.
/// Run: <c>dotnet run -c Release --project bench/Curriculum.Benchmarks -- parallel [handouts per thread]</c>.
/// </summary>
public static class ParallelHandouts
{
    public static void Print(int perThread)
    {
        EmbeddedFonts.EnsureInstalled();
        var course = Course.Embedded;
        var generator = new DiscussionGenerator(course, PromptBank.Load(course, []));
        var renderer = new HandoutRenderer();
        var threads = Environment.ProcessorCount;

        void Run(int count, int offset)
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                for (var i = 0; i < count; i++)
                {
                    var seed = offset + (t * 1_000_000) + i;
                    renderer.Render(generator.Generate(new DiscussionRequest(["leonid-1"], [], "9-10", 6, seed)), DocumentKinds.Student, HandoutOptions.Letter);
                }
            });
        }

        Run(200, 0);
        using var process = Process.GetCurrentProcess();
        var gcBefore = GC.CollectionCount(0);
        var gc2Before = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Run(perThread, 10_000);
        var wall = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var handouts = perThread * threads;
        Console.WriteLine($"{handouts} handouts on {threads} threads (server GC {System.Runtime.GCSettings.IsServerGC}, {System.Runtime.GCSettings.LatencyMode}); load {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"  {handouts / wall.TotalSeconds:0} handouts/s, process CPU {cpu.TotalMilliseconds / handouts:0.00} ms per handout, " +
            $"{GC.CollectionCount(0) - gcBefore} gen0 / {GC.CollectionCount(2) - gc2Before} gen2 collections, GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / handouts:0.00} ms per handout, " +
            $"peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB");
    }
}
