using Curriculum.Api;

// The whole composition lives in CurriculumApi so the CLI's `serve` hosts exactly the same app.
var app = CurriculumApi.Build(args);
await app.RunAsync();

/// <summary>Visible to tests, so WebApplicationFactory can host the app.</summary>
public partial class Program;
