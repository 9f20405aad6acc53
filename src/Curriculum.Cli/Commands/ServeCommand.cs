using System.CommandLine;
using Curriculum.Api;
using Curriculum.Api.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Curriculum.Cli.Commands;

/// <summary><c>serve [--urls URL]</c>: the HTTP API, its OpenAPI document and the facilitator's page, until Ctrl+C.</summary>
public sealed class ServeCommand : ICliCommand
{
    private readonly Option<string> _urls = new("--urls")
    {
        Description = $"Where to listen, e.g. {CurriculumApi.DefaultUrl}; several separated by ';'.",
        DefaultValueFactory = _ => CurriculumApi.DefaultUrl,
    };

    public Command Build()
    {
        var command = new Command("serve", "Host the HTTP API (/api, /openapi/v1.json, /scalar) and the facilitator's page (/).") { _urls };
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parsed, CancellationToken cancellationToken)
    {
        var urls = parsed.GetRequiredValue(_urls);
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0)
        {
            throw new UsageException($"--urls: give an address to listen on, e.g. {CurriculumApi.DefaultUrl}.");
        }

        foreach (var url in addresses)
        {
            if (Listening.Problem(url) is { } problem)
            {
                throw new UsageException($"--urls: {problem}");
            }
        }

        // The host would log a failure to start with its stack trace; the one line below says it instead.
        await using var app = CurriculumApi.Build(["--urls", urls], builder => builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (Listening.Describe(e, urls) is { } line)
        {
            throw new UsageException($"serve: {line}");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return CliApp.Ok;
    }
}
