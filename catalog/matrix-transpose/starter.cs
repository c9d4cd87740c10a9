(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    // A: x as a rows-by-cols matrix. AT: the transpose of A.
    return (x, x);
}
