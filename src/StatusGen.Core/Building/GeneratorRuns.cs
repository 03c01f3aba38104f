namespace StatusGen.Building;

/// <summary>
/// The Render stage's loop: every generator on its own thread, side by side (they are pure and independent), each
/// file handed on as it is made. A generator's failure names the generator; a failure to hand a file on (the
/// publisher's write) stops the others and is passed on as it is, so a full disk stays an I/O error.
/// </summary>
internal static class GeneratorRuns
{
    public static void Run(IReadOnlyList<IOutputGenerator> generators, SiteSnapshot snapshot, Action<OutputFile> write)
    {
        using var stop = new CancellationTokenSource();
        var runs = generators.Select(generator => Task.Run(() => Generate(generator, snapshot, write, stop))).ToArray();
        try
        {
            Task.WaitAll(runs);
        }
        catch (AggregateException)
        {
            // Rethrown below, in the list's order, once every generator has stopped.
        }

        // The first real failure in the list's order; a generator stopped by another's failure only reports that it stopped.
        var failed = runs.FirstOrDefault(run => run.IsFaulted && run.Exception!.InnerException is not OperationCanceledException)
            ?? runs.FirstOrDefault(run => run.IsFaulted);
        failed?.GetAwaiter().GetResult();
    }

    private static void Generate(IOutputGenerator generator, SiteSnapshot snapshot, Action<OutputFile> write, CancellationTokenSource stop)
    {
        try
        {
            using var files = Started(generator, snapshot);
            while (Next(generator, files) is { } file)
            {
                stop.Token.ThrowIfCancellationRequested();
                write(file);
            }
        }
        catch (Exception) when (!stop.IsCancellationRequested)
        {
            stop.Cancel();
            throw;
        }
    }

    private static IEnumerator<OutputFile> Started(IOutputGenerator generator, SiteSnapshot snapshot)
    {
        try
        {
            return generator.Generate(snapshot).GetEnumerator();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not RenderDiagnosticsException)
        {
            throw Failure(generator, e);
        }
    }

    /// <summary>The generator's next file, or null at its end; only the generator's own code runs inside the wrapper.</summary>
    private static OutputFile? Next(IOutputGenerator generator, IEnumerator<OutputFile> files)
    {
        try
        {
            return files.MoveNext() ? files.Current : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not RenderDiagnosticsException)
        {
            throw Failure(generator, e);
        }
    }

    private static InvalidOperationException Failure(IOutputGenerator generator, Exception e) =>
        new($"The '{generator.Name}' output failed: {e.Message}", e);
}
