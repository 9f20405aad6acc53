using System.Runtime.CompilerServices;

// The benchmarks time the layout and the PDF writer phase by phase (bench/Curriculum.Benchmarks, `quick`).
[assembly: InternalsVisibleTo("Curriculum.Benchmarks")]
