// verdict: CompilationError
// line: 7
// message: ; expected
Tensor Solve(Tensor x, Tensor y)
{
    var top = x.dot(y);
    var bottom = x.norm() * y.norm()
    return top / bottom;
}
