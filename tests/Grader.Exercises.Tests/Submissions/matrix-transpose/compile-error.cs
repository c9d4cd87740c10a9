// verdict: CompilationError
// line: 7
// message: 'torch.Tensor' does not contain a definition for 'Transpose'
(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var A = x.reshape(rows, cols);
    return (A, A.Transpose());
}
