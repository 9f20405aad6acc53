using System.CommandLine;
using Curriculum.Core.Teaching;

namespace Curriculum.Cli.Commands;

/// <summary>Options whose values come from a closed vocabulary, accepted in any case ("A4", "DOCX").</summary>
internal static class OptionChoices
{
    public static void OneOf(this Option<string> option, string what, string plural, IReadOnlyList<string> valid) =>
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not null && !valid.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                result.AddError($"{option.Name}: {Choices.Unknown(what, plural, value, valid)}");
            }
        });

    public static void OneOf(this Option<string[]> option, string what, string plural, IReadOnlyList<string> valid) =>
        option.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!valid.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase))
                {
                    result.AddError($"{option.Name}: {Choices.Unknown(what, plural, value, valid)}");
                }
            }
        });
}
