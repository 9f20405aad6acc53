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
        var request = new DiscussionRequest(["leonid-1"], [], "9-10", 6, 1);
        string[] phases = ["generate", "compose model", "layout tree", "layout only (no canvas)", "layout + PDFsharp drawing", "structure tree", "PDFsharp save", "finisher", "whole handout (PDF)"];
        var cpu = phases.Select(_ => new List<double>()).ToArray();
        var wall = phases.Select(_ => new List<double>()).ToArray();
        var bytes = phases.Select(_ => new List<long>()).ToArray();

        void Time(int phase, Action action)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var before = ThreadCpuMs();
            action();
            cpu[phase].Add(ThreadCpuMs() - before);
            wall[phase].Add(clock.Elapsed.TotalMilliseconds);
            bytes[phase].Add(GC.GetAllocatedBytesForCurrentThread() - allocated);
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
            Time(6, () => sink.Document.Save(raw, false));
            if (i == 0 && Environment.GetEnvironmentVariable("QUICK_DUMP") is { } dump)
            {
                File.WriteAllBytes(dump, raw.ToArray());
            }

            var finished = new MemoryStream();
            Time(7, () => PdfFinisher.Finish(raw.GetBuffer(), (int)raw.Length, false, finished));
            sink.Document.Dispose();
            Time(8, () => renderer.Render(generator.Generate(request), DocumentKinds.Student, HandoutOptions.Letter));
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

        Console.WriteLine($"one student handout (leonid-1), {repeats} runs after 200 warm-up; medians; load {File.ReadAllText("/proc/loadavg").Trim()}");
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
