// verdict: ForbiddenApi
// line: 6
// api: System.Type
(Tensor A, Tensor AT) Solve(Tensor x, long rows, long cols)
{
    var methods = x.GetType().GetMethods();
    var A = x.reshape(rows, cols);
    return (A, A.T);
}
