// verdict: ForbiddenApi
// line: 6
// api: System.Console.ReadLine
(Tensor rowSums, Tensor normalized) Solve(Tensor A)
{
    var answer = Console.ReadLine();
    var sums = A.sum(1, keepdim: true);
    return (sums, A / sums);
}
