using System.Net.Http.Json;
using Curriculum.Core.Teaching;

namespace Curriculum.Api.Tests.Vocabulary;

public sealed class ChoicesApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Themes_lists_every_theme_with_its_label_and_description()
    {
        var themes = await factory.CreateClient().GetFromJsonAsync<Term[]>("/api/themes");
        themes.ShouldBe(Taxonomy.Themes);
    }

    [Fact]
    public async Task Audiences_lists_every_audience_with_its_label_and_description()
    {
        var audiences = await factory.CreateClient().GetFromJsonAsync<Term[]>("/api/audiences");
        audiences.ShouldBe(Taxonomy.Audiences);
    }
}
