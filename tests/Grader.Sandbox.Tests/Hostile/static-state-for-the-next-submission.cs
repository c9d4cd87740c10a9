// verdict: WrongAnswer
static class Memory
{
    public static int Seen;
}
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    // A second submission would see Seen > 0 if statics survived; each gets its own load context.
    Memory.Seen++;
    return Memory.Seen > 1_000 ? (A.sum(0, keepdim: true), A.cumsum(0)) : (A, A);
}
