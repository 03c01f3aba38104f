using FsCheck;
using FsCheck.Fluent;
using StatusGen.Building;

namespace StatusGen.Tests.Building;

[TestClass]
public sealed class ParallelWorkTests
{
    [TestMethod]
    public void InOrderHandsBackEveryResultInIndexOrder() =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), Gen.Choose(1, 40).ToArbitrary(), (count, window) =>
            ParallelWork.InOrder(count, i => i * 3, window).SequenceEqual(Enumerable.Range(0, count).Select(i => i * 3)))
        .QuickCheckThrowOnFailure();

    [TestMethod]
    public void InOrderHoldsAtMostTwoWindowsOfResultsWhileTheCallerTakesThem()
    {
        const int window = 16;
        var started = 0;
        var taken = 0;
        var mostAhead = 0;
        foreach (var _ in ParallelWork.InOrder(2000, i => Interlocked.Increment(ref started), window))
        {
            taken++;
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref started) - taken);
            Thread.SpinWait(200); // a caller that writes each result takes a while
        }

        Assert.AreEqual(2000, taken);
        Assert.IsLessThan(2 * window, mostAhead, "results made but not yet taken");
    }

    [TestMethod]
    public void InOrderStopsWithTheFailingPiecesOwnException()
    {
        var failure = Assert.ThrowsExactly<InvalidDataException>(() =>
            ParallelWork.InOrder(100, i => i == 57 ? throw new InvalidDataException("piece 57") : i, window: 10).ToList());

        Assert.AreEqual("piece 57", failure.Message);
    }

    [TestMethod]
    public void ACallerThatStopsEarlyLeavesNoPieceRunningAfterwards()
    {
        var running = 0;
        using (var pieces = ParallelWork.InOrder(1000, i =>
        {
            Interlocked.Increment(ref running);
            Thread.Sleep(1);
            return Interlocked.Decrement(ref running);
        }, window: 20).GetEnumerator())
        {
            pieces.MoveNext();
        }

        Assert.AreEqual(0, Volatile.Read(ref running));
    }
}
