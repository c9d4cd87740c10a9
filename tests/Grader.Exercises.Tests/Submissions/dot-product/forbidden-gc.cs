// verdict: ForbiddenApi
// line: 6
// api: System.GC.Collect
Tensor Solve(Tensor x, Tensor y)
{
    GC.Collect();
    return x.dot(y);
}
