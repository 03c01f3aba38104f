namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>Runs a piece of a test with a time limit, so a regression that makes input hang fails instead of stalling CI.</summary>
internal static class Bounded
{
    public static T Run<T>(TimeSpan limit, Func<T> work)
    {
        var task = Task.Run(work);
        return task.Wait(limit) ? task.Result : throw new AssertFailedException($"did not finish within {limit.TotalSeconds:0} s");
    }
}
