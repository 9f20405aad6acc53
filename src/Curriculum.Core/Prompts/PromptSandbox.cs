using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Curriculum.Core.Teaching;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Curriculum.Core.Prompts;

/// <summary>A problem found in one Liquid text, at a character offset inside that text.</summary>
internal sealed record LiquidProblem(int Offset, string Message);

/// <summary>
/// Parses, checks and fills facilitator-written Liquid under hard limits. Templates are untrusted: they get no files,
/// no CLR objects, a short list of filters, bounded loops, bounded output and a deadline.
/// </summary>
internal static partial class PromptSandbox
{
    public const int MaxSteps = 100_000;
    public const int MaxOutputChars = 16 * 1024;
    public const int MaxRangeSpan = 1_000;
    public const int MaxNesting = 16;
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(1);

    /// <summary>Filters that cannot read anything outside the template and grow text at most by their arguments.</summary>
    public static readonly IReadOnlyList<string> Filters =
    [
        "append", "prepend", "capitalize", "downcase", "upcase", "strip", "lstrip", "rstrip", "strip_newlines",
        "truncate", "truncatewords", "size", "first", "last", "join", "split", "default", "escape", "remove",
        "remove_first", "replace_first", "slice", "plus", "minus", "times", "divided_by", "modulo", "abs", "round",
        "floor", "ceil", "at_least", "at_most", "reverse", "sort", "uniq", "compact", "newline_to_br",
    ];

    private static readonly HashSet<string> BlockTags = ["if", "unless", "for", "case", "capture", "tablerow", "comment", "raw", "ifchanged"];

    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = CreateOptions();

    private const string DeadlineKey = "curriculum.deadline";

    public static IFluidTemplate? Check(string text, bool hasPairing, List<LiquidProblem> problems)
    {
        var before = problems.Count;
        CheckNesting(text, problems);
        if (problems.Count > before)
        {
            return null;
        }

        IFluidTemplate? template;
        string? error;
        try
        {
            if (!Parser.TryParse(text, out template, out error))
            {
                problems.Add(ParseProblem(text, error));
                return null;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The parser is third-party code fed untrusted text: whatever it throws, the text is what is wrong.
            problems.Add(new LiquidProblem(0, "Liquid syntax error: this text cannot be read as Liquid"));
            return null;
        }

        var walker = new Walker();
        walker.VisitTemplate(template);
        foreach (var problem in walker.Problems(text, hasPairing))
        {
            problems.Add(problem);
        }

        return problems.Count > before ? null : template;
    }

    /// <summary>
    /// Fills a checked template; fails with a message a facilitator can act on. With a <paramref name="budget"/> (one per
    /// request or command, shared by all its fills), every fill draws on it and the caller's cancellation stops the
    /// work; without one (the shipped bank, checked once), the fill gets one second of its own.
    /// </summary>
    public static string Render(IFluidTemplate template, PromptModel model, RenderBudget? budget = null)
    {
        var context = new TemplateContext(Options);
        model.Fill(context, Options);
        var deadline = new RenderDeadline(budget ?? RenderBudget.Start(Deadline, long.MaxValue));
        context.AmbientValues[DeadlineKey] = deadline;
        using var writer = new CappedWriter(deadline);
        try
        {
            // A spent budget or a client that has gone: fail before any work.
            deadline.Check();
            var pending = template.RenderAsync(writer, context, NullEncoder.Default, false);
            if (!pending.IsCompletedSuccessfully)
            {
                // Nothing a template may use waits on I/O; this only surfaces a failure.
                pending.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (TemplateBudgetException) when (budget is null)
        {
            throw new TemplateRenderException($"the template took longer than {Deadline.TotalSeconds:0.#} second to fill: does a loop run without end?");
        }
        catch (Exception e) when (e is TemplateRenderException or TemplateBudgetException or OperationCanceledException)
        {
            throw;
        }
        catch (DivideByZeroException)
        {
            throw new TemplateRenderException("the template divides by zero ('divided_by: 0' or 'modulo: 0'): divide by a number that is never 0");
        }
        catch (OverflowException)
        {
            throw new TemplateRenderException("a number in the template grows too large to compute");
        }
        catch (InvalidOperationException e) when (e.Message.Contains("maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid reports its step limit with its recursion message; includes are rejected, so it is the step limit.
            throw new TemplateRenderException($"the template takes more than {MaxSteps:N0} steps to fill: does a loop run without end?");
        }
        catch (FluidException e) when (e.Message.StartsWith("Undefined variable", StringComparison.Ordinal))
        {
            throw new TemplateRenderException("the template uses a placeholder that has no value here");
        }
        catch (FluidException e)
        {
            // Fluid's own messages speak Liquid ("Undefined filter …"); keep the first line.
            throw new TemplateRenderException($"the template failed while being filled: {FirstLine(e.Message)}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything else comes from inside a filter and would name .NET types: say what it means instead.
            throw new TemplateRenderException("the template failed while being filled: a filter was given a value it cannot work with (text where a number is needed, or a list where text is)");
        }
        finally
        {
            deadline.Finish();
        }

        return writer.ToString();
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            MaxSteps = MaxSteps,
            MaxRecursion = 4,
            StrictVariables = true,
            StrictFilters = true,
            FileProvider = new NullFileProvider(),
            CultureInfo = CultureInfo.InvariantCulture,
            MemberAccessStrategy = new UnsafeMemberAccessStrategyGuard(),
        };

        var kept = options.Filters.Where(f => Filters.Contains(f.Key)).ToList();
        options.Filters.Clear();
        foreach (var (name, filter) in kept)
        {
            options.Filters.AddFilter(name, Bounded(name, filter));
        }

        options.Assigned = (_, value, context) => new ValueTask<FluidValue>(Checked(value, context));
        options.Captured = (_, value, context) => new ValueTask<FluidValue>(Checked(value, context));
        options.Undefined = name => throw new TemplateRenderException($"'{name}' has no value here");
        return options;
    }

    private static FilterDelegate Bounded(string name, FilterDelegate filter) => (input, arguments, context) =>
    {
        DeadlineOf(context).Check();
        if (name == "join" && input is ArrayValue array)
        {
            var separator = arguments.Count > 0 ? arguments.At(0).ToStringValue().Length : 1;
            var estimate = (long)array.Values.Count * (separator + 1) + array.Values.Sum(v => (long)(v is StringValue s ? s.ToStringValue().Length : 8));
            if (estimate > MaxOutputChars)
            {
                throw TooLong();
            }
        }

        var result = filter(input, arguments, context);
        return result.IsCompletedSuccessfully ? new ValueTask<FluidValue>(Checked(result.Result, context)) : Awaited(result, context);
    };

    private static async ValueTask<FluidValue> Awaited(ValueTask<FluidValue> pending, TemplateContext context) => Checked(await pending, context);

    private static FluidValue Checked(FluidValue value, TemplateContext context)
    {
        DeadlineOf(context).Check();
        var size = value switch
        {
            StringValue s => s.ToStringValue().Length,
            ArrayValue a => a.Values.Count,
            _ => 0,
        };
        return size > MaxOutputChars ? throw TooLong() : value;
    }

    private static TemplateRenderException TooLong() =>
        new($"the template makes text longer than {MaxOutputChars:N0} characters: a prompt should fit on a handout");

    private static RenderDeadline DeadlineOf(TemplateContext context) =>
        context.AmbientValues.TryGetValue(DeadlineKey, out var d) && d is RenderDeadline deadline ? deadline : RenderDeadline.None;

    /// <summary>One fill's view of the budget it draws on, counting what this fill allocates on its thread.</summary>
    private sealed class RenderDeadline(RenderBudget? budget)
    {
        public static readonly RenderDeadline None = new(null);

        // Fills run synchronously on one thread: its allocation counter measures this fill's garbage.
        private readonly long _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();

        public void Check() => budget?.Check(GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart);

        public void Finish() => budget?.AddAllocated(GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart);
    }

    /// <summary>Collects the output, refusing to grow past the cap or run past the deadline.</summary>
    private sealed class CappedWriter(RenderDeadline deadline) : StringWriter(CultureInfo.InvariantCulture)
    {
        private void Grow(int count)
        {
            deadline.Check();
            if (GetStringBuilder().Length + count > MaxOutputChars)
            {
                throw TooLong();
            }
        }

        public override void Write(char value)
        {
            Grow(1);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Grow(count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Grow(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Grow(buffer.Length);
            base.Write(buffer);
        }

        public override void Write(StringBuilder? value)
        {
            Grow(value?.Length ?? 0);
            base.Write(value);
        }
    }

    /// <summary>Refuses every CLR member: templates only see the dictionaries and strings of <see cref="PromptModel"/>.</summary>
    private sealed class UnsafeMemberAccessStrategyGuard : MemberAccessStrategy
    {
        public override IMemberAccessor? GetAccessor(Type type, string name) => null;

        public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors)
        {
        }
    }

    [GeneratedRegex(@"\{%-?\s*(?<tag>[a-z_]+)")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)", RegexOptions.Singleline)]
    private static partial Regex FluidErrorPattern();

    private static void CheckNesting(string text, List<LiquidProblem> problems)
    {
        var depth = 0;
        foreach (Match m in TagPattern().Matches(text))
        {
            var tag = m.Groups["tag"].Value;
            if (BlockTags.Contains(tag))
            {
                depth++;
                if (depth > MaxNesting)
                {
                    problems.Add(new LiquidProblem(m.Index, $"Liquid tags are nested more than {MaxNesting} deep here; keep a prompt simple"));
                    return;
                }
            }
            else if (tag.StartsWith("end", StringComparison.Ordinal) && depth > 0)
            {
                depth--;
            }
        }
    }

    private static LiquidProblem ParseProblem(string text, string error)
    {
        var m = FluidErrorPattern().Match(error);
        if (!m.Success)
        {
            return new LiquidProblem(0, $"Liquid syntax error: {FirstLine(error)}");
        }

        var line = int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture);
        var offset = 0;
        for (var l = 1; l < line && offset < text.Length; l++)
        {
            var next = text.IndexOf('\n', offset);
            offset = next < 0 ? text.Length : next + 1;
        }

        return new LiquidProblem(Math.Min(text.Length, offset + Math.Max(0, column - 1)), $"Liquid syntax error: {m.Groups["message"].Value}");
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    /// <summary>Walks the parsed Liquid and records every name, filter, tag and range a limit cares about.</summary>
    private sealed class Walker : AstVisitor
    {
        private readonly List<string[]> _members = [];
        private readonly HashSet<string> _bound = new(StringComparer.Ordinal) { "forloop", "tablerowloop" };
        private readonly List<string> _filters = [];
        private readonly List<string> _forbidden = [];
        private readonly List<string> _badRanges = [];
        private readonly List<string> _badSegments = [];

        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            var path = new List<string>();
            foreach (var segment in memberExpression.Segments)
            {
                if (segment is IdentifierSegment id)
                {
                    path.Add(id.Identifier);
                }
                else
                {
                    _badSegments.Add(path.Count > 0 ? string.Join('.', path) : "?");
                    break;
                }
            }

            if (path.Count > 0)
            {
                _members.Add([.. path]);
            }

            return base.VisitMemberExpression(memberExpression);
        }

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            _bound.Add(forStatement.Identifier);
            return base.VisitForStatement(forStatement);
        }

        protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
        {
            _bound.Add(tableRowStatement.Identifier);
            return base.VisitTableRowStatement(tableRowStatement);
        }

        protected override Statement VisitAssignStatement(AssignStatement assignStatement)
        {
            _bound.Add(assignStatement.Identifier);
            return base.VisitAssignStatement(assignStatement);
        }

        protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
        {
            _bound.Add(captureStatement.Identifier);
            return base.VisitCaptureStatement(captureStatement);
        }

        protected override Statement VisitIncrementStatement(IncrementStatement incrementStatement)
        {
            _bound.Add(incrementStatement.Identifier);
            return base.VisitIncrementStatement(incrementStatement);
        }

        protected override Statement VisitDecrementStatement(DecrementStatement decrementStatement)
        {
            _bound.Add(decrementStatement.Identifier);
            return base.VisitDecrementStatement(decrementStatement);
        }

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            _filters.Add(filterExpression.Name);
            return base.VisitFilterExpression(filterExpression);
        }

        protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
        {
            _forbidden.Add("include");
            return includeStatement;
        }

        protected override Statement VisitRenderStatement(RenderStatement renderStatement)
        {
            _forbidden.Add("render");
            return renderStatement;
        }

        protected override Expression VisitRangeExpression(RangeExpression rangeExpression)
        {
            if (Literal(rangeExpression.From) is not { } from || Literal(rangeExpression.To) is not { } to)
            {
                _badRanges.Add("a range in a loop must have whole numbers for both ends, like (1..3)");
            }
            else if (Math.Abs(to - from) >= MaxRangeSpan)
            {
                _badRanges.Add($"the range ({from}..{to}) is too long: a loop may count at most {MaxRangeSpan:N0} numbers");
            }

            return base.VisitRangeExpression(rangeExpression);
        }

        private static decimal? Literal(Expression e) =>
            e is LiteralExpression { Value: NumberValue n } ? n.ToNumberValue() : null;

        public IEnumerable<LiquidProblem> Problems(string text, bool hasPairing)
        {
            foreach (var tag in _forbidden.Distinct())
            {
                yield return new LiquidProblem(Find(text, tag), $"the '{tag}' tag is not allowed: a template cannot read other files");
            }

            foreach (var range in _badRanges)
            {
                yield return new LiquidProblem(Find(text, ".."), range);
            }

            foreach (var path in _badSegments.Distinct())
            {
                yield return new LiquidProblem(Find(text, path), $"write placeholders with dots, like unit.id, not with brackets or calls (after '{path}')");
            }

            foreach (var filter in _filters.Distinct().Where(f => !Filters.Contains(f)))
            {
                var valid = Taxonomy.Nearest(Filters, filter);
                yield return new LiquidProblem(Find(text, filter), $"unknown filter '{filter}'; filters are: {string.Join(", ", valid)}");
            }

            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in _members.Where(p => !_bound.Contains(p[0])))
            {
                var name = path.Length > 1 && path[0] is "unit" or "pair" or "pairing" ? $"{path[0]}.{path[1]}" : string.Join('.', path);
                if (!reported.Add(name))
                {
                    continue;
                }

                var known = PromptModel.Placeholders.Contains(name);
                if (!known)
                {
                    var valid = Taxonomy.Nearest(PromptModel.Placeholders, name);
                    yield return new LiquidProblem(Find(text, name), $"unknown placeholder '{name}'; placeholders are: {string.Join(", ", valid)}");
                }
                else if (!hasPairing && path[0] is "pair" or "pairing")
                {
                    yield return new LiquidProblem(Find(text, name), $"the placeholder '{name}' is only filled when the prompt's needs name a pairing");
                }
                else if (path.Length > 2 || (path.Length > 1 && path[0] is not ("unit" or "pair" or "pairing")))
                {
                    yield return new LiquidProblem(Find(text, string.Join('.', path)), $"'{string.Join('.', path)}' has no parts: '{name}' is plain text or a number");
                }
            }
        }

        private static int Find(string text, string what)
        {
            var at = text.IndexOf(what, StringComparison.Ordinal);
            return at < 0 ? 0 : at;
        }
    }
}
