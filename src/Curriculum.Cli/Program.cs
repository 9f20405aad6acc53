using Curriculum.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

if (ManagedHost.IsNeeded(args))
{
    return ManagedHost.Run(args);
}

// The host gives the commands their services; System.CommandLine gives them their arguments.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
builder.Logging.ClearProviders();
builder.Services.AddCurriculumCli(Console.Out, Console.Error);
using var host = builder.Build();
return await host.Services.GetRequiredService<CliApp>().RunAsync(args);
