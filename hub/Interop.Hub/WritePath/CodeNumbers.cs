using System.Collections.Concurrent;
using Interop.Domain.Decisions;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>
/// Numbers of hub-issued national codes (STANDARD.md ID-2), per agency and local day. Numbers are
/// reserved durably in blocks through the store's writer, ahead of need, so that issuing a code adds no
/// sync of its own: a receive waits for a reservation only when its (agency, day) was not reserved ahead
/// (see <see cref="CodeNumberReservations"/>) or a burst empties a block before its successor is reserved.
/// A number whose append did not commit (a lost race, an identical request, a refusal) is handed out
/// again, lowest first; only a crash or a restart leaves numbers unused: at most the rest of the blocks
/// reserved for that (agency, day).
/// </summary>
internal sealed class CodeNumbers(IClaimStore claims)
{
    /// <summary>Numbers reserved at once.</summary>
    public const int BlockSize = 100;

    /// <summary>Below this many numbers left, the next block is reserved in the background.</summary>
    public const int LowWater = BlockSize / 2;

    private readonly ConcurrentDictionary<(string AgencyId, DateOnly Date), Pool> pools = new();
    private long waits;

    /// <summary>How many times a receive waited for a reservation since the hub started: 0 while reserving ahead keeps up.</summary>
    public long Waits => Interlocked.Read(ref waits);

    /// <summary>A number for a draft's code request; give it back with <see cref="Release"/> unless its append committed.</summary>
    public async Task<CodeNumber> TakeAsync(NationalCodeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pool = PoolOf(request.AgencyId, request.LocalDate);
        while (true)
        {
            var (number, refill) = pool.TryTake();
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

    /// <summary>Forgets the pools of days before a date: their unused numbers stay unused.</summary>
    public void ForgetBefore(DateOnly date)
    {
        foreach (var key in pools.Keys.Where(k => k.Date < date))
        {
            pools.TryRemove(key, out _);
        }
    }

    private Pool PoolOf(string agencyId, DateOnly date) => pools.GetOrAdd((agencyId, date), key => new Pool(claims, key.AgencyId, key.Date));

    private sealed class Pool(IClaimStore claims, string agencyId, DateOnly date)
    {
        private readonly Lock gate = new();
        private readonly SortedSet<long> released = [];
        private readonly List<(long Next, long End)> blocks = [];
        private Task? refill;

        public (long? Number, Task Refill) TryTake()
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

            if (released.Count + blocks.Sum(b => b.End - b.Next) >= LowWater)
            {
                return Task.CompletedTask;
            }

            refill = ReserveAsync();
            return refill;
        }

        private async Task ReserveAsync()
        {
            try
            {
                // Not the caller's token: a reservation serves every receive waiting for it.
                var first = await claims.ReserveCodeNumbersAsync(agencyId, date, BlockSize, CancellationToken.None);
                lock (gate)
                {
                    blocks.Add((first, first + BlockSize));
                }
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
