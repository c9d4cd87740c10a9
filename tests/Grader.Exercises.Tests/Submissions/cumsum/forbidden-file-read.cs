// verdict: ForbiddenApi
// line: 6
// api: System.IO.File.ReadAllText
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var secret = System.IO.File.ReadAllText("/etc/passwd");
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
