using System.CommandLine;
using Curriculum.Core;
using Curriculum.Core.Prompts;

namespace Curriculum.Cli.Commands;

/// <summary><c>templates validate [DIR]...</c> and <c>templates new FILE</c>: for facilitators who write their own prompts.</summary>
public sealed class TemplatesCommand(Func<Course> course, CliConsole console) : ICliCommand
{
    private readonly Argument<string[]> _folders = new("dir") { Description = "Folders of prompt templates; the shipped bank if none.", Arity = ArgumentArity.ZeroOrMore };
    private readonly Argument<string> _file = new("file") { Description = "The new template file to write, e.g. my-prompts.yaml." };

    public Command Build()
    {
        var validate = new Command("validate", "Check prompt template files; print every error as file:line:column: message.") { _folders };
        validate.SetAction(Validate);
        var create = new Command("new", "Write a commented starter template file (never overwrites).") { _file };
        create.SetAction(New);
        return new Command("templates", "Check or start prompt template files.") { validate, create };
    }

    private int Validate(ParseResult parsed)
    {
        var loaded = course();
        var folders = parsed.GetValue(_folders) ?? [];
        var errors = new List<TemplateError>();
        var prompts = 0;
        // One budget for every trial fill of every file of the command.
        var budget = RenderBudget.Start();
        var layers = folders.Length == 0
            ? [PromptBank.ShippedSources()]
            : folders.Select(f => TemplateLoader.ReadFolder(f, errors)).ToList();
        var files = layers.Sum(l => l.Count);
        foreach (var layer in layers)
        {
            var check = TemplateLoader.Check(loaded, layer, folders.Length == 0 ? null : budget);
            errors.AddRange(check.Errors);
            prompts += check.Prompts.Count;
        }

        foreach (var error in errors)
        {
            console.Out.WriteLine(error);
        }

        console.Out.WriteLine(errors.Count == 0
            ? $"{files} file(s), {prompts} prompt(s): no errors."
            : $"{errors.Count} error(s) in {files} file(s): nothing from a file with errors is used.");
        return errors.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }

    private int New(ParseResult parsed)
    {
        var file = parsed.GetRequiredValue(_file);
        if (File.Exists(file) || Directory.Exists(file))
        {
            throw new UsageException($"{file} already exists; not overwritten. Choose another name.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        using (var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
        {
            writer.Write(TemplateStarter.Text());
        }

        console.Out.WriteLine($"Wrote {file}. Edit it, then check it with: curriculum templates validate {Path.GetDirectoryName(Path.GetFullPath(file))}");
        return CliApp.Ok;
    }
}
