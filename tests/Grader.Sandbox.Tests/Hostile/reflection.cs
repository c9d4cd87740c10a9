// verdict: ForbiddenApi
// message: System.Type
(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    var m = typeof(Console).GetMethod("SetOut");
    return (A, A);
}
