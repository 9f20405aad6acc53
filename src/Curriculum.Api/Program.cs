using Curriculum.Api;
using Curriculum.Api.Hosting;

// The whole composition lives in CurriculumApi so the CLI's `serve` hosts exactly the same app.
var urls = args.SkipWhile(a => a != "--urls").Skip(1).FirstOrDefault() ?? CurriculumApi.DefaultUrl;
if (urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Listening.Problem).FirstOrDefault(p => p is not null) is { } bad)
{
    await Console.Error.WriteLineAsync($"--urls: {bad}");
    return 2;
}

var app = CurriculumApi.Build(args, builder => builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical));
try
{
    await app.StartAsync();
}
catch (Exception e) when (Listening.Describe(e, urls) is { } line)
{
    // One line for a person, not a stack trace.
    await Console.Error.WriteLineAsync(line);
    return 2;
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>Visible to tests, so WebApplicationFactory can host the app.</summary>
public partial class Program;
