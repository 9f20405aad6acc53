using Curriculum.Api.Hosting;
using Curriculum.Core.Teaching;

namespace Curriculum.Api.Handouts;

/// <summary>How a request asks for its documents to be printed: <c>paper</c> and one edition (<c>easyRead</c> or <c>largePrint</c>).</summary>
internal static class PrintChoices
{
    /// <summary>Records what is wrong with the paper or the edition, in the request's terms.</summary>
    public static void Check(RequestJson json, string? paper, bool easyRead, bool largePrint)
    {
        if (!json.HasError("paper") && !Choices.TryPaper(paper, out _))
        {
            json.Add("paper", $"'paper': {Choices.Unknown("paper", "papers", Short(paper ?? ""), Choices.Papers)}");
        }

        if (easyRead && largePrint)
        {
            json.Add("largePrint", "'largePrint': easyRead and largePrint are two editions; ask for one.");
        }
    }

    /// <summary>The paper and edition of a request that passed <see cref="Check"/>.</summary>
    public static (Paper Paper, Edition Edition) Read(string? paper, bool easyRead, bool largePrint)
    {
        Choices.TryPaper(paper, out var chosen);
        return (chosen, easyRead ? Edition.EasyRead : largePrint ? Edition.LargePrint : Edition.Standard);
    }

    /// <summary>A value as a message may quote it: long values are cut.</summary>
    public static string Short(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
