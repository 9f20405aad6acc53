using Curriculum.Core.Yaml;

namespace Curriculum.Core.Content;

/// <summary>
/// What the seed's layout alone cannot tell the parser, stated in a reviewed file (<c>seeds/structure.yaml</c>):
/// the profiles and their speakers, and the paragraphs whose kind is not visible from their shape
/// (teasers for other stories, quotes from the AP's later interviews, narration that opens with a quote).
/// </summary>
public sealed record SeedStructure(
    IReadOnlyList<ProfileDeclaration> Profiles,
    IReadOnlyList<ParagraphDeclaration> Paragraphs)
{
    public static SeedStructure Parse(string file, string text)
    {
        var root = new YamlValue(file, YamlReader.LoadMapping(file, text)).Fields("the structure file", "profiles", "paragraphs");
        var profiles = root.Required("profiles").Items("profiles").Select(ReadProfile).ToList();
        var duplicate = profiles.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ContentException(duplicate.Last().Position, $"profile '{duplicate.Key}' is declared twice");
        }

        var paragraphs = root.Optional("paragraphs")?.Items("paragraphs").Select(ReadParagraph).ToList() ?? [];
        return new SeedStructure(profiles, paragraphs);
    }

    private static ProfileDeclaration ReadProfile(YamlValue node)
    {
        var f = node.Fields("a profile", "id", "name", "speakers");
        var id = f.RequiredString("id");
        var name = f.RequiredString("name");
        var speakers = f.Optional("speakers")?.Items("speakers").Select(s =>
        {
            var sf = s.Fields($"a speaker of profile '{id}'", "label", "name", "role");
            var roleText = sf.RequiredString("role");
            if (!Enum.TryParse<SpeakerRole>(roleText, ignoreCase: true, out var role) || role == SpeakerRole.Soldier)
            {
                throw sf.Required("role").Error($"unknown role '{roleText}'; expected one of: mother, wife, girlfriend");
            }

            return new Speaker(sf.RequiredString("label"), sf.RequiredString("name"), role);
        }).ToList() ?? [];
        return new ProfileDeclaration(id, name, [new Speaker(name, name, SpeakerRole.Soldier), .. speakers], node.Position);
    }

    private static ParagraphDeclaration ReadParagraph(YamlValue node)
    {
        var f = node.Fields("a paragraph", "starts", "kind", "speaker", "why");
        var kindText = f.RequiredString("kind");
        var kind = kindText switch
        {
            "teaser" => BlockKind.Teaser,
            "interview" => BlockKind.Interview,
            "narration" => BlockKind.Narration,
            _ => throw f.Required("kind").Error($"unknown kind '{kindText}'; a paragraph declared here is one of: teaser, interview, narration"),
        };
        var starts = f.RequiredString("starts");
        if (starts.Length < 12)
        {
            throw f.Required("starts").Error("'starts' must quote at least the first 12 characters of the paragraph, so it cannot match another");
        }

        return new ParagraphDeclaration(starts, kind, f.OptionalString("speaker"), node.Position);
    }
}

public sealed record ProfileDeclaration(string Id, string Name, IReadOnlyList<Speaker> Speakers, SourcePosition Position);

/// <summary>A paragraph picked out by its exact opening text.</summary>
public sealed record ParagraphDeclaration(string Starts, BlockKind Kind, string? SpeakerLabel, SourcePosition Position);
