// verdict: Accepted
// numel() for the length and the shape written out, next to length-is-last-index and shape-as-matrix.
(Tensor x, long length, long[] shape) Solve(long n)
{
    var x = arange(n);
    return (x, x.numel(), new[] { x.numel() });
}
