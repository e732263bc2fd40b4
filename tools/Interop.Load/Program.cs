using Interop.Load;
using Interop.Load.Corpus;
using Interop.Load.Report;

LoadCommand command;
try
{
    command = LoadCommand.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(LoadCommand.Usage);
    return 2;
}

var corpus = DossierCorpus.Build(command.Requests, command.Size);
var result = await LoadRunner.RunAsync(command.Mode, command.Target, corpus, command.Settings);
ResultSummary.Write(result, Console.Out);
if (command.JsonPath is { } path)
{
    ResultJson.Write(path, result);
}

return result.Ok > 0 ? 0 : 1;
