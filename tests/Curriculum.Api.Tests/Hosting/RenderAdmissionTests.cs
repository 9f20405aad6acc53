using Curriculum.Api.Hosting;
using Curriculum.Api.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Curriculum.Api.Tests.Hosting;

public sealed class RenderAdmissionTests
{
    private static readonly CurriculumMetrics Metrics = new(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());

    [Fact]
    public async Task A_request_leaves_the_queue_when_its_answer_starts_so_the_client_can_ask_again_at_once()
    {
        var limits = new ApiLimits { PdfConcurrency = 1, PdfQueue = 0 };
        var queue = new RenderQueue(limits);
        int? admittedOnceStarted = null;
        var admission = new RenderAdmission(async http =>
        {
            queue.Admitted.ShouldBe(1);
            await http.Response.StartAsync();
            admittedOnceStarted = queue.Admitted;
            // The client has its answer and asks again on its one connection before this request has unwound.
            queue.TryAdmit().ShouldBeTrue("the place this request held is free once its answer starts");
            queue.Leave();
        }, queue, limits, Metrics);

        await admission.InvokeAsync(Handout());

        admittedOnceStarted.ShouldBe(0);
        queue.Admitted.ShouldBe(0, "the place is given up once, not again when the request unwinds");
    }

    [Fact]
    public async Task A_request_that_fails_before_answering_leaves_the_queue()
    {
        var limits = new ApiLimits { PdfConcurrency = 1, PdfQueue = 0 };
        var queue = new RenderQueue(limits);
        var admission = new RenderAdmission(_ => throw new InvalidOperationException("render failed"), queue, limits, Metrics);

        await Should.ThrowAsync<InvalidOperationException>(() => admission.InvokeAsync(Handout()));

        queue.Admitted.ShouldBe(0);
    }

    private static DefaultHttpContext Handout()
    {
        var http = new DefaultHttpContext();
        var response = new StartingResponse();
        http.Features.Set<IHttpResponseFeature>(response);
        http.Features.Set<IHttpResponseBodyFeature>(response);
        http.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(RenderQueue.Admission), "handouts"));
        return http;
    }

    /// <summary>A response that runs its OnStarting callbacks when started, as a server does.</summary>
    private sealed class StartingResponse : HttpResponseFeature, IHttpResponseBodyFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _starting = [];
        private bool _started;

        public override bool HasStarted => _started;

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Add((callback, state));

        public Stream Stream => System.IO.Stream.Null;

        public System.IO.Pipelines.PipeWriter Writer => System.IO.Pipelines.PipeWriter.Create(System.IO.Stream.Null);

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (_started)
            {
                return;
            }

            _started = true;
            for (var i = _starting.Count - 1; i >= 0; i--)
            {
                await _starting[i].Callback(_starting[i].State);
            }
        }

        public void DisableBuffering()
        {
        }

        public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task CompleteAsync() => StartAsync();
    }
}
