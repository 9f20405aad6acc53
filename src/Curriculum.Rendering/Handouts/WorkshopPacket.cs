using Curriculum.Core.Teaching;
using Curriculum.Rendering.Layout;

namespace Curriculum.Rendering.Handouts;

/// <summary>A facilitator's packet for a session: the agenda, the norms and care notes, and every prompt with its look-fors, custom templates included.</summary>
public static class WorkshopPacket
{
    public static DocumentDefinition Compose(IReadOnlyList<UnitLesson> lessons, HandoutOptions options) => Document.Create(doc =>
    {
        var paper = options.Paper;
        var templateSources = options.TemplateSources ?? [];
        doc.Edition(options);
        doc.Metadata(Metadata.For("Workshop packet: teaching “never saw such hell”", "A facilitator's packet: agenda, norms and discussion prompts"));
        doc.Page(page =>
        {
            page.Frame(paper, "Workshop packet", $"{lessons.Count} unit{(lessons.Count == 1 ? "" : "s")}");
            page.Content().Column(col =>
            {
                col.Item().Text("Facilitator’s workshop packet", HandoutStyle.Kicker);
                col.Item().PaddingTop(2).Text("Teaching propaganda and moral dissonance with the AP’s intercepted calls", HandoutStyle.Title);
                col.Item().PaddingTop(6).Text("Units: " + string.Join("; ", lessons.Select(l => l.DisplayTitle)), HandoutStyle.Body);
                if (templateSources.Count > 0)
                {
                    col.Item().PaddingTop(4).Text("Prompt templates: " + string.Join(", ", templateSources), HandoutStyle.Small);
                }

                col.Item().SectionHeading("Agenda");
                col.Item().Component(new Agenda(lessons));

                col.Item().SectionHeading("Norms and care");
                col.Item().Component(new TeacherGuide.CareSection(lessons.Any(l => l.LeftOutLines)));

                col.Item().SectionHeading("The frameworks in one page");
                col.Item().Component(new Frameworks());

                foreach (var lesson in lessons)
                {
                    col.Item().PageBreak();
                    col.Item().Text(lesson.DisplayTitle, HandoutStyle.Title);
                    col.Item().AdvisoryBox(lesson.Notes.Advisory, forTeacher: true);
                    col.Item().PaddingTop(6).Text(lesson.Notes.Summary, HandoutStyle.Body);
                    col.Item().SectionHeading("Prompts");
                    foreach (var prompt in lesson.Prompts)
                    {
                        col.Item().KeepTogether().PaddingTop(8).Column(p =>
                        {
                            p.Spacing(3);
                            p.Item().Text(t =>
                            {
                                t.Span($"{prompt.Number}. ", HandoutStyle.Subheading);
                                t.Span(prompt.Text, HandoutStyle.Body);
                            });
                            p.Item().Text($"{prompt.Id} · {prompt.Theme} · {prompt.Framework} · {prompt.Level} · {prompt.QuestionType}", HandoutStyle.Label);
                            if (prompt.LookFors.Count > 0)
                            {
                                p.Item().Bullets(prompt.LookFors, HandoutStyle.Small);
                            }
                        });
                    }
                }
            });
        });
    });

    private sealed class Agenda(IReadOnlyList<UnitLesson> lessons) : IComponent
    {
        public void Compose(IContainer container) => container.Column(col =>
        {
            col.Spacing(4);
            var reading = Math.Max(10, lessons.Sum(l => l.Notes.Minutes) / 2);
            var steps = new (int Minutes, string What)[]
            {
                (10, "Welcome; say what the material contains; build the discussion norms together; name the opt-out and who to talk to."),
                (10, "Context: the AP’s introduction, how the calls were obtained and verified, why names are withheld."),
                (reading, "Read the units aloud or in pairs, with the vocabulary at hand."),
                (Math.Max(15, lessons.Sum(l => l.Prompts.Count) * 4), "Discuss the prompts in order: from what was said, to why, to what it did, to what you would ask."),
                (10, "Facilitators: edit or add a prompt (templates new, templates validate) for your own class."),
                (5, "Close: an exit question; check in with anyone who stepped out."),
            };
            foreach (var (minutes, what) in steps)
            {
                col.Item().Row(row =>
                {
                    row.ConstantItem(60).Text($"{minutes} min", HandoutStyle.Subheading);
                    row.RelativeItem().Text(what, HandoutStyle.Body);
                });
            }
        });
    }

    private sealed class Frameworks : IComponent
    {
        public void Compose(IContainer container) => container.Column(col =>
        {
            col.Spacing(2);
            foreach (var term in Taxonomy.Frameworks)
            {
                col.Item().Text(t =>
                {
                    t.Span(term.Label + ": ", HandoutStyle.Subheading with { Size = 10 });
                    t.Span(term.Description, HandoutStyle.Small with { Color = HandoutStyle.Ink });
                });
            }
        });
    }
}
