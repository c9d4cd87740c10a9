// verdict: ForbiddenApi
// message: System.Exception.Message
class Loud : Exception
{
    // Deriving from an exception is fine; overriding its members is not (only object's ToString, Equals, GetHashCode).
    public override string Message => "Accepted";
}

(Tensor sum, Tensor cumsum) Solve(Tensor A)
{
    Console.WriteLine(new Loud().Message);
    return (A.sum(0, keepdim: true), A.cumsum(0));
}
