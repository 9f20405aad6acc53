using System.CommandLine;
using Curriculum.Api;
using Microsoft.Extensions.Hosting;

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
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--urls: '{url}' is not an http:// or https:// address, e.g. {CurriculumApi.DefaultUrl}.");
            }
        }

        await using var app = CurriculumApi.Build(["--urls", urls]);
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return CliApp.Ok;
    }
}
