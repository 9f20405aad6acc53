using System.CommandLine;
using Curriculum.Cli.Commands;
using Curriculum.Core;
using Curriculum.Core.Content;
using Curriculum.Core.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Curriculum.Cli;

/// <summary>A command the CLI offers: it builds its own <see cref="Command"/> with arguments, options and action.</summary>
public interface ICliCommand
{
    Command Build();
}

/// <summary>A mistake in how the command was called (unknown unit, bad option): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Where a command writes: plain text for pipes, and a Spectre console for tables and progress.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public IAnsiConsole Ansi { get; } = CreateAnsi(output);

    /// <summary>True when a person watches a terminal: only then do progress bars and colours make sense.</summary>
    public bool IsTerminal => Out == Console.Out && !Console.IsOutputRedirected;

    private static IAnsiConsole CreateAnsi(TextWriter output)
    {
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            // Pipes and files get lines wide enough that titles do not wrap.
            ansi.Profile.Width = 132;
        }

        return ansi;
    }
}

public static class CliServices
{
    public static IServiceCollection AddCurriculumCli(this IServiceCollection services, TextWriter output, TextWriter error)
    {
        services.AddSingleton(new CliConsole(output, error));
        services.AddSingleton<Func<Course>>(() => Course.Embedded);
        services.AddSingleton<CliApp>();
        services.AddSingleton<ICliCommand, UnitsCommand>();
        services.AddSingleton<ICliCommand, ShowCommand>();
        services.AddSingleton<ICliCommand, DiscussCommand>();
        services.AddSingleton<ICliCommand, TemplatesCommand>();
        services.AddSingleton<ICliCommand, HandoutCommand>();
        services.AddSingleton<ICliCommand, CourseCommand>();
        services.AddSingleton<ICliCommand, ServeCommand>();
        services.AddSingleton<ICliCommand, AuditCommand>();
        services.AddSingleton<ICliCommand, ExportCommand>();
        return services;
    }
}

/// <summary>Parses the command line, runs the command, and turns every failure into a message and an exit code.</summary>
public sealed class CliApp(IEnumerable<ICliCommand> commands, CliConsole console)
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Curriculum: lesson units, discussion prompts and printable handouts from the AP's “never saw such hell” investigation.");
        foreach (var command in commands)
        {
            root.Subcommands.Add(command.Build());
        }

        var parsed = root.Parse(args);
        var errors = UnknownOptions(parsed).Concat(parsed.Errors.Select(e => e.Message)).Distinct().ToList();
        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                await console.Error.WriteLineAsync(error);
            }

            await console.Error.WriteLineAsync($"Try '{CommandPath(parsed)} --help'.");
            return Usage;
        }

        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync(e.Message);
            return Usage;
        }
        catch (TemplateBudgetException e)
        {
            // A budget spent while generating (one spent while checking is reported as a template error, with its position).
            await console.Error.WriteLineAsync($"{char.ToUpperInvariant(e.Message[0])}{e.Message[1..]} Nothing was generated.");
            return Failed;
        }
        catch (Exception e) when (e is ContentException or TemplatesRejectedException)
        {
            // Bad input: the message already says what is wrong and where.
            await console.Error.WriteLineAsync(e.Message);
            return Failed;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("Cancelled.");
            return Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Could not read or write a file: {e.Message}");
            return Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("CURRICULUM_DEBUG") is null)
        {
            // A bug, not the user's mistake: say so plainly, without a stack trace (set CURRICULUM_DEBUG=1 to see it).
            await console.Error.WriteLineAsync($"Something went wrong inside the kit ({e.GetType().Name}: {e.Message}). This is a bug; set CURRICULUM_DEBUG=1 to see the details.");
            return Failed;
        }
    }

    /// <summary>
    /// A word that looks like an option but is none of the command's: the parser would take it as a unit id
    /// ("Unknown unit '--format'"), so it is reported for what it is, with the options the command does take.
    /// </summary>
    private static IEnumerable<string> UnknownOptions(ParseResult parsed)
    {
        var command = parsed.CommandResult;
        var positional = command.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().SelectMany(a => a.Tokens)
            .Concat(parsed.UnmatchedTokens.Select(t => new System.CommandLine.Parsing.Token(t, System.CommandLine.Parsing.TokenType.Argument, null!)));
        foreach (var token in positional.Select(t => t.Value).Where(v => v.Length > 1 && v[0] == '-' && !char.IsAsciiDigit(v[1])).Distinct())
        {
            var known = command.Command.Options.Where(o => !o.Hidden).Select(o => o.Name).Order(StringComparer.Ordinal);
            yield return $"Unknown option '{token}' for '{command.Command.Name}'. Its options are: {string.Join(", ", known)}.";
        }
    }

    private static string CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "curriculum" : result.Command.Name);
        }

        return string.Join(' ', names);
    }
}
