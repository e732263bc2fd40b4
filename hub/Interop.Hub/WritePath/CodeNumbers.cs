using System.Collections.Concurrent;
using Interop.Domain.Decisions;
using Interop.Domain.Time;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>
/// Numbers of hub-issued national codes (STANDARD.md ID-2), per agency and local day. Numbers are
/// reserved durably through the store's writer: for today and tomorrow in blocks, ahead of need, so that
/// issuing a code adds no sync of its own (a receive waits for a reservation only when its agency was not
/// reserved ahead, see <see cref="CodeNumberReservations"/>, or a burst empties a block before its
/// successor is reserved); for any other day (imported or late history) in small blocks when first
/// needed, so that little is left behind. A number whose append did not commit (a lost race, an identical
/// request, a refusal) is handed out again, lowest first; only a crash or a restart leaves numbers
/// unused: at most the rest of the blocks reserved for that (agency, day), and for a day more than
/// <see cref="PastDaysKept"/> days past, the rest of its small block and the numbers given back to it.
/// </summary>
internal sealed class CodeNumbers(IClaimStore claims, TimeProvider time, ILogger<CodeNumbers> logger)
{
    /// <summary>Numbers reserved at once for today or tomorrow, at first and whenever receipts are few.</summary>
    public const int BlockSize = 100;

    /// <summary>
    /// The largest block: a block used up within <see cref="FastRefill"/> makes the next one twice as
    /// large, up to this (a desk receiving thousands a second reserves a few times a second, not fifty),
    /// and one that lasted longer than <see cref="SlowRefill"/> halves it again, down to <see cref="BlockSize"/>.
    /// A restart leaves at most the rest of the last blocks unused.
    /// </summary>
    public const int MaxBlockSize = 6400;

    private static readonly TimeSpan FastRefill = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SlowRefill = TimeSpan.FromMinutes(1);

    /// <summary>Numbers reserved at once for a day other than today and tomorrow (imported or late history).</summary>
    public const int OtherDayBlockSize = 16;

    /// <summary>How long the pools of past days are kept, for late receipts within the claimed-time lag.</summary>
    public const int PastDaysKept = 3;

    private readonly ConcurrentDictionary<(string AgencyId, DateOnly Date), Pool> pools = new();
    private long waits;

    /// <summary>How many times a receive waited for a reservation since the hub started: 0 while reserving ahead keeps up.</summary>
    public long Waits => Interlocked.Read(ref waits);

    /// <summary>A number for a draft's code request; give it back with <see cref="Release"/> unless its append committed.</summary>
    public async Task<CodeNumber> TakeAsync(NationalCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = PoolOf(request.AgencyId, request.LocalDate);
        for (var first = true; ; first = false)
        {
            var (number, refill) = pool.TryTake(countShortfall: first);
            if (number is { } taken)
            {
                return new CodeNumber(request, taken);
            }

            Interlocked.Increment(ref waits);
            await refill.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Gives back a number whose append did not commit.</summary>
    public void Release(CodeNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        PoolOf(number.Request.AgencyId, number.Request.LocalDate).Release(number.Number);
    }

    /// <summary>Reserves ahead for an (agency, day) whose pool is low; completes when its reservation, if any, is durable.</summary>
    public Task PrepareAsync(string agencyId, DateOnly date) => PoolOf(agencyId, date).Prepare();

    /// <summary>Forgets the pools of days before a date: numbers given back to them stay unused.</summary>
    public void ForgetBefore(DateOnly date)
    {
        foreach (var key in pools.Keys.Where(k => k.Date < date))
        {
            pools.TryRemove(key, out _);
        }
    }

    private Pool PoolOf(string agencyId, DateOnly date) => pools.GetOrAdd((agencyId, date), key =>
    {
        var today = VietnamTime.DateOf(time.GetUtcNow());
        var ahead = key.Date == today || key.Date == today.AddDays(1);
        return ahead
            ? new Pool(claims, time, logger, key.AgencyId, key.Date, BlockSize, MaxBlockSize)
            : new Pool(claims, time, logger, key.AgencyId, key.Date, OtherDayBlockSize, OtherDayBlockSize);
    });

    /// <summary>One (agency, day)'s numbers: below half a block left, the next block is reserved in the background.</summary>
    private sealed class Pool(IClaimStore claims, TimeProvider time, ILogger logger, string agencyId, DateOnly date, int smallestBlock, int largestBlock)
    {
        private readonly Lock gate = new();
        private readonly int smallest = smallestBlock;
        private readonly int largest = largestBlock;
        private int blockSize = smallestBlock;
        private long lastReserved;
        private readonly SortedSet<long> released = [];
        private readonly List<(long Next, long End)> blocks = [];
        private Task? refill;

        // Receives that found no number since the last reservation began (each counted once): a burst
        // larger than a block reserves that many at once, so it waits for two reservations, not one each.
        private int shortfall;

        public (long? Number, Task Refill) TryTake(bool countShortfall)
        {
            lock (gate)
            {
                long? number = null;
                if (released.Count > 0)
                {
                    number = released.Min;
                    released.Remove(number.Value);
                }
                else if (blocks.Count > 0)
                {
                    var (next, end) = blocks[0];
                    number = next;
                    if (next + 1 < end)
                    {
                        blocks[0] = (next + 1, end);
                    }
                    else
                    {
                        blocks.RemoveAt(0);
                    }
                }

                if (number is null && countShortfall)
                {
                    shortfall++;
                }

                return (number, RefillIfLow());
            }
        }

        public void Release(long number)
        {
            lock (gate)
            {
                released.Add(number);
            }
        }

        public Task Prepare()
        {
            lock (gate)
            {
                return RefillIfLow();
            }
        }

        private Task RefillIfLow()
        {
            if (refill is { IsCompleted: false })
            {
                return refill;
            }

            var left = released.Count + blocks.Sum(b => b.End - b.Next);
            if (left > 0 && left >= blockSize / 2)
            {
                return Task.CompletedTask;
            }

            AdaptBlockSize();
            refill = ReserveAsync(Math.Max(blockSize, shortfall));
            shortfall = 0;
            return refill;
        }

        private void AdaptBlockSize()
        {
            var now = time.GetTimestamp();
            if (lastReserved != 0)
            {
                var since = time.GetElapsedTime(lastReserved, now);
                blockSize = since < FastRefill ? Math.Min(blockSize * 2, largest)
                    : since > SlowRefill ? Math.Max(blockSize / 2, smallest)
                    : blockSize;
            }

            lastReserved = now;
        }

        private async Task ReserveAsync(int count)
        {
            try
            {
                // Not the caller's token: a reservation serves every receive waiting for it.
                var first = await claims.ReserveCodeNumbersAsync(agencyId, date, count, CancellationToken.None);
                lock (gate)
                {
                    blocks.Add((first, first + count));
                }
            }
            catch (Exception error)
            {
                // Also when no receive waits for this reservation (one made ahead): the next take tries again.
                HubLog.CodeNumbersNotReserved(logger, error);
                throw;
            }
            finally
            {
                lock (gate)
                {
                    refill = null;
                }
            }
        }
    }
}
