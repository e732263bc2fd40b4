using Interop.Bench;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception error) when (error is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(error.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

return await BenchRun.RunAsync(options, Console.Out);
