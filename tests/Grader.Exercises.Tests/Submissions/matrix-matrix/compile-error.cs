// verdict: CompilationError
// line: 7
// message: Operator '*' cannot be applied
Tensor Solve(Tensor A, Tensor B)
{
    var scale = "2";
    return A.mm(B) * scale;
}
