namespace Curriculum.Core.Discussion;

/// <summary>
/// PCG32 (O'Neill, 2014): a small generator whose sequence is fixed by its definition, so a seed gives the same
/// discussion set on every runtime, unlike <see cref="Random"/> whose algorithm is unspecified.
/// </summary>
internal sealed class Pcg32
{
    private const ulong Multiplier = 6364136223846793005UL;
    private const ulong Increment = 1442695040888963407UL;
    private ulong _state;

    public Pcg32(int seed)
    {
        _state = 0;
        Next();
        _state += unchecked((ulong)(uint)seed + 0x853c49e6748fea9bUL);
        Next();
    }

    public uint Next()
    {
        var old = _state;
        _state = unchecked((old * Multiplier) + Increment);
        var xorShifted = (uint)(((old >> 18) ^ old) >> 27);
        var rotation = (int)(old >> 59);
        return (xorShifted >> rotation) | (xorShifted << ((-rotation) & 31));
    }

    /// <summary>A number in [0, bound), without modulo bias.</summary>
    public int Below(int bound)
    {
        if (bound <= 1)
        {
            return 0;
        }

        var threshold = (uint)(-bound) % (uint)bound;
        while (true)
        {
            var r = Next();
            if (r >= threshold)
            {
                return (int)(r % (uint)bound);
            }
        }
    }
}
