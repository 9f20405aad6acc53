using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Curriculum.Api.Tests.Browser;

/// <summary>The app on real Kestrel at 127.0.0.1 on a free port: a browser cannot reach WebApplicationFactory's in-memory server.</summary>
public sealed class LiveServer : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        _app = CurriculumApi.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Limits:RequestsPerWindow", "100000"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
