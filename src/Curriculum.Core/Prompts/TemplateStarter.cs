namespace Curriculum.Core.Prompts;

/// <summary>What <c>templates new FILE</c> writes: a commented starter a facilitator edits. It validates clean as shipped.</summary>
public static class TemplateStarter
{
    public static string Text() =>
        """
        # Prompt templates for the Curriculum kit. Check this file with: curriculum templates validate <folder>
        # A file holds a list of prompts. An id must be unique; a prompt in your folder with the id of a shipped
        # prompt replaces it.
        #
        # theme      propaganda | moral-dissonance | sourcing | normalization | family-loyalty
        # framework  e.g. ipa:card-stacking, bandura:moral-justification, festinger:cognitive-dissonance, history:sourcing
        # topic      optional theme beside the framework: told-vs-found | conspiracy-narrative
        # level      Bloom: remember | understand | apply | analyze | evaluate | create
        # question   Paul: clarification | assumptions | evidence | viewpoints | implications | question
        # audiences  6-8 | 9-10 | 11-12 | adult | workshop
        # units      optional: only these units (e.g. leonid-1); leave it out to allow any unit that can meet `needs`
        # needs      optional: what the excerpt must be
        #   block    an exact block id, e.g. leonid-1.14
        #   speaker  soldier | mother | wife | girlfriend | message | narrator (the AP's own voice) | interviewee (the AP's later interviews)
        #   voice    call | interview (a later interview with the AP) | narration (the AP's) | reported (words the AP reports)
        #   themes   the block's annotations carry one of these themes
        #   tags     the block's annotations carry all of these: graphic | profanity | told | found | denial | self-harm
        #   pairing  told-vs-found | calls-vs-interview | soldier-vs-narration (fills pair.* and pairing.note)
        #   graphic  true if the prompt itself discusses graphic material (then it is never used for grades 6-8)
        #
        # Placeholders (Liquid): {{ unit.id }} {{ unit.title }} {{ unit.number }} {{ soldier }} {{ profile }}
        #   {{ said }} {{ speaker }} {{ voice }} {{ quote }} {{ line }}, and with a pairing {{ pair.said }} {{ pair.speaker }}
        #   {{ pair.voice }} {{ pair.quote }} {{ pair.line }} {{ pairing.note }} {{ pairing.kind }}.
        #   {{ said }} opens a sentence with who said the words and how ("In a call with his mother, Leonid says");
        #   write who said what only with these, never in your own words. {{ quote }} is the article's exact words,
        #   quote marks included: do not put “ ” around it. Other words in curly quotes must be copied exactly from
        #   the one line the prompt is written for (needs.block). Frameworks: see lesson-templates/FRAMEWORKS.md.

        prompts:
          - id: my-first-prompt
            theme: family-loyalty
            framework: festinger:cognitive-dissonance
            level: understand
            question: clarification
            audiences: [9-10, 11-12, adult, workshop]
            needs:
              speaker: mother
            text: >-
              {{ said }}: {{ quote }} What does she want her son to hear,
              and what does she leave unsaid?
            look_fors:
              - "Notices what the mother asks about and what she avoids."
              - "Uses the exact words of the line, not a summary."
            starters:
              - "{{ speaker }} wants {{ soldier }} to hear that…"
              - "She does not say…"
        """ + "\n";
}
